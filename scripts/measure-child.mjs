// `extract` run as a child process and measured from outside: wall seconds
// from here, CPU seconds and peak RSS from GNU time (`/usr/bin/time -v`),
// read off the end of the child's stderr. Shared by the scale part of the
// bench and the hostile-input table.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const TIME = '/usr/bin/time';

/** Whether GNU time with -v is there to measure CPU time and peak RSS. */
export const canMeasure = existsSync(TIME) && spawnSync(TIME, ['-v', 'true'], { stdio: 'ignore' }).status === 0;

/**
 * Runs `node <bin> <args>` in `cwd`: its exit code, wall and CPU seconds, peak
 * RSS in MiB (NaN where GNU time is missing), its own stderr without the
 * report, and its stdout when `keep`.
 */
export async function measureExtract({ cwd, bin, args, keep = false }) {
  const command = [process.execPath, bin, ...args];
  const [file, ...rest] = canMeasure ? [TIME, '-v', ...command] : command;
  const started = performance.now();
  const child = spawn(file, rest, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  let stderr = '';
  // Drained even when not kept: a full pipe would stall the child.
  child.stdout.on('data', (chunk) => keep && out.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((done) => child.on('close', done));
  const wall = (performance.now() - started) / 1000;
  // /usr/bin/time -v appends its report to the child's own stderr.
  const report = stderr.search(/^(?:Command (?:exited|terminated)[^\n]*\n)?\tCommand being timed:/m);
  const own = (report < 0 ? stderr : stderr.slice(0, report)).trim();
  const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  const cpu = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
  const rss = field('Maximum resident set size \\(kbytes\\)') / 1024;
  return { code, wall, cpu, rss, own, out: keep ? Buffer.concat(out) : null };
}
