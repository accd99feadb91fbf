// CSV that is safe to open in a spreadsheet: quoted words that would start a
// formula are written as text, and --bom marks the file as UTF-8.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../render/parse-csv.js';
import { runExtract, runJson, tempDir } from './run-extract.js';

let dir: { path: string; remove: () => Promise<void> };
let article: string;

// Invented quotes that start with each character a spreadsheet reads as a formula.
const TEXT = [
  '"=1+2 is the whole sum of it," said Orla Fenwick, the treasurer of Brenmoor.',
  '"+1 for the ferry," said Tobiah Quill, the harbour master.',
  '"-5 degrees will not stop the ferry," said Wendeline Ortolan.',
  '"@everyone should vote," said Renata Szabelski.',
].join('\n\n');

beforeAll(async () => {
  dir = await tempDir();
  article = join(dir.path, 'formulas.txt');
  await writeFile(article, `${TEXT}\n`);
});
afterAll(async () => {
  await dir.remove();
});

describe('csv cells that would start a formula', () => {
  it('begin with a single quote in CSV, while JSON keeps the exact text', async () => {
    const { json } = await runJson(['quotes', article]);
    const texts = (json.documents[0].quotes as Array<{ text: string }>).map((quote) => quote.text);
    expect(texts.map((text) => text[0])).toEqual(['=', '+', '-', '@']);

    const csv = await runExtract(['quotes', article, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const [header, ...rows] = parseCsv(csv.stdout);
    const cells = rows.map((row) => row[header.indexOf('text')]);
    expect(cells).toEqual(texts.map((text) => `'${text}`));
    // Numbers stay numbers; no other cell starts a formula.
    for (const row of rows) {
      expect(row[header.indexOf('start')]).toMatch(/^\d+$/);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('--bom', () => {
  it('starts CSV with a UTF-8 byte-order mark, once', async () => {
    const plain = await runExtract(['quotes', article, '--format', 'csv']);
    const marked = await runExtract(['quotes', article, '--format', 'csv', '--bom']);
    expect(marked.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(marked.stdoutBytes.subarray(3).equals(plain.stdoutBytes)).toBe(true);
    expect(plain.stdoutBytes[0]).not.toBe(0xef);
  });

  it('goes with --format csv only', async () => {
    for (const format of ['json', 'jsonl', 'table']) {
      const result = await runExtract(['quotes', article, '--format', format, '--bom']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^error: --bom goes with --format csv, not ${format}$`, 'm'));
      expect(result.stdout).toBe('');
    }
  });
});
