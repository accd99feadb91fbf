// A document with very many facts still makes one table: no stack overflow
// from spreading the rows into a call, and no layout that slows down with
// the square of the rows.

import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/facts.js';
import { createRenderer } from '../../src/render/index.js';

function quotes(count: number): Quote[] {
  const out: Quote[] = [];
  for (let i = 0; i < count; i++) {
    const text = `Statement ${i} of the day,`;
    out.push({
      text,
      span: { start: i * 40, end: i * 40 + text.length, line: i + 1, column: 2 },
      kind: 'direct',
      speaker: { name: 'Orla Penwick', type: 'person', mention: null, rule: 'speaker.entity' },
      cue: null,
      confidence: 0.9,
      rule: 'quote.after.cue-subject',
    });
  }
  return out;
}

function table(count: number): string[] {
  const renderer = createRenderer('table', { kinds: ['quotes'], allKinds: false, width: 100, colorLevel: 0 });
  return renderer.document({ source: 'long.txt', quotes: quotes(count) }).split('\n');
}

/** The lines of one box, checked whole: one top, one header, a separator between all rows, one bottom. */
function expectOneBox(lines: string[], rows: number): void {
  expect(lines[0]).toBe('long.txt');
  expect(lines.at(-1)).toBe('');
  const box = lines.slice(1, -1);
  expect(box).toHaveLength(1 + 1 + 1 + rows + (rows - 1) + 1);
  expect(box.filter((line) => line.startsWith('┌'))).toHaveLength(1);
  expect(box.filter((line) => line.startsWith('└'))).toHaveLength(1);
  expect(box[0].startsWith('┌')).toBe(true);
  expect(box.at(-1)!.startsWith('└')).toBe(true);
  const width = box[0].length;
  expect(box.every((line) => line.length === width)).toBe(true);
  const body = box.slice(3, -1);
  body.forEach((line, i) => expect(line.startsWith(i % 2 === 0 ? '│' : '├')).toBe(true));
  const numbers = body.filter((line) => line.startsWith('│')).map((line) => Number(/Statement (\d+)/.exec(line)?.[1]));
  expect(numbers).toEqual(numbers.map((_, i) => i));
}

describe('a long table', () => {
  it.each([1, 99, 100, 101, 250])('of %i rows is one box, rows in order', (rows) => {
    expectOneBox(table(rows), rows);
  });

  // About 15 s: cli-table3's time per cell, not a layout that grows faster than the rows.
  it('of 200,000 rows is drawn', { timeout: 180_000 }, () => {
    expectOneBox(table(200_000), 200_000);
  });
});
