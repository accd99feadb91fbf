#!/usr/bin/env node
// Counts the quotation speakers of a folder of articles by type, to see how
// often the tool names a speaker a reader would accept. It asserts nothing.
// Build first (`npm run build`).
//
//   node scripts/speaker-types.mjs [folder] [--list TYPE] [--help]
//
//   folder       articles (*.txt, read recursively; default ../shared/corpora/wikinews)
//   --list TYPE  also print each quotation whose speaker has this type
//                (person, organization, group, place, unknown, or none for no speaker):
//                the speaker's name, rule and the words around its mention
//
// Prints one line per type, then the total, e.g. `place 0`, `unknown 65`.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failWith, helpFromHead } from './script-cli.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = ['person', 'organization', 'group', 'place', 'unknown', 'none'];

const fail = failWith('speaker-types');
const args = process.argv.slice(2);
helpFromHead(import.meta.url, args);
let folder = join(ROOT, '..', 'shared', 'corpora', 'wikinews');
let list = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--list') {
    list = args[++i];
    if (!TYPES.includes(list)) fail(`--list takes one of ${TYPES.join(', ')} (got ${list ?? 'nothing'})`);
  } else if (args[i].startsWith('-')) fail(`unknown flag ${args[i]} (see --help)`);
  else folder = args[i];
}
if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`no such folder: ${folder}`);
const built = join(ROOT, 'dist', 'extract', 'index.js');
if (!existsSync(built)) fail('dist/ is missing: run `npm run build` first');
const { extractFacts } = await import(built);
const { createDocument } = await import(join(ROOT, 'dist', 'text', 'document.js'));

/** The .txt files under `dir`, in a fixed order. */
function articles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...articles(path));
    else if (entry.isFile() && entry.name.endsWith('.txt')) out.push(path);
  }
  return out;
}

const counts = Object.fromEntries(TYPES.map((t) => [t, 0]));
let total = 0;
for (const path of articles(folder)) {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const { quotes } = extractFacts(createDocument(path, text), ['quotes']);
  for (const quote of quotes) {
    const type = quote.speaker?.type ?? 'none';
    counts[type]++;
    total++;
    if (type !== list) continue;
    const at = quote.speaker?.mention?.span.start ?? quote.span.start;
    const around = text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ');
    console.log(`${quote.speaker?.name ?? '-'} | ${quote.speaker?.rule ?? quote.rule} | ${around}`);
  }
}
if (list) console.log('');
for (const type of TYPES) console.log(`${type.padEnd(12)} ${counts[type]}`);
console.log(`${'quotations'.padEnd(12)} ${total}`);
