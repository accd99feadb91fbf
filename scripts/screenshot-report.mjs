#!/usr/bin/env node
// Takes the picture of the seed article's HTML report shown in README.md:
// runs `extract all seeds/000_fe466d9e0e413ba9.txt --format html` and opens
// the page in headless Chromium. Build first (`npm run build`); needs
// Chromium (/usr/bin/chromium, or the path in CHROMIUM_PATH).
//
//   node scripts/screenshot-report.mjs [--out FILE] [--width N] [--height N] [--dark] [--help]
//
//   --out FILE   the PNG to write (default docs/seed-report.png)
//   --width N    the window's width in CSS pixels (default 1280)
//   --height N   how much of the page, from the top, in CSS pixels (default 0: all of it)
//   --dark       the page as a browser set to dark mode shows it
//
// Prints the path written.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { failWith, helpFromHead } from './script-cli.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 'seeds/000_fe466d9e0e413ba9.txt';

const fail = failWith('screenshot-report');
const args = process.argv.slice(2);
helpFromHead(import.meta.url, args);

let out = join(ROOT, 'docs', 'seed-report.png');
let width = 1280;
let height = 0;
let dark = false;
const whole = (flag, value, least) => {
  if (!/^\d+$/.test(value ?? '') || Number(value) < least) fail(`${flag} takes a whole number of at least ${least} (got ${value ?? 'nothing'})`);
  return Number(value);
};
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') {
    if (!args[i + 1]) fail('--out takes a file name');
    out = resolve(args[++i]);
  } else if (args[i] === '--width') width = whole('--width', args[++i], 320);
  else if (args[i] === '--height') height = whole('--height', args[++i], 0);
  else if (args[i] === '--dark') dark = true;
  else fail(`unknown flag ${args[i]} (see --help)`);
}

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) fail('dist/ is missing: run `npm run build` first');
const browser = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
if (!browser) fail('no Chromium at /usr/bin/chromium: install it (apt-get install chromium) or set CHROMIUM_PATH');

const work = mkdtempSync(join(tmpdir(), 'extract-screenshot-'));
try {
  const report = join(work, 'report.html');
  // Run from the root, so the page names the seed by its path in the repository.
  execFileSync(process.execPath, [join(ROOT, 'bin', 'extract.js'), 'all', SEED, '--format', 'html', '-o', report, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  const { chromium } = await import('playwright-core');
  const chrome = await chromium.launch({ executablePath: browser });
  try {
    const page = await chrome.newPage({ viewport: { width, height: height || 900 }, colorScheme: dark ? 'dark' : 'light' });
    await page.goto(pathToFileURL(report).href);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: height === 0 });
  } finally {
    await chrome.close();
  }
  console.log(out);
} finally {
  rmSync(work, { recursive: true, force: true });
}
