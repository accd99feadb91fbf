// The scale part of `npm run bench` (scripts/bench.mjs): `extract all` as a
// child process on the corpus with each job count, on one file of each size,
// on a large folder, and as a table against JSON. Each run is timed from here
// (wall) and by /usr/bin/time -v (CPU, peak RSS). The large inputs are built
// from the corpus in a folder under the system's temporary folder, removed at
// the end, also when the bench fails or is interrupted.

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { canMeasure, measureExtract } from './measure-child.mjs';

const MIB = 1024 * 1024;
// extract's default --max-size; a larger file needs the flag raised to be read at all.
const DEFAULT_MAX_SIZE = 50 * MIB;

const fmt = (n, digits = 2) => n.toFixed(digits);
const ratio = (a, b) => `${fmt(a / b)}x`;

/**
 * Prints the scale figures.
 * corpus: { folder, texts: [path, text][], megabytes }; sizes: file sizes in MB;
 * folderSize: MB (0: no folder); jobsList: job counts; fail: prints one line and exits.
 */
export async function benchScale({ root, bin, corpus, sizes, folderSize, jobsList, fail }) {
  const hasVerbose = canMeasure;

  /** `extract <args> --quiet` in a child: wall and CPU seconds, peak RSS in MiB, and its stdout when `keep`. */
  async function runExtract(args, { keep = false } = {}) {
    const run = await measureExtract({ cwd: root, bin, args: [...args, '--quiet'], keep });
    const shown = args.map((arg) => (arg.startsWith(root) ? relative(root, arg) : arg)).join(' ');
    if (run.code !== 0 && run.code !== 1) fail(`\`extract ${shown}\` exited ${run.code}: ${run.own.split('\n').at(-1) || 'no message'}`);
    return run;
  }

  // One row per run, aligned with bench.mjs's rows: label, wall seconds, then the rest.
  const show = (n, digits, unit, width = 7) => (Number.isNaN(n) ? 'n/a'.padStart(width) : fmt(n, digits).padStart(width)) + ` ${unit}`;
  const row = (label, run, ...cells) =>
    console.log([`${label.padEnd(30)} ${fmt(run.wall).padStart(7)} s wall`, show(run.cpu, 2, 's CPU'), ...cells, show(run.rss, 0, 'MiB peak RSS', 5)].join('  '));
  const load = (when) => console.log(`load average ${when}: ${loadavg().map((n) => fmt(n)).join(' ')}`);

  const scratch = mkdtempSync(join(tmpdir(), 'extract-bench-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  // process.exit (fail, a signal) skips `finally`; the exit event does not.
  const interrupted = (signal) => process.exit(signal === 'SIGINT' ? 130 : 143);
  process.once('exit', removeScratch);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    console.log('');
    console.log(`scale: extract all as a child process; wall seconds, and CPU seconds and peak RSS ${hasVerbose ? 'from /usr/bin/time -v' : 'n/a (no /usr/bin/time -v)'}`);
    console.log(`other processes share the ${availableParallelism()} cores: wall seconds and speed-ups are noisy`);
    load('before');

    const docs = corpus.texts.length;
    console.log('');
    console.log(`the corpus (${fmt(corpus.megabytes)} MB, ${docs} documents), --format json, by --jobs:`);
    const byJobs = [];
    for (const jobs of jobsList) {
      const run = await runExtract(['all', corpus.folder, '--format', 'json', '--jobs', String(jobs)], { keep: jobsList.length > 1 });
      row(`--jobs ${jobs}`, run, show(corpus.megabytes / run.wall, 3, 'MB/s'), show(docs / run.wall, 1, 'docs/s'));
      byJobs.push([jobs, run]);
    }
    const [[firstJobs, first], ...others] = byJobs;
    const plural = (n) => `${n} job${n === 1 ? '' : 's'}`;
    for (const [jobs, run] of others) {
      console.log(`speed-up, ${plural(jobs)} / ${plural(firstJobs)}: ${ratio(first.wall, run.wall)} (wall)`);
      console.log(`identical output, ${plural(jobs)} and ${plural(firstJobs)}: ${run.out.equals(first.out) ? 'yes' : 'no'}`);
    }

    // The articles one after another, a blank line between them.
    const articles = Buffer.from(`${corpus.texts.map(([, text]) => text.trim()).join('\n\n')}\n\n`);
    console.log('');
    console.log('one file of the corpus articles, repeated, --format json -o /dev/null, default --jobs:');
    const perMegabyte = [];
    for (const size of sizes) {
      const target = Math.round(size * 1e6);
      // One copy beyond the target, so a paragraph break after it exists if none comes before.
      const repeated = Buffer.concat(Array(Math.ceil(target / articles.length) + 1).fill(articles));
      let cut = repeated.lastIndexOf('\n\n', target);
      if (cut <= 0) cut = repeated.indexOf('\n\n', target);
      const text = repeated.subarray(0, cut + 1);
      const path = join(scratch, `articles-${size}MB.txt`);
      writeFileSync(path, text);
      const args = ['all', path, '--format', 'json', '-o', '/dev/null'];
      if (text.length > DEFAULT_MAX_SIZE) args.push('--max-size', `${Math.ceil(text.length / MIB)}M`);
      const run = await runExtract(args);
      const megabytes = text.length / 1e6;
      row(`file ${size} MB (${fmt(megabytes)} MB)`, run, show(run.wall / megabytes, 3, 's/MB'));
      perMegabyte.push([size, run.wall / megabytes]);
      rmSync(path);
    }
    if (perMegabyte.length > 1) {
      const [smallest, largest] = [perMegabyte.reduce((a, b) => (b[0] < a[0] ? b : a)), perMegabyte.reduce((a, b) => (b[0] > a[0] ? b : a))];
      console.log(`time per MB, ${largest[0]} MB / ${smallest[0]} MB: ${ratio(largest[1], smallest[1])}`);
    }

    if (folderSize > 0) {
      const copies = Math.max(1, Math.round(folderSize / corpus.megabytes));
      const folder = join(scratch, 'folder');
      for (let copy = 1; copy <= copies; copy++) {
        for (const [path] of corpus.texts) {
          const target = join(folder, String(copy).padStart(3, '0'), relative(corpus.folder, path));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(path, target);
        }
      }
      const megabytes = copies * corpus.megabytes;
      console.log('');
      console.log(`a folder of ${copies} copies of the corpus (${fmt(megabytes)} MB, ${copies * docs} documents), --format json -o /dev/null, default --jobs:`);
      const run = await runExtract(['all', folder, '--format', 'json', '-o', '/dev/null']);
      row(`folder ${folderSize} MB`, run, show(megabytes / run.wall, 3, 'MB/s'), show((copies * docs) / run.wall, 1, 'docs/s'));
      rmSync(folder, { recursive: true, force: true });
    }

    // stdout is a pipe here, drained and dropped: the table as `| less` gets it, not as a terminal does.
    console.log('');
    console.log('the corpus, table against JSON, stdout to a pipe, default --jobs:');
    const json = await runExtract(['all', corpus.folder, '--format', 'json']);
    row('--format json', json, show(corpus.megabytes / json.wall, 3, 'MB/s'));
    const table = await runExtract(['all', corpus.folder, '--format', 'table']);
    row('--format table', table, show(corpus.megabytes / table.wall, 3, 'MB/s'));
    console.log(`table / JSON: ${ratio(table.wall, json.wall)} (wall)`);

    console.log('');
    load('after');
  } finally {
    removeScratch();
    process.off('exit', removeScratch);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}
