// `--explain` on the bundled sample articles: the table shows, for every
// quote, the rule that named its speaker and the rule that found it.

import { beforeAll, describe, expect, it } from 'vitest';
import { runExtract, runJson } from './run-extract.js';

interface QuoteJson {
  rule: string;
  speaker: { name: string; rule: string; entity?: string } | null;
}

const WIDE = { env: { COLUMNS: '200' } };

/** The first column of each body row of every document's quotes table, its lines trimmed. */
function speakerCells(table: string): string[][] {
  const tables = table.match(/^Quotes \(\d+\)\n(?:[┌│├└].*\n)+/gm) ?? [];
  const rows = tables.flatMap((quotes) => quotes.split(/^[├└].*$/m).slice(1, -1));
  return rows.map((row) =>
    row
      .split('\n')
      .filter((line) => line.startsWith('│'))
      .map((line) => line.split('│')[1].trim())
      .filter((line) => line),
  );
}

describe('extract all --explain seeds/', () => {
  let quotes: QuoteJson[];
  let explained: string;
  beforeAll(async () => {
    const { json } = await runJson(['all', 'seeds/']);
    quotes = json.documents.flatMap((doc) => doc.quotes as QuoteJson[]);
    const result = await runExtract(['all', '--explain', 'seeds/'], WIDE);
    expect(result.code).toBe(0);
    explained = result.stdout;
  });

  it('shows under each speaker the rule that named it, its entity, and the quote\'s rule', () => {
    const cells = speakerCells(explained);
    expect(quotes.length).toBeGreaterThan(10);
    expect(cells).toHaveLength(quotes.length);
    quotes.forEach((quote, i) => {
      const speaker = quote.speaker;
      const expected = speaker ? [speaker.entity ? `${speaker.rule} → ${speaker.entity}` : speaker.rule, quote.rule] : [quote.rule];
      expect(cells[i].slice(-expected.length)).toEqual(expected);
    });
  });

  it('shows no rules without --explain', async () => {
    const plain = (await runExtract(['all', 'seeds/'], WIDE)).stdout;
    const cells = speakerCells(plain);
    expect(cells).toHaveLength(quotes.length);
    expect(plain).not.toMatch(/\b(speaker|quote|entity|vote)\.[a-z-]+/);
  });
});
