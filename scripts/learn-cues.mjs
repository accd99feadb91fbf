#!/usr/bin/env node
// Learns attribution cues beyond the reporting verbs ("shows", "wants",
// "called for") from PolNeAR's training split and writes
// src/lexicon/data/learned-cues.json.
//
//   node scripts/learn-cues.mjs [--shared DIR] [--min-count N] [--min-ratio R] [--min-after R] [--check]
//
// --shared     the evaluation folder's parent (default: ../shared beside the project)
// --min-count  keep a cue annotated at least this often (default 6)
// --min-ratio  ... and annotated as a cue in at least this share of its occurrences (default 0.3)
// --min-after  ... whose reported content follows it in at least this share of them (default 0.7)
// --check      print the table, write nothing
//
// A cue here is one word, or a verb and its particle, counted in lower case. For every such form
// the script counts how often the text holds it and how often an annotator
// marked it as the cue of an attribution, reading one annotation file per
// article (the first in sorted order, as the scorer does). Only the training
// split is read; the same data gives the same file.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failWith, helpFromHead } from './script-cli.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
helpFromHead(import.meta.url, args);
const fail = failWith('learn-cues');
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const shared = resolve(option('--shared', join(ROOT, '..', 'shared')));
const minCount = Number(option('--min-count', 6));
const minRatio = Number(option('--min-ratio', 0.3));
const minAfter = Number(option('--min-after', 0.7));
const check = args.includes('--check');
const OUT = join(ROOT, 'src', 'lexicon', 'data', 'learned-cues.json');
const TRAIN = join(shared, 'eval', 'polnear', 'train');
if (!existsSync(join(TRAIN, 'attributions'))) fail(`no PolNeAR training split at ${TRAIN}`);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const words = (text) => [...text.matchAll(WORD)].map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));

/** brat offsets count code points; JavaScript strings count UTF-16 units. */
function codePointsToUtf16(text) {
  const units = [0];
  for (const ch of text) units.push(units.at(-1) + ch.length);
  return (cp) => units[Math.min(cp, units.length - 1)];
}

/** The first annotation file of each article, in sorted order. */
function chosenFiles() {
  const chosen = new Map();
  for (const file of readdirSync(join(TRAIN, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const stem = file.slice(0, -'.ann'.length);
    const article = existsSync(join(TRAIN, 'text', `${stem}.txt`)) ? stem : stem.replace(/_[^_]+$/, '');
    if (!chosen.has(article)) chosen.set(article, file);
  }
  return [...chosen];
}

/** Cue spans with the start of their content: [{ start, end, contentStart }]. */
function cuesOf(ann, toUtf16) {
  const spans = new Map();
  const cues = [];
  for (const line of ann.split('\n')) {
    const span = /^(T\d+)\t\S+ (\d+) (\d+)\t/.exec(line);
    if (span) spans.set(span[1], [toUtf16(Number(span[2])), toUtf16(Number(span[3]))]);
    const event = /^E\d+\t(.+)$/.exec(line);
    if (!event) continue;
    const roles = Object.fromEntries(event[1].trim().split(/\s+/).map((role) => role.split(':')));
    const cue = spans.get(roles.Cue);
    const content = spans.get(roles.Content);
    if (cue && content) cues.push({ start: cue[0], end: cue[1], contentStart: content[0] });
  }
  return cues;
}

const seen = new Map(); // form -> { total, cue, after }
const count = (form) => seen.get(form) ?? seen.set(form, { total: 0, cue: 0, after: 0 }).get(form);
for (const [article, file] of chosenFiles()) {
  const text = readFileSync(join(TRAIN, 'text', `${article}.txt`), 'utf8').replace(/^\uFEFF/, '');
  const tokens = words(text);
  for (let k = 0; k < tokens.length; k++) {
    count(tokens[k].text).total++;
    if (k + 1 < tokens.length) count(`${tokens[k].text} ${tokens[k + 1].text}`).total++;
  }
  const marked = new Set();
  for (const cue of cuesOf(readFileSync(join(TRAIN, 'attributions', file), 'utf8'), codePointsToUtf16(text))) {
    const form = words(text.slice(cue.start, cue.end)).map((w) => w.text);
    if (form.length < 1 || form.length > 2 || marked.has(cue.start)) continue;
    marked.add(cue.start);
    const entry = count(form.join(' '));
    entry.cue++;
    if (cue.contentStart >= cue.end) entry.after++;
  }
}

// A two-word cue is a verb and its particle ("called for", "pointed to"); "has said" is the verb "said".
const PARTICLES = new Set(['about', 'against', 'as', 'at', 'for', 'of', 'on', 'out', 'over', 'to', 'up', 'with']);
const cueShaped = (form) => !form.includes(' ') || PARTICLES.has(form.split(' ')[1]);

const cues = [...seen]
  .filter(([form, s]) => cueShaped(form) && s.total > 0 && s.cue >= minCount && s.cue / s.total >= minRatio && s.after / s.cue >= minAfter)
  .map(([form, s]) => ({ form, cue: s.cue, total: s.total, ratio: Number((s.cue / s.total).toFixed(3)) }))
  .sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));

if (check) {
  for (const c of [...cues].sort((a, b) => b.cue - a.cue)) console.log(`${c.form.padEnd(20)} ${String(c.cue).padStart(5)} / ${String(c.total).padStart(6)}  ${c.ratio}`);
  console.log(`${cues.length} cues`);
} else {
  const data = { source: 'PolNeAR training split', minCount, minRatio, minAfter, cues };
  writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`learn-cues: ${cues.length} cues written to ${OUT}`);
}
