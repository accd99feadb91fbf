// The per-record JSON Lines renderer (`--input jsonl`): one line per record.

import { describe, expect, it } from 'vitest';
import type { DocumentFacts, FactKind } from '../../src/facts.js';
import { createRenderer, type RenderOptions } from '../../src/render/index.js';
import { sampleFacts } from './facts.js';

const options = (kinds: FactKind[], records = true): RenderOptions => ({ kinds, allKinds: kinds.length > 1, width: 100, colorLevel: 0, records });
const ALL: FactKind[] = ['quotes', 'entities', 'votes'];

describe('records renderer', () => {
  const renderer = createRenderer('jsonl', options(ALL));
  const facts = sampleFacts('17');

  it('writes one line: the id as given, the record’s other fields, then each kind’s facts as in the JSON output', () => {
    const out = renderer.document(facts, { record: { id: 17, lang: 'en', meta: { page: 3 } } });
    expect(out.endsWith('\n')).toBe(true);
    expect(out.slice(0, -1)).not.toContain('\n');
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['id', 'lang', 'meta', 'quotes', 'entities', 'votes']);
    expect(parsed).toEqual({ id: 17, lang: 'en', meta: { page: 3 }, quotes: facts.quotes, entities: facts.entities, votes: facts.votes });
  });

  it('writes the line even when nothing is found, with only the asked-for kinds', () => {
    const quotesOnly = createRenderer('jsonl', options(['quotes']));
    expect(quotesOnly.document({ source: 'b', quotes: [] }, { record: { id: 'b' } })).toBe('{"id":"b","quotes":[]}\n');
  });

  it('gives id null to a record without one', () => {
    const out = createRenderer('jsonl', options(['votes'])).document({ source: 'in.jsonl:4', votes: [] }, { record: { x: 1 } });
    expect(out).toBe('{"id":null,"x":1,"votes":[]}\n');
  });

  it('a record field named like an asked-for kind gives way to the facts', () => {
    const out = createRenderer('jsonl', options(['quotes'])).document({ source: '1', quotes: [] }, { record: { id: 1, quotes: 'old', votes: 2 } });
    expect(out).toBe('{"id":1,"votes":2,"quotes":[]}\n');
  });

  it('escapes U+2028 and U+2029, wherever they are', () => {
    const out = renderer.document({ source: 'x', quotes: [], entities: [], votes: [] }, { record: { id: 'a\u2028b', note: 'c\u2029d' } });
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(out)).toMatchObject({ id: 'a\u2028b', note: 'c\u2029d' });
  });

  it('a failed record gives its error line, with its id if it has one', () => {
    const error = { source: 'in.jsonl:3', code: 'BAD_RECORD', message: 'no "text" field' };
    expect(renderer.inputError?.(error, { record: { id: 'k9', other: 1 }, line: 3 })).toBe(
      '{"id":"k9","error":{"code":"BAD_RECORD","message":"no \\"text\\" field"},"line":3}\n',
    );
    expect(renderer.inputError?.({ ...error, message: 'not valid JSON' }, { line: 8 })).toBe(
      '{"id":null,"error":{"code":"BAD_RECORD","message":"not valid JSON"},"line":8}\n',
    );
  });

  it('whole-input errors (no line) and the end write nothing: they go to stderr', () => {
    const missing = { source: 'gone.jsonl', code: 'ENOENT', message: 'no such file or directory' };
    expect(renderer.inputError?.(missing)).toBe('');
    expect(renderer.start() + renderer.end([missing])).toBe('');
  });

  it('a document written in windows gives the same single line as written whole', () => {
    const record = { id: 'long', src: 'wire' };
    const first: DocumentFacts = { source: 'long', quotes: [facts.quotes[0]], entities: [facts.entities[0]], votes: [] };
    const second: DocumentFacts = { source: 'long', quotes: [facts.quotes[1]], entities: [facts.entities[1]], votes: facts.votes };
    const parts = renderer.parts!('long', { record });
    // As the run writes them: the first kind window by window, then each later kind's windows.
    let out = parts.open() + parts.kind('quotes', first) + parts.kind('quotes', second) + parts.closeKind('quotes');
    for (const kind of ['entities', 'votes'] as const) out += parts.kind(kind, first) + parts.kind(kind, second) + parts.closeKind(kind);
    out += parts.close();
    expect(out).toBe(renderer.document(facts, { record }));
  });

  it('is chosen for jsonl only with records; plain jsonl stays one line per fact, then the document line', () => {
    const plain = createRenderer('jsonl', options(['quotes'], false)).document(facts, { record: { id: 17 } });
    expect(plain.trimEnd().split('\n').map((line) => JSON.parse(line).kind)).toEqual(['quote', 'quote', 'document']);
    expect(createRenderer('json', options(['quotes'])).inputError).toBeUndefined();
  });
});
