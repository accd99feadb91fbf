import { describe, expect, it } from 'vitest';
import { jsonAt, nestedJson, PIECE_CHARS } from '../../src/render/json-text.js';

/** What the JSON renderer wrote before: the pretty-printed value with every line indented `depth` levels. */
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

const joinedText = (rendered: string | Iterable<string>) => (typeof rendered === 'string' ? rendered : [...rendered].join(''));

describe('JSON text at a depth', () => {
  const samples: unknown[] = [
    { a: 1, b: [1, 2, { c: 'x\ny' }], d: [], e: {}, skipped: undefined, f: null },
    [],
    {},
    'text',
    7,
    null,
    [undefined, () => 1],
    { dated: new Date(0), nested: { toJSON: () => [1, { q: 2 }] } },
  ];

  it('prints a value as JSON.stringify indents it, at any depth', () => {
    for (const value of samples) for (let depth = 0; depth <= 5; depth++) expect(nestedJson(value, depth)).toBe(indented(value, depth));
  });

  it('prints a large value in pieces of bounded size with the same bytes', () => {
    const mention = (k: number) => ({ text: '$5', span: { start: 3 * k, end: 3 * k + 2, line: 1, column: 3 * k + 1 } });
    const entity = { id: 'e1', name: '$5', type: 'money', aliases: [], mentions: Array.from({ length: 5000 }, (_, k) => mention(k)), role: undefined, rule: 'entity.amount' };
    const document = { source: 'a.txt', quotes: [], entities: [entity, { ...entity, id: 'e2', mentions: [mention(1)] }] };
    const rendered = jsonAt(',\n    ', document, 2);
    expect(typeof rendered).not.toBe('string');
    const pieces = [...rendered];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(2 * PIECE_CHARS);
    expect(pieces.join('')).toBe(`,\n    ${indented(document, 2)}`);
  });

  it('gives a small value as one string', () => {
    expect(jsonAt('[', { a: [1, 2] }, 1)).toBe(`[${indented({ a: [1, 2] }, 1)}`);
    expect(joinedText(jsonAt('', [[1, [2, undefined]]], 3))).toBe(indented([[1, [2, undefined]]], 3));
  });
});
