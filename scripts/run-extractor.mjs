#!/usr/bin/env node
// Runs the built entity extractor over a folder the way the scorer calls the
// CLI, for measuring entities on their own:
//
//   node scripts/run-extractor.mjs all <folder> --format json
//
// Every .txt file below <folder>, recursively and in sorted order, becomes one
// document; the output is the extract/v1 JSON with entities only. Build first
// with `npx tsc -p .`.

import fs from 'node:fs';
import path from 'node:path';
import { createDocument } from '../dist/text/document.js';
import { extractEntities } from '../dist/extract/entities/index.js';

const [, , , folder] = process.argv;
if (!folder) {
  process.stderr.write('usage: node scripts/run-extractor.mjs all <folder> --format json\n');
  process.exit(2);
}

function walk(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.name.endsWith('.txt')) out.push(full);
  }
  return out;
}

const documents = [];
for (const file of walk(folder)) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const doc = createDocument(path.join(folder, path.relative(folder, file)), text);
  documents.push({ source: doc.source, entities: extractEntities(doc) });
}
process.stdout.write(JSON.stringify({ schema: 'extract/v1', documents, errors: [] }) + '\n');
