#!/usr/bin/env node
// Trains the learned name tagger (src/reading/entities/tagger-features.ts)
// from CoNLL-2003's training file and writes src/lexicon/data/tagger.json.
//
//   npm run train -- [--shared DIR] [--epochs N] [--min-count N] [--check]
//
// --shared     the evaluation folder's parent (default: ../shared beside the project)
// --epochs     passes over the training file (default 8)
// --min-count  keep a feature seen at least this often in training (default 2)
// --check      train and report, write nothing
//
// An averaged perceptron, read greedily left to right as at run time. The
// sentences are visited in a fixed order shuffled by a seeded generator, so
// two runs write the same file. Each epoch is scored on eng.testa (the
// development split), token by token and by whole names; the test split is
// never read. Build first (`npm run build`): the script uses the built
// feature function, the one the reading uses.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const shared = resolve(option('--shared', join(ROOT, '..', 'shared')));
const epochs = Number(option('--epochs', 8));
const minCount = Number(option('--min-count', 2));
const check = args.includes('--check');
const OUT = join(ROOT, 'src', 'lexicon', 'data', 'tagger.json');

function fail(message) {
  console.error(`train: ${message}`);
  process.exit(2);
}
const built = join(ROOT, 'dist', 'reading', 'entities', 'tagger-features.js');
if (!existsSync(built)) fail('dist/ is missing: run `npm run build` first');
const trainFile = join(shared, 'eval', 'conll2003', 'eng.train');
const devFile = join(shared, 'eval', 'conll2003', 'eng.testa');
for (const file of [trainFile, devFile]) if (!existsSync(file)) fail(`no CoNLL-2003 file at ${file} (give --shared DIR)`);
const { TAGS, documentCues, featuresOf, rememberTags, tagSentence } = await import(built);

/** Documents of sentences of {text, tag}; tags in IOB2 (B- opens every name). */
function readConll(file) {
  const docs = [];
  let doc = [];
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) doc.push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (!line.trim()) endSentence();
    else sentence.push({ text: fields[0], tag: fields[fields.length - 1] });
  }
  endSentence();
  if (doc.length) docs.push(doc);
  for (const d of docs) for (const s of d) s.forEach((w, i) => {
    // IOB1 → IOB2: a name starts with B- unless it continues the one before
    if (w.tag.startsWith('I-') && (i === 0 || s[i - 1].tag.slice(2) !== w.tag.slice(2))) w.tag = `B-${w.tag.slice(2)}`;
  });
  return docs;
}

/** The words as the feature function reads them, with what their document says of each; sentences grouped by document. */
function documentsOf(docs) {
  return docs.map((doc) => sentencesOf([doc]));
}

function sentencesOf(docs) {
  const out = [];
  for (const doc of docs) {
    const lowerWords = new Set();
    for (const s of doc) s.forEach((w, i) => { if (i > 0 && /^\p{Ll}/u.test(w.text)) lowerWords.add(w.text); });
    const cues = documentCues(doc.map((s) => s.map((w) => w.text)));
    for (const s of doc) {
      const letters = s.map((w) => w.text).join('').replace(/[^\p{L}]/gu, '');
      const shouting = letters.length > 3 && letters === letters.toUpperCase();
      out.push({
        words: s.map((w) => ({ text: w.text, lowerElsewhere: lowerWords.has(w.text.toLowerCase()), shouting, cues: cues.get(w.text.toLowerCase()) })),
        tags: s.map((w) => w.tag),
      });
    }
  }
  return out;
}

const train = documentsOf(readConll(trainFile));
const dev = documentsOf(readConll(devFile));
const trainSentences = train.flat();

// Features kept: those seen at least minCount times in training with their gold context.
const counts = new Map();
for (const { words, tags } of trainSentences) {
  for (let i = 0; i < words.length; i++) for (const f of featuresOf(words, i, tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>')) counts.set(f, (counts.get(f) ?? 0) + 1);
}
const kept = new Set([...counts].filter(([, n]) => n >= minCount).map(([f]) => f));
// the document-memory features exist only at decoding (they read the tags given so far): all are kept
const memoryFeature = (f) => f.startsWith('seen=');

// Averaged perceptron, with the usual lazy sums: total[f][t] += (step - last[f][t]) * weight[f][t] before each change.
const T = TAGS.length;
const weights = new Map();
const totals = new Map();
const stamps = new Map();
let step = 0;
const rowOf = (map, f) => {
  let row = map.get(f);
  if (!row) map.set(f, (row = new Float64Array(T)));
  return row;
};
function update(f, t, delta) {
  const w = rowOf(weights, f);
  const total = rowOf(totals, f);
  const stamp = rowOf(stamps, f);
  total[t] += (step - stamp[t]) * w[t];
  stamp[t] = step;
  w[t] += delta;
}

/** A fixed shuffle: the same order on every run. */
function shuffled(list, seed) {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function names(tags) {
  const out = new Set();
  let open = null;
  tags.forEach((tag, i) => {
    if (open && (tag === `I-${open.type}`)) return;
    if (open) out.add(`${open.start}:${i}:${open.type}`);
    open = tag.startsWith('B-') || tag.startsWith('I-') ? { start: i, type: tag.slice(2) } : null;
  });
  if (open) out.add(`${open.start}:${tags.length}:${open.type}`);
  return out;
}

/** What the tagger gave each word of the document so far, remembered as the reading remembers it. */
const remember = rememberTags;
function recall(memory, words) {
  for (const w of words) w.seen = memory.get(w.text.toLowerCase());
}

/** Tags counted by type: predicted, gold, and both. */
function tally(counts, got, want) {
  for (const [names, field] of [[got, 'pred'], [want, 'gold']]) {
    for (const n of names) {
      const type = n.split(':')[2];
      counts[type] ??= { tp: 0, pred: 0, gold: 0 };
      counts[type][field]++;
      if (field === 'pred' && want.has(n)) counts[type].tp++;
    }
  }
}

/** Names F1 on the development documents, overall and per type, read as the reading reads them. */
function score(documents, table) {
  const lookup = new Map(Object.entries(table));
  const perType = {};
  for (const doc of documents) {
    const memory = new Map();
    for (const { words, tags } of doc) {
      recall(memory, words);
      const predicted = tagSentence(words, lookup);
      remember(memory, words, predicted);
      tally(perType, names(predicted), names(tags));
    }
  }
  const f1 = (t) => (t.pred && t.gold ? (2 * t.tp) / (t.pred + t.gold) : 0);
  const all = Object.values(perType).reduce((a, t) => ({ tp: a.tp + t.tp, pred: a.pred + t.pred, gold: a.gold + t.gold }), { tp: 0, pred: 0, gold: 0 });
  return { f1: f1(all), perType: Object.fromEntries(Object.entries(perType).map(([k, v]) => [k, f1(v)])) };
}

function averaged() {
  const out = {};
  for (const [f, w] of weights) {
    const total = totals.get(f);
    const stamp = stamps.get(f);
    const row = new Array(T);
    let any = false;
    for (let t = 0; t < T; t++) {
      const avg = (total[t] + (step - stamp[t]) * w[t]) / step;
      row[t] = Math.round(avg * 100);
      if (row[t] !== 0) any = true;
    }
    if (any) out[f] = row;
  }
  return out;
}

/**
 * One sentence read left to right with the model's own tags, as at run time;
 * a wrong tag moves the weights at once (the next word is read with them), so
 * the decoding is written here beside the update rather than taken whole
 * from the reading's.
 */
function trainSentence(words, tags) {
  const guess = [];
  for (let i = 0; i < words.length; i++) {
    step++;
    const prev = guess[i - 1] ?? '<s>';
    const prev2 = guess[i - 2] ?? '<s>';
    const features = featuresOf(words, i, prev, prev2).filter((f) => kept.has(f) || memoryFeature(f));
    const scores = new Float64Array(T);
    for (const f of features) {
      const row = weights.get(f);
      if (row) for (let t = 0; t < T; t++) scores[t] += row[t];
    }
    let best = 0;
    for (let t = 1; t < T; t++) {
      if (TAGS[t].startsWith('I-') && prev.slice(2) !== TAGS[t].slice(2)) continue;
      if (scores[t] > scores[best]) best = t;
    }
    const truth = TAGS.indexOf(tags[i]);
    if (best !== truth) {
      for (const f of features) {
        update(f, truth, 1);
        update(f, best, -1);
      }
    }
    guess.push(TAGS[best]);
  }
  return guess;
}

for (let epoch = 1; epoch <= epochs; epoch++) {
  for (const doc of shuffled(train, epoch)) {
    const memory = new Map();
    for (const { words, tags } of doc) {
      recall(memory, words);
      remember(memory, words, trainSentence(words, tags));
    }
  }
  const table = averaged();
  const { f1, perType } = score(dev, table);
  console.log(`epoch ${epoch}: eng.testa names F1 ${f1.toFixed(4)}  ${Object.entries(perType).map(([k, v]) => `${k} ${v.toFixed(3)}`).join('  ')}  (${Object.keys(table).length} features)`);
  if (epoch === epochs && !check) {
    const json = `{"weights":{\n${Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, row]) => `${JSON.stringify(f)}:[${row.join(',')}]`).join(',\n')}\n}}\n`;
    writeFileSync(OUT, json);
    console.log(`wrote ${OUT} (${(json.length / 1e6).toFixed(2)} MB)`);
  }
}
