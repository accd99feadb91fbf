#!/usr/bin/env node
// Hostile inputs: texts built to make a rule's cost grow faster than the text
// (long runs of digits, titles, capitalised words, vote sentences, "X and"
// chains, amounts, full stops, stray quote marks). Generated, never committed:
// the same kind and size give the same bytes.
//
//   node scripts/hostile-inputs.mjs <folder> [--size BYTES] [--kinds a,b,…]
//
// Writes one file per kind, `<kind>.txt`, of about --size bytes (default 262144)
// into <folder>. Imported, `hostileText(kind, bytes)` returns the text.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A small fixed pseudo-random generator, so the texts are the same on every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function capitalisedWords(bytes) {
  const next = random(7);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = '';
  while (out.length < bytes) {
    const n = 3 + Math.floor(next() * 7);
    let word = letters[Math.floor(next() * 26)].toUpperCase();
    for (let k = 1; k < n; k++) word += letters[Math.floor(next() * 26)];
    out += `${word} `;
  }
  return out;
}

const REPEATED = {
  digits: '7',
  titles: 'Mr. Dr. U.S. Inc. ',
  vetoes: 'Ruritania vetoed the draft, which won 11 votes in favour with two abstentions. ',
  'name-chains': 'Tarnow and ',
  amounts: '$5 ',
  'full-stops': '.',
  'stray-quotes': 'He said "yes and \u201cno\u201d or \u2018maybe said the officials "',
  'said-lines': 'Ana Lind said that the council would meet. ',
};

export const HOSTILE_KINDS = [...Object.keys(REPEATED), 'capitalised-words'];

/** A hostile text of the given kind, `bytes` long (ASCII, so bytes are characters). */
export function hostileText(kind, bytes) {
  if (kind === 'capitalised-words') return capitalisedWords(bytes).slice(0, bytes);
  const unit = REPEATED[kind];
  if (!unit) throw new Error(`unknown kind ${kind}`);
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const folder = args.find((a, i) => !a.startsWith('--') && !['--size', '--kinds'].includes(args[i - 1]));
  if (!folder) {
    console.error('hostile-inputs: give a folder to write into (see the head of this file)');
    process.exit(2);
  }
  const size = Number(option('--size', 262144));
  const kinds = option('--kinds', HOSTILE_KINDS.join(',')).split(',');
  mkdirSync(folder, { recursive: true });
  for (const kind of kinds) writeFileSync(join(folder, `${kind}.txt`), hostileText(kind, size));
}
