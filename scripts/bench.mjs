#!/usr/bin/env node
// Measures the built tool on a folder of articles:
//
//   npm run bench -- [folder] [--no-in-process]
//
// (default folder: ../shared/corpora/wikinews). Runs `node bin/extract.js all
// <folder> --format json` as a child process, as a user or the scorer would,
// then each available kind in process, one document at a time. Prints wall
// time, documents, MB of text, MB/s, documents/s and peak RSS. Asserts
// nothing. Build first (`npm run build`).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const inProcess = !args.includes('--no-in-process');
const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(ROOT, '..', 'shared', 'corpora', 'wikinews'));

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing, run `npm run build` first');
  process.exit(2);
}
if (!existsSync(folder)) {
  console.error(`bench: no such folder: ${folder}`);
  process.exit(2);
}

const { walkFolder, DEFAULT_EXTENSIONS } = await import('../dist/io/walk.js');
const { AVAILABLE_KINDS, extractFacts } = await import('../dist/extract/index.js');
const { createDocument } = await import('../dist/text/document.js');

const files = [];
for await (const entry of walkFolder(folder, { extensions: DEFAULT_EXTENSIONS })) if (entry.type === 'file') files.push(entry.path);
let bytes = 0;
for (const file of files) bytes += (await readFile(file)).length;
const megabytes = bytes / 1e6;

const fmt = (n, digits = 2) => n.toFixed(digits);
function report(label, seconds, rssKiB) {
  const rss = rssKiB ? `${fmt(rssKiB / 1024, 0)} MiB` : 'n/a';
  console.log(
    `${label.padEnd(22)} ${fmt(seconds).padStart(7)} s  ${fmt(megabytes / seconds, 3).padStart(7)} MB/s  ` +
      `${fmt(files.length / seconds, 1).padStart(7)} docs/s  peak RSS ${rss}`,
  );
}

console.log(`folder: ${folder}`);
console.log(`documents: ${files.length}, text: ${fmt(megabytes)} MB (${bytes} bytes)`);
console.log(`kinds: ${AVAILABLE_KINDS.join(', ')}`);
console.log('');

// The CLI as a child process, under /usr/bin/time -v for its peak RSS when available.
const timeBin = '/usr/bin/time';
const hasTime = existsSync(timeBin) && spawnSync(timeBin, ['-v', 'true'], { stdio: 'ignore' }).status === 0;
const command = [process.execPath, join(ROOT, 'bin', 'extract.js'), 'all', folder, '--format', 'json'];
const [file, ...rest] = hasTime ? [timeBin, '-v', ...command] : command;
const started = performance.now();
const child = spawn(file, rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
const out = [];
let stderr = '';
child.stdout.on('data', (chunk) => out.push(chunk));
child.stderr.on('data', (chunk) => (stderr += chunk));
const code = await new Promise((done) => child.on('close', done));
const seconds = (performance.now() - started) / 1000;
const rssMatch = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
report('cli (child process)', seconds, rssMatch ? Number(rssMatch[1]) : null);
try {
  const json = JSON.parse(Buffer.concat(out).toString('utf8'));
  const counts = AVAILABLE_KINDS.map((kind) => `${json.documents.reduce((n, d) => n + (d[kind]?.length ?? 0), 0)} ${kind}`);
  console.log(`  exit ${code}; ${json.documents.length} documents, ${counts.join(', ')}, ${json.errors.length} errors`);
} catch {
  console.log(`  exit ${code}; stdout was not JSON`);
}

if (inProcess) {
  // Each kind alone, in this process: where the time goes.
  const texts = await Promise.all(files.map(async (path) => [path, await readFile(path, 'utf8')]));
  console.log('');
  for (const kind of AVAILABLE_KINDS) {
    const slowest = [];
    const begin = performance.now();
    for (const [path, text] of texts) {
      const t0 = performance.now();
      extractFacts(createDocument(path, text.replace(/^\ufeff/, '')), [kind]);
      slowest.push([performance.now() - t0, path]);
    }
    report(`in process: ${kind}`, (performance.now() - begin) / 1000, process.resourceUsage().maxRSS);
    slowest.sort((a, b) => b[0] - a[0]);
    for (const [ms, path] of slowest.slice(0, 3)) console.log(`  ${fmt(ms, 0).padStart(6)} ms  ${path}`);
  }
}
