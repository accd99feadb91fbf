#!/usr/bin/env node
// Measures, for each rule, the share of its facts that are right on the
// development data, and writes that share to src/rules/confidence.json: the
// `confidence` a fact of that rule reports.
//
//   npm run calibrate -- [--shared DIR] [--check]
//
// --shared  the evaluation folder's parent (default: ../shared beside the project)
// --check   print the table, write nothing
//
// Quotations: the PolNeAR development split. A quotation is right when it
// matches a gold content (greedy one to one, at least 30 % of the gold
// characters covered) and its speaker is the gold source (the mention
// overlaps it, or the name shares a word other than a stopword).
// Votes: the Wikinews vote articles and the invented ones of
// test/fixtures/vote-articles. A vote is right when its evidence overlaps a
// gold vote's and its outcome is the gold outcome.
// A share is smoothed as (right + 1) / (facts + 2), so a rule seen a few
// times does not claim certainty. Build first (`npm run build`).

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const shared = resolve(option('--shared') ?? join(ROOT, '..', 'shared'));
const check = args.includes('--check');

function fail(message) {
  console.error(`calibrate: ${message}`);
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist', 'extract', 'index.js'))) fail('dist/ is missing: run `npm run build` first');
const polnearDir = join(shared, 'eval', 'polnear', 'dev');
const votesDir = join(shared, 'eval', 'wikinews-votes');
for (const dir of [polnearDir, votesDir]) if (!existsSync(dir)) fail(`no evaluation data at ${dir} (give --shared DIR)`);

const { extractFacts } = await import('../dist/extract/index.js');
const { createDocument } = await import('../dist/text/document.js');

const read = (path) => readFileSync(path, 'utf8').replace(/^\ufeff/, '');
const overlap = (frags, [s, e]) => frags.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
const length = (frags) => frags.reduce((n, [a, b]) => n + b - a, 0);
const STOP = new Set('a an and as at by for from he her his i in is it its mr mrs ms dr of on or our said says she that their them they this to we who with you'.split(' '));
const words = (name) =>
  String(name ?? '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));

/** Pairs gold and predictions best score first, each at most once. */
function greedy(golds, preds, score, threshold) {
  const candidates = [];
  for (const g of golds) for (const p of preds) {
    const s = score(g, p);
    if (s > 0 && s >= threshold) candidates.push([s, g, p]);
  }
  candidates.sort((a, b) => b[0] - a[0]);
  const used = new Set();
  const pairs = new Map();
  for (const [, g, p] of candidates) {
    if (used.has(g) || used.has(p)) continue;
    used.add(g).add(p);
    pairs.set(p, g);
  }
  return pairs;
}

const tally = new Map();
function count(rule, right) {
  const t = tally.get(rule) ?? { right: 0, facts: 0 };
  t.facts += 1;
  if (right) t.right += 1;
  tally.set(rule, t);
}

// ------------------------------------------------------------ quotations

/** Gold contents and sources of one brat file (offsets in code points; this corpus has none outside the BMP). */
function polnearGold(ann) {
  const spans = new Map();
  const golds = new Map();
  for (const line of ann.split('\n')) {
    const span = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line);
    if (span) spans.set(span[1], span[2].split(';').map((f) => f.trim().split(/\s+/).map(Number)));
    const event = /^E\d+\t(.+)$/.exec(line);
    if (!event) continue;
    const roles = Object.fromEntries(event[1].trim().split(/\s+/).map((r) => r.split(':')));
    const frags = [roles.Content, roles.Content2].flatMap((id) => spans.get(id) ?? []);
    if (frags.length) golds.set(JSON.stringify(frags), { frags, source: spans.get(roles.Source) ?? null });
  }
  return [...golds.values()];
}

const annFiles = readdirSync(join(polnearDir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const chosen = new Map();
for (const file of annFiles) {
  const stem = file.slice(0, -4);
  const article = existsSync(join(polnearDir, 'text', `${stem}.txt`)) ? stem : stem.replace(/_[^_]+$/, '');
  if (!chosen.has(article)) chosen.set(article, file);
}
for (const [article, file] of chosen) {
  const text = read(join(polnearDir, 'text', `${article}.txt`));
  const golds = polnearGold(read(join(polnearDir, 'attributions', file)));
  const { quotes } = extractFacts(createDocument(article, text), ['quotes']);
  const ggt = (g, q) => overlap(g.frags, [q.span.start, q.span.end]) / length(g.frags);
  const pairs = greedy(golds, quotes, ggt, 0.3);
  for (const q of quotes) {
    const g = pairs.get(q);
    let right = Boolean(g);
    if (g?.source) {
      const mention = q.speaker?.mention?.span;
      const sourceText = g.source.map(([s, e]) => text.slice(s, e)).join(' ');
      right = Boolean(q.speaker) && ((mention && overlap(g.source, [mention.start, mention.end]) > 0) || words(q.speaker.name).some((w) => words(sourceText).includes(w)));
    }
    count(q.rule, right);
    if (q.speaker) count(q.speaker.rule, right);
  }
}

// ------------------------------------------------------------ votes

// the Wikinews vote articles, and the project's own invented vote articles (the same gold layout)
const voteFolders = [votesDir, join(ROOT, 'test', 'fixtures', 'vote-articles')];
for (const [dir, file] of voteFolders.flatMap((dir) => readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort().map((f) => [dir, f]))) {
  const text = read(join(dir, 'articles', file));
  const gold = JSON.parse(read(join(dir, 'gold', file.replace(/\.txt$/, '.gold.json'))));
  const golds = (gold.votes ?? []).flatMap((v) => {
    const at = typeof v.evidence === 'string' ? text.indexOf(v.evidence) : -1;
    return at < 0 ? [] : [{ frags: [[at, at + v.evidence.length]], outcome: v.outcome ?? null }];
  });
  const { votes } = extractFacts(createDocument(file, text), ['votes']);
  const pairs = greedy(golds, votes, (g, v) => overlap(g.frags, [v.span.start, v.span.end]), 1);
  for (const v of votes) {
    const g = pairs.get(v);
    count(v.rule, Boolean(g) && (!g.outcome || g.outcome.toLowerCase() === v.outcome));
  }
}

// ------------------------------------------------------------ the table

const table = {};
for (const rule of [...tally.keys()].sort()) {
  const { right, facts } = tally.get(rule);
  table[rule] = { right, facts, confidence: Math.round(((right + 1) / (facts + 2)) * 100) / 100 };
}
for (const [rule, t] of Object.entries(table)) console.log(`${rule.padEnd(44)} ${String(t.right).padStart(5)} / ${String(t.facts).padEnd(5)} ${t.confidence.toFixed(2)}`);
if (!check) {
  const out = join(ROOT, 'src', 'rules', 'confidence.json');
  writeFileSync(out, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
