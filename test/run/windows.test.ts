// A long text read in windows: the output is still one valid document whose
// spans point into the whole text.

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { DocumentFacts, ExtractOutput, Located } from '../../src/facts.js';
import { collectingRenderer, NOWHERE } from '../../src/library/collect.js';
import type { Output } from '../../src/io/output.js';
import { createRenderer, type Format } from '../../src/render/index.js';
import { run } from '../../src/run.js';
import { readHtml } from '../render/html-tree.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PARAGRAPHS = [
  (n: number) => `"We will reopen pier ${n} before the storms," said Harriet Quell, the harbour director of Lowmere.`,
  (n: number) => `The Brackwater council voted ${n + 5}-2 on Tuesday to approve the ferry levy.`,
  (n: number) => `Ivo Marrant, a fisherman, said the levy was unfair. Quell disagreed with Marrant.`,
];
const TEXT = Array.from({ length: 60 }, (_, n) => PARAGRAPHS[n % 3](n)).join('\n\n') + '\n';

function memoryOutput(): Output & { text: string } {
  return { text: '', closed: false, failure: null, async write(t) { this.text += t; }, async close() {} };
}

async function extract(format: Format, windowSize?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'extract-windows-'));
  const path = join(dir, 'long.txt');
  writeFileSync(path, TEXT);
  const kinds = ['quotes', 'entities', 'votes'] as const;
  const out = memoryOutput();
  const renderer = createRenderer(format, { kinds, allKinds: true, width: 100, colorLevel: 0 });
  const input = { extensions: ['txt'], maxBytes: 1e9, stdinName: '-', stdin: Readable.from([]) };
  const result = await run({ kinds, inputs: [path], input, windowSize }, renderer, out);
  return { text: out.text, result };
}

function located(doc: ExtractOutput['documents'][number]): Located[] {
  const all: Located[] = [];
  for (const q of doc.quotes ?? []) all.push(q, ...(q.speaker?.mention ? [q.speaker.mention] : []), ...(q.cue ? [q.cue] : []));
  for (const e of doc.entities ?? []) all.push(...e.mentions);
  for (const v of doc.votes ?? []) all.push(v);
  return all;
}

describe('a text read in windows', () => {
  it('is one JSON document with exact spans, unique entity ids and links that resolve', async () => {
    const { text, result } = await extract('json', 1000);
    const output = JSON.parse(text) as ExtractOutput;
    expect(output.documents).toHaveLength(1);
    const [doc] = output.documents;
    expect(result.documents).toBe(1);
    expect(doc.quotes!.filter((q) => q.kind === 'direct')).toHaveLength(20);
    expect(doc.quotes!.filter((q) => q.kind === 'indirect')).toHaveLength(20);
    expect(doc.votes!.length).toBe(20);
    const lines = TEXT.split('\n');
    for (const piece of located(doc)) {
      expect(TEXT.slice(piece.span.start, piece.span.end)).toBe(piece.text);
      expect(lines[piece.span.line - 1].slice(piece.span.column - 1)).toMatch(new RegExp(`^${piece.text.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    const ids = doc.entities!.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const q of doc.quotes!) if (q.speaker?.entity) expect(known.has(q.speaker.entity)).toBe(true);
    for (const v of doc.votes!) if (v.body_entity) expect(known.has(v.body_entity)).toBe(true);
  });

  it('finds, in windows, the quotations and votes it finds in the whole text', async () => {
    const whole = JSON.parse((await extract('json')).text) as ExtractOutput;
    const windowed = JSON.parse((await extract('json', 1000)).text) as ExtractOutput;
    const spans = (d: ExtractOutput, kind: 'quotes' | 'votes') => d.documents[0][kind]!.map((f) => [f.span.start, f.span.end]);
    expect(spans(windowed, 'quotes')).toEqual(spans(whole, 'quotes'));
    expect(spans(windowed, 'votes')).toEqual(spans(whole, 'votes'));
  });

  it('writes JSON Lines kind by kind, as for a whole text', async () => {
    const lines = (await extract('jsonl', 1000)).text.trim().split('\n').map((l) => JSON.parse(l) as { kind: string });
    const kinds = lines.map((l) => l.kind);
    const firstEntity = kinds.indexOf('entity');
    expect(kinds.slice(0, firstEntity).every((k) => k === 'quote')).toBe(true);
    expect(kinds.lastIndexOf('quote')).toBeLessThan(firstEntity);
    expect(kinds.indexOf('vote')).toBeGreaterThan(kinds.lastIndexOf('entity'));
    // One document line, after every fact, with the sums of the windows.
    expect(kinds.filter((k) => k === 'document')).toHaveLength(1);
    expect(kinds.at(-1)).toBe('document');
    const counts = (lines.at(-1) as unknown as { counts: Record<string, number> }).counts;
    expect(counts).toEqual({ quotes: kinds.filter((k) => k === 'quote').length, entities: kinds.filter((k) => k === 'entity').length, votes: kinds.filter((k) => k === 'vote').length });
  });

  it('is one HTML article with the whole text and the same marks as when read whole, its summary at its end', async () => {
    const whole = readHtml((await extract('html')).text);
    const windowed = readHtml((await extract('html', 1000)).text);
    expect(windowed.filter((e) => e.tag === 'article')).toHaveLength(1);
    const paragraphs = (elements: typeof whole) => elements.filter((e) => e.tag === 'p' && e.ancestors.at(-1) === 'div').map((e) => e.text);
    expect(paragraphs(windowed).join('\n\n')).toBe(paragraphs(whole).join('\n\n'));
    expect(paragraphs(windowed).join('\n\n').replace(/\n\n/g, '')).not.toBe('');
    // Quotations are numbered on across windows: Q1 … Qn, each marked once from its start.
    const quoted = (elements: typeof whole) => elements.filter((e) => e.attributes.id?.match(/^d1-q\d+$/)).map((e) => [e.attributes.id, e.text]);
    expect(quoted(windowed)).toEqual(quoted(whole));
    const ids = windowed.map((e) => e.attributes.id).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    const summary = (elements: typeof whole) => elements.find((e) => e.attributes.class?.startsWith('summary'))!;
    expect(summary(windowed).attributes.class).toBe('summary late');
    // Entities are counted per window (one name read in two windows is two entities), quotations and votes as read whole.
    const quotesAndVotes = (elements: typeof whole) => summary(elements).text.match(/\d+ quotes|\d+ votes/g);
    expect(quotesAndVotes(windowed)).toEqual(quotesAndVotes(whole));
  });

  it('is collected by the library as the one document the JSON holds', async () => {
    const json = JSON.parse((await extract('json', 1000)).text) as ExtractOutput;
    const documents: DocumentFacts[] = [];
    const path = join(mkdtempSync(join(tmpdir(), 'extract-windows-')), 'long.txt');
    writeFileSync(path, TEXT);
    const input = { extensions: ['txt'], maxBytes: 1e9, stdinName: '-', stdin: Readable.from([]) };
    const kinds = ['quotes', 'entities', 'votes'] as const;
    await run({ kinds, inputs: [path], input, windowSize: 1000 }, collectingRenderer(documents), NOWHERE);
    expect(documents).toEqual(json.documents.map((doc) => ({ ...doc, source: path })));
  });
});
