import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import { sampleFacts } from './facts.js';

describe('jsonl renderer', () => {
  const renderer = createRenderer('jsonl', { kinds: ['quotes', 'entities', 'votes'], allKinds: true, width: 100, colorLevel: 0 });
  const facts = sampleFacts();
  const out =
    renderer.start() + renderer.document(facts) + renderer.document({ source: 'empty.txt', quotes: [] }) +
    renderer.end([{ source: 'gone.txt', code: 'ENOENT', message: 'missing' }]);

  it('writes one line per fact then per error, no blank lines', () => {
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.map((line) => JSON.parse(line).kind)).toEqual(['quote', 'quote', 'entity', 'entity', 'vote', 'error']);
  });

  it('keeps each fact whole, with its source, under a `kind` tag; a quote keeps its own kind as quote_kind', () => {
    const [first, , entity, , vote, error] = out.trimEnd().split('\n').map((line) => JSON.parse(line));
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
    expect(JSON.parse(line).source).toBe('x\u2028y\u2029z.txt');
  });
});
