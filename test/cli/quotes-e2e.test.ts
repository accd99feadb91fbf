// Tiny inputs whose quotes are certain, run end to end through every format.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../render/parse-csv.js';
import { FIXTURES, runExtract, runJson, suiteTempDir } from './run-extract.js';

const SENTENCE = '“We will win,” said Jane Smith.';
const JANE = join(FIXTURES, 'quotes', 'jane-smith.txt');

const dir = suiteTempDir();

interface QuoteJson {
  text: string;
  span: { start: number; end: number; line: number; column: number };
  kind: string;
  speaker: { name: string; mention: { text: string } | null } | null;
  cue: { text: string } | null;
}

async function onlyQuote(file: string): Promise<QuoteJson> {
  const { json, code } = await runJson(['quotes', file]);
  expect(code).toBe(0);
  expect(json.documents).toHaveLength(1);
  const quotes = json.documents[0].quotes as QuoteJson[];
  expect(quotes).toHaveLength(1);
  return quotes[0];
}

describe('a one-sentence direct quote', () => {
  it('gives one direct quote by Jane Smith, cue "said", exit 0', async () => {
    const quote = await onlyQuote(JANE);
    expect(quote.text).toMatch(/^We will win,?$/);
    expect(quote.span).toMatchObject({ start: 1, line: 1, column: 2 });
    expect(quote.kind).toBe('direct');
    expect(quote.speaker?.name).toBe('Jane Smith');
    expect(quote.cue?.text).toBe('said');
  });

  it('after a BOM, offsets count from the first character of the text', async () => {
    await writeFile(join(dir.path, 'bom.txt'), `\ufeff${SENTENCE}\n`);
    const quote = await onlyQuote(join(dir.path, 'bom.txt'));
    expect(quote.span).toMatchObject({ start: 1, line: 1, column: 2 });
  });

  it('with CRLF line ends, offsets count both characters and lines stay right', async () => {
    const text = `Election night\r\n\r\n${SENTENCE}\r\n`;
    await writeFile(join(dir.path, 'crlf.txt'), text);
    const quote = await onlyQuote(join(dir.path, 'crlf.txt'));
    expect(quote.span).toMatchObject({ start: text.indexOf('We'), line: 3, column: 2 });
    expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.text);
  });

  it('reads the same from stdin', async () => {
    const { json } = await runJson(['quotes', '--stdin-filename', 'jane.txt'], { input: SENTENCE });
    expect(json.documents).toEqual([{ source: 'jane.txt', quotes: [expect.objectContaining({ kind: 'direct' })] }]);
  });

  it('shows in the table under its path, with speaker, kind and line:col', async () => {
    const result = await runExtract(['quotes', 'quotes/jane-smith.txt'], { cwd: FIXTURES });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('quotes/jane-smith.txt');
    expect(result.stdout).toMatch(/│ Jane Smith +│ We will win,? +│ direct +│ 1:2 +│/);
    expect(result.stderr).toBe('1 file, 1 quote, 0 errors\n');
  });

  it('is one JSON line, with its document line, and one CSV row', async () => {
    const jsonl = await runExtract(['quotes', JANE, '--format', 'jsonl']);
    const lines = jsonl.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toMatchObject({ kind: 'quote', source: JANE, quote_kind: 'direct', speaker: { name: 'Jane Smith' } });
    expect(JSON.parse(lines[1])).toEqual({ kind: 'document', source: JANE, counts: { quotes: 1 } });

    const csv = await runExtract(['quotes', JANE, '--format', 'csv']);
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((name, i) => [name, rows[0][i]]));
    expect(row).toMatchObject({ source: JANE, quote_kind: 'direct', start: '1', line: '1', column: '2', speaker: 'Jane Smith', cue: 'said' });
  });
});
