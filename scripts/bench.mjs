#!/usr/bin/env node
// Measures the built tool (dist/) on a folder of articles and prints figures;
// it asserts nothing. Build first (`npm run build`).
//
//   npm run bench -- [folder] [flags]
//
//   folder             articles to read (default DIR/corpora/wikinews, DIR as --shared gives it)
//   --shared DIR       the evaluation folder (default ../shared beside the project)
//   --runs N           in-process repetitions; each figure is their median (default 3)
//   --startup-runs N   repetitions of each start-up command (default 5)
//   --no-child         skip `extract all` as a child process
//   --no-in-process    skip the in-process figures (extract all, plain compromise, each kind)
//   --no-startup       skip the start-up figures
//   --no-scale         skip the scale figures
//   --sizes LIST       scale: sizes of the single files in MB (default 1,8,50)
//   --folder-size MB   scale: size of the large folder in MB; 0 skips it (default 50)
//   --jobs-list LIST   scale: the --jobs values compared (default 1,2)
//   --help             print this and exit
//
// In process, on one thread, in CPU time (user + system of this process):
// `extract all` as src/extract/index.ts runs it on each document, against plain
// compromise (`nlp(text)` per article, its people, places, organizations and
// quotations read out with `.out('array')`), article by article, after two
// passes left out; their ratio; where the time of `extract all` goes (CPU
// samples); each kind alone. Start-up: wall time of `extract votes` on the
// smallest article (of 500 characters or more) without a vote and the
// smallest with one, and of `extract --help`. Then `extract all` as a user
// runs it: one child process, wall time and peak RSS.
//
// Last, scale (scripts/bench-scale.mjs), each a child process with wall and
// CPU seconds and peak RSS: `extract all` on the folder as JSON with each
// --jobs value, the speed-up and whether the outputs are byte-identical; one
// file of each size made of the articles, with seconds per MB and the
// largest's against the smallest's; a folder of copies of the articles; the
// table format against JSON. Those files and folder are written under the
// system's temporary folder and removed at the end. It takes minutes.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Session } from 'node:inspector';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchScale } from './bench-scale.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'extract.js');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    folder: null, shared: join(ROOT, '..', 'shared'), runs: 3, startupRuns: 5, child: true, inProcess: true, startup: true,
    scale: true, sizes: [1, 8, 50], folderSize: 50, jobsList: [1, 2],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const count = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) fail(`${arg} needs a whole number of at least 1`);
      return n;
    };
    const list = (whole) => {
      const value = argv[++i] ?? '';
      const ns = value.split(',').map(Number);
      if (!value || ns.some((n) => !Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n)))) {
        fail(`${arg} needs a comma-separated list of ${whole ? 'whole numbers of at least 1' : 'numbers above 0'} (got ${value || 'nothing'})`);
      }
      return ns;
    };
    if (arg === '--help' || arg === '-h') opts.help = true;
    else if (arg === '--runs') opts.runs = count();
    else if (arg === '--startup-runs') opts.startupRuns = count();
    else if (arg === '--shared') {
      if (!argv[i + 1] || argv[i + 1].startsWith('--')) fail('--shared needs a folder');
      opts.shared = argv[++i];
    }
    else if (arg === '--no-child') opts.child = false;
    else if (arg === '--no-in-process') opts.inProcess = false;
    else if (arg === '--no-startup') opts.startup = false;
    else if (arg === '--no-scale') opts.scale = false;
    else if (arg === '--sizes') opts.sizes = list(false);
    else if (arg === '--jobs-list') opts.jobsList = list(true);
    else if (arg === '--folder-size') {
      opts.folderSize = Number(argv[++i]);
      if (!Number.isFinite(opts.folderSize) || opts.folderSize < 0) fail(`--folder-size needs a number of MB, 0 or more (got ${argv[i] ?? 'nothing'})`);
    }
    else if (arg.startsWith('-')) fail(`unknown flag ${arg} (see --help)`);
    else if (opts.folder) fail(`one folder only (got ${opts.folder} and ${arg})`);
    else opts.folder = arg;
  }
  opts.given = opts.folder !== null;
  opts.folder = resolve(opts.folder ?? join(opts.shared, 'corpora', 'wikinews'));
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
if (opts.help) {
  // The comment at the top of this file.
  const lines = (await readFile(fileURLToPath(import.meta.url), 'utf8')).split('\n');
  const usage = lines.slice(1, lines.findIndex((l) => l.startsWith('import')));
  console.log(usage.map((l) => l.replace(/^\/\/ ?/, '')).join('\n').trim());
  process.exit(0);
}
for (const built of ['cli/main.js', 'extract/index.js', 'io/walk.js', 'text/document.js']) {
  if (!existsSync(join(ROOT, 'dist', built))) fail(`dist/${built} is missing: run \`npm run build\` first`);
}
if (!existsSync(opts.folder)) {
  fail(opts.given ? `no such folder: ${opts.folder}` : `no articles at ${opts.folder}: is the evaluation folder ${resolve(opts.shared)} there? (give a folder of articles, or --shared DIR)`);
}
if (!statSync(opts.folder).isDirectory()) fail(`not a folder: ${opts.folder}`);

async function load(path) {
  try {
    return await import(path);
  } catch (err) {
    fail(`cannot load ${relative(ROOT, fileURLToPath(new URL(path, import.meta.url)))} (${err.message.split('\n')[0]}): rebuild with \`npm run build\``);
  }
}
const { walkFolder, DEFAULT_EXTENSIONS } = await load('../dist/io/walk.js');
const { AVAILABLE_KINDS, extractFacts } = await load('../dist/extract/index.js');
const { createDocument } = await load('../dist/text/document.js');

const files = [];
for await (const entry of walkFolder(opts.folder, { extensions: DEFAULT_EXTENSIONS })) if (entry.type === 'file') files.push(entry.path);
if (!files.length) fail(`no articles (${DEFAULT_EXTENSIONS.join(', ')}) in ${opts.folder}`);
const texts = await Promise.all(files.map(async (path) => [path, (await readFile(path, 'utf8')).replace(/^\ufeff/, '')]));
const bytes = texts.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
const megabytes = bytes / 1e6;

const fmt = (n, digits = 2) => n.toFixed(digits);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const row = (label, seconds, extra = '') =>
  console.log(`${label.padEnd(30)} ${fmt(seconds).padStart(7)} s  ${fmt(megabytes / seconds, 3).padStart(7)} MB/s  ${fmt(texts.length / seconds, 1).padStart(7)} docs/s${extra}`);

console.log(`folder: ${opts.folder}`);
console.log(`documents: ${texts.length}, text: ${fmt(megabytes)} MB; kinds: ${AVAILABLE_KINDS.join(', ')}`);
console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((n) => fmt(n)).join(' ')} (other processes share the cores)`);

// ------------------------------------------------------------ in process

/** CPU seconds of `work` over every article, median of the runs. */
function cpuMedian(work, runs = opts.runs) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t0 = cpuSeconds();
    for (const [path, text] of texts) work(path, text);
    times.push(cpuSeconds() - t0);
  }
  return median(times);
}

// Where the time goes: each CPU sample of a pass goes to the innermost of these
// that is on its stack (compromise runs lazily, inside whichever layer first
// reads a tag, so it is found by its own frames), or to garbage collection.
const PLACES = [
  ['compromise', /\/node_modules\/compromise\//],
  ['compromise tags (glue)', /\/dist\/reading\/compromise-tags\.js$/],
  ['tokens', /\/dist\/text\/tokens\.js$/],
  ['dates and amounts', /\/dist\/reading\/(?:dates|amounts)\.js$/],
  ['learned tagger', /\/dist\/reading\/entities\/(?:tagger|tagger-features|learned-spans)\.js$/],
  ['entities', /\/dist\/(?:reading\/entities\/|lexicon\/gazetteers\.js$)/],
  ['coreference', /\/dist\/reading\/coreference\.js$/],
  ['document (segments, quote marks)', /\/dist\/text\//],
  ['extractors', /\/dist\/extract\//],
];

/** Shares of one profiled pass of `work` over every article, by place, and its CPU seconds. */
async function profiledPass(work) {
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((done, failed) => session.post(method, params, (err, result) => (err ? failed(err) : done(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  const t0 = cpuSeconds();
  for (const [path, text] of texts) work(path, text);
  const seconds = cpuSeconds() - t0;
  const { profile } = await post('Profiler.stop');
  session.disconnect();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const placeOf = new Map();
  const place = (id) => {
    if (placeOf.has(id)) return placeOf.get(id);
    const { callFrame } = byId.get(id);
    let found = PLACES.find(([, re]) => re.test(callFrame.url))?.[0];
    if (!found && callFrame.functionName === '(garbage collector)') found = 'garbage collection';
    if (!found) found = parent.has(id) ? place(parent.get(id)) : 'other';
    placeOf.set(id, found);
    return found;
  };
  const counts = new Map();
  for (const id of profile.samples) counts.set(place(id), (counts.get(place(id)) ?? 0) + 1);
  counts.delete('other'); // the profiler's idle and program time, not this pass's
  const samples = [...counts.values()].reduce((a, b) => a + b, 0);
  return { seconds, shares: new Map([...counts].map(([name, n]) => [name, n / samples])) };
}

if (opts.inProcess) {
  const nlp = createRequire(join(ROOT, 'package.json'))('compromise');
  const plain = (_path, text) => {
    const doc = nlp(text);
    for (const view of [doc.people(), doc.places(), doc.organizations(), doc.quotations()]) view.out('array');
  };
  const extractAll = (path, text) => extractFacts(createDocument(path, text), AVAILABLE_KINDS);
  // Side by side, one article at a time, each clocked on its own: a burst of
  // other processes' load falls on both alike. The first pass loads compromise
  // and compiles the code (it costs up to twice a later one) and the second
  // still finishes compiling: both are left out, the first shown.
  const ours = [];
  const theirs = [];
  for (let r = 0; r < opts.runs + 2; r++) {
    let [a, b] = [0, 0];
    for (const [path, text] of texts) {
      const t0 = cpuSeconds();
      extractAll(path, text);
      const t1 = cpuSeconds();
      plain(path, text);
      a += t1 - t0;
      b += cpuSeconds() - t1;
    }
    ours.push(a);
    theirs.push(b);
  }
  const cold = [ours.shift(), theirs.shift()];
  ours.shift();
  theirs.shift();
  console.log('');
  console.log(`in process, one thread, CPU seconds, median of ${opts.runs}:`);
  row('extract all', median(ours), `   runs ${ours.map((s) => fmt(s)).join(' ')}`);
  row('plain compromise', median(theirs), `   runs ${theirs.map((s) => fmt(s)).join(' ')}`);
  console.log(`ratio: extract all is ${fmt(median(theirs) / median(ours))}x plain compromise`);
  console.log(`(first, cold pass, left out: extract all ${fmt(cold[0])} s, plain compromise ${fmt(cold[1])} s)`);

  const passes = [];
  for (let r = 0; r < opts.runs; r++) passes.push(await profiledPass(extractAll));
  const seconds = median(passes.map((p) => p.seconds));
  const names = [...PLACES.map(([name]) => name), 'garbage collection'];
  console.log('');
  console.log(`where extract all's time goes (CPU samples of ${opts.runs} profiled passes, median share; compromise wherever it runs):`);
  for (const name of names) {
    const share = median(passes.map((p) => p.shares.get(name) ?? 0));
    console.log(`  ${name.padEnd(34)} ${fmt(share * seconds).padStart(6)} s  ${fmt(100 * share, 0).padStart(3)} %`);
  }

  console.log('');
  console.log(`each kind alone (CPU seconds, median of ${opts.runs}):`);
  for (const kind of AVAILABLE_KINDS) row(kind, cpuMedian((path, text) => extractFacts(createDocument(path, text), [kind])));
}

// ------------------------------------------------------------ start-up

/** Runs a command `runs` times; wall and CPU seconds (CPU from /usr/bin/time when there is one). */
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%U', 'true'], { stdio: 'ignore' }).status === 0;
function timeCommand(args, runs) {
  const walls = [];
  const cpus = [];
  for (let r = 0; r < runs; r++) {
    const command = [process.execPath, BIN, ...args];
    const [file, ...rest] = hasTime ? [TIME, '-f', 'BENCH-CPU %U %S', ...command] : command;
    const t0 = performance.now();
    const child = spawnSync(file, rest, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    walls.push((performance.now() - t0) / 1000);
    const m = /BENCH-CPU ([\d.]+) ([\d.]+)/.exec(child.stderr ?? '');
    if (m) cpus.push(Number(m[1]) + Number(m[2]));
    if (child.status !== 0 && child.status !== 1) fail(`\`extract ${args.join(' ')}\` exited ${child.status}: ${(child.stderr ?? '').trim().split('\n').at(-1)}`);
  }
  return { wall: median(walls), cpu: cpus.length ? median(cpus) : null, walls };
}

if (opts.startup) {
  // The smallest article without a vote and the smallest with one.
  // At least 500 characters: a short article, not a stub.
  const bySize = [...texts].sort((a, b) => a[1].length - b[1].length).filter(([path, text]) => text.length >= 500 && !/(^|\/)readme[^/]*$/i.test(path));
  const votesOf = ([path, text]) => extractFacts(createDocument(path, text), ['votes']).votes.length;
  const noVote = bySize.find((t) => votesOf(t) === 0);
  const withVote = bySize.find((t) => votesOf(t) > 0);
  console.log('');
  console.log(`start-up: wall seconds, median of ${opts.startupRuns} (CPU seconds of the child in brackets):`);
  const show = (label, args) => {
    const { wall, cpu, walls } = timeCommand(args, opts.startupRuns);
    const cpuText = cpu === null ? '' : ` (${fmt(cpu)} s CPU)`;
    console.log(`  ${label.padEnd(40)} ${fmt(wall)} s${cpuText}   runs ${walls.map((s) => fmt(s)).join(' ')}`);
  };
  if (noVote) show(`votes, no vote (${fmt(noVote[1].length / 1000, 1)} kB)`, ['votes', noVote[0]]);
  else console.log('  votes, no vote: every article has a vote');
  if (withVote) show(`votes, a vote (${fmt(withVote[1].length / 1000, 1)} kB)`, ['votes', withVote[0]]);
  else console.log('  votes, a vote: no article has a vote');
  show('--help', ['--help']);
  if (noVote) console.log(`  no vote: ${relative(process.cwd(), noVote[0])}`);
  if (withVote) console.log(`  a vote:  ${relative(process.cwd(), withVote[0])}`);
}

// ------------------------------------------------------------ as a user runs it

if (opts.child) {
  // Under /usr/bin/time -v for its peak RSS when available.
  const hasVerbose = hasTime && spawnSync(TIME, ['-v', 'true'], { stdio: 'ignore' }).status === 0;
  const command = [process.execPath, BIN, 'all', opts.folder, '--format', 'json'];
  const [file, ...rest] = hasVerbose ? [TIME, '-v', ...command] : command;
  const started = performance.now();
  const child = spawn(file, rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  let stderr = '';
  child.stdout.on('data', (chunk) => out.push(chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpu = user && system ? `, ${fmt(Number(user[1]) + Number(system[1]))} s CPU` : '';
  console.log('');
  console.log('extract all as a user runs it (one child process, wall time):');
  row('cli (child process)', seconds, `   peak RSS ${rss ? `${fmt(Number(rss[1]) / 1024, 0)} MiB` : 'n/a'}${cpu}`);
  try {
    const json = JSON.parse(Buffer.concat(out).toString('utf8'));
    const counts = AVAILABLE_KINDS.map((kind) => `${json.documents.reduce((n, d) => n + (d[kind]?.length ?? 0), 0)} ${kind}`);
    console.log(`  exit ${code}; ${json.documents.length} documents, ${counts.join(', ')}, ${json.errors.length} errors`);
  } catch {
    console.log(`  exit ${code}; stdout was not JSON`);
  }
}

// ------------------------------------------------------------ scale

if (opts.scale) {
  await benchScale({
    root: ROOT,
    bin: BIN,
    corpus: { folder: opts.folder, texts, megabytes },
    sizes: opts.sizes,
    folderSize: opts.folderSize,
    jobsList: opts.jobsList,
    fail,
  });
}
