#!/usr/bin/env node
// Runs `extract all` as a user would on each hostile input of
// scripts/hostile-inputs.mjs at one size and twice that, and prints a table:
// CPU seconds and peak RSS of each run, the 2x/1x ratio of CPU time, and
// whether every document came back (no error in the output). It asserts
// nothing; the tests hold the ratio (test/hostile/scaling.test.ts).
//
//   node scripts/hostile-scale.mjs [--size BYTES] [--kinds a,b,…] [--jobs N]
//
// --size   the 1x size (default 262144); --jobs is passed to extract (default: its own)
// Needs GNU time (/usr/bin/time -v) for the CPU time and peak RSS; the inputs are written under
// the system's temporary folder and removed at the end.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_KINDS, hostileText } from './hostile-inputs.mjs';
import { canMeasure, measureExtract } from './measure-child.mjs';
import { failWith } from './script-cli.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const fail = failWith('hostile-scale');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const size = Number(option('--size', 262144));
const kinds = option('--kinds', HOSTILE_KINDS.join(',')).split(',');
const jobs = option('--jobs', undefined);
if (!canMeasure) fail('needs GNU time at /usr/bin/time (with -v) for the CPU time and peak memory');
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) fail('dist/ is missing: run `npm run build` first');

const dir = mkdtempSync(join(tmpdir(), 'extract-hostile-'));
/** One run: CPU seconds, peak RSS in MiB, and what the output said. */
async function measure(kind, bytes) {
  const input = join(dir, `${kind}-${bytes}.txt`);
  const output = join(dir, 'out.json');
  writeFileSync(input, hostileText(kind, bytes));
  const extra = jobs ? ['--jobs', jobs] : [];
  const { cpu, rss } = await measureExtract({ cwd: ROOT, bin: join(ROOT, 'bin', 'extract.js'), args: ['all', input, '--format', 'json', '-o', output, '--quiet', ...extra] });
  let outcome;
  try {
    const json = JSON.parse(readFileSync(output, 'utf8'));
    outcome = json.errors.length ? json.errors.map((e) => e.code).join('+') : `${json.documents.length} document`;
  } catch {
    outcome = 'no valid JSON';
  }
  return { cpu, rss, outcome };
}

console.log(`| input | ${size / 1024} KB: CPU s, peak MiB | ${(2 * size) / 1024} KB: CPU s, peak MiB | 2x / 1x | output |`);
console.log('| --- | --- | --- | --- | --- |');
for (const kind of kinds) {
  const a = await measure(kind, size);
  const b = await measure(kind, 2 * size);
  console.log(`| ${kind} | ${a.cpu.toFixed(2)}, ${a.rss.toFixed(0)} | ${b.cpu.toFixed(2)}, ${b.rss.toFixed(0)} | ${(b.cpu / a.cpu).toFixed(2)} | ${a.outcome}; ${b.outcome} |`);
}
rmSync(dir, { recursive: true, force: true });
