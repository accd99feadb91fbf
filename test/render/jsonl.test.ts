import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import { sampleFacts } from './facts.js';

describe('jsonl renderer', () => {
  const renderer = createRenderer('jsonl', { kinds: ['quotes', 'entities', 'votes'], allKinds: true, width: 100, colorLevel: 0 });
  const facts = sampleFacts();
  const out =
    renderer.start() + renderer.document(facts) + renderer.document({ source: 'empty.txt', quotes: [] }) +
    renderer.end([{ source: 'gone.txt', code: 'ENOENT', message: 'missing' }]);

  it('writes one line per fact, a document line after each document\'s facts, then one per error, no blank lines', () => {
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(8);
    expect(lines.map((line) => JSON.parse(line).kind)).toEqual(['quote', 'quote', 'entity', 'entity', 'vote', 'document', 'document', 'error']);
  });

  it('accounts for every document read, with its counts of each asked-for kind, 0 included', () => {
    const documents = out.trimEnd().split('\n').map((line) => JSON.parse(line)).filter((value) => value.kind === 'document');
    expect(documents).toEqual([
      { kind: 'document', source: 'news/a.txt', counts: { quotes: 2, entities: 2, votes: 1 } },
      { kind: 'document', source: 'empty.txt', counts: { quotes: 0, entities: 0, votes: 0 } },
    ]);
  });

  it('writes a document read in windows as one: its facts as they come, then one document line with the sums', () => {
    const windowed = createRenderer('jsonl', { kinds: ['quotes', 'votes'], allKinds: true, width: 100, colorLevel: 0 });
    const parts = windowed.parts!('long.txt');
    const text =
      parts.open() + parts.kind('quotes', facts) + parts.kind('quotes', { source: 'long.txt', quotes: [] }) + parts.kind('quotes', facts) +
      parts.closeKind('quotes') + parts.kind('votes', facts) + parts.closeKind('votes') + parts.close();
    const values = text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(values.map((value) => value.kind)).toEqual(['quote', 'quote', 'quote', 'quote', 'vote', 'document']);
    expect(values.every((value) => value.source === 'long.txt')).toBe(true);
    expect(values.at(-1)).toEqual({ kind: 'document', source: 'long.txt', counts: { quotes: 4, votes: 1 } });
  });

  it('keeps each fact whole, with its source, under a `kind` tag; a quote keeps its own kind as quote_kind', () => {
    const [first, , entity, , vote, , , error] = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    const { kind, ...quote } = facts.quotes[0];
    expect(first).toEqual({ kind: 'quote', source: 'news/a.txt', quote_kind: kind, ...quote });
    expect(entity).toEqual({ kind: 'entity', source: 'news/a.txt', ...facts.entities[0] });
    expect(vote).toEqual({ kind: 'vote', source: 'news/a.txt', ...facts.votes[0] });
    expect(error).toEqual({ kind: 'error', source: 'gone.txt', code: 'ENOENT', message: 'missing' });
  });

  it('escapes line and paragraph separators so no reader splits a line', () => {
    const line = createRenderer('jsonl', { kinds: ['quotes'], allKinds: false, width: 100, colorLevel: 0 }).document({
      source: 'x\u2028y\u2029z.txt',
      quotes: [facts.quotes[0]],
    });
    expect(line).not.toMatch(/[\u2028\u2029]/);
    for (const each of line.trimEnd().split('\n')) expect(JSON.parse(each).source).toBe('x\u2028y\u2029z.txt');
  });
});
