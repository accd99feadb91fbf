// Property-based fuzzing of the whole extraction, in process: arbitrary
// Unicode and random mixes of the things news text is made of. A fixed seed
// and a bounded number of runs keep the suite stable; a counterexample the
// fuzzer finds becomes a fixture of its own.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { createDocument } from '../../src/text/document.js';

const KINDS = ['quotes', 'entities', 'votes'] as const;

/** Pieces news text is made of, and the characters that break naive code. */
const PIECES = [
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\f', '\t', '\u0000', '\u200b', '\u200f', '\u202e', '\u0301', '\ufffd', '😀', '𝔸',
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', "''", '—', '–', '-', ':', ',', '.', '...', '(', ')', '%', '$',
  'said', 'says', 'told', 'according to', 'voted', 'vetoed', 'abstaining', 'in favour', 'against', '13', '1,051', '2024', 'May 3',
  'Mr.', 'Dr.', 'U.S.', 'Inc.', 'Ana', 'Lind', 'Kestrel', 'Council', 'Ruritania', 'the', 'and', 'he', 'she', 'they', 'it',
];

const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const text = fc.oneof(newsLike, anyText, fc.tuple(newsLike, anyText, newsLike).map((t) => t.join('')));

/** Every object in the facts that has a text and a span. */
function located(value: unknown, out: Array<{ text: string; span: { start: number; end: number } }> = []) {
  if (Array.isArray(value)) for (const v of value) located(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && o.span && typeof o.span === 'object') out.push(o as never);
    for (const v of Object.values(o)) located(v, out);
  }
  return out;
}

const run = (source: string) => extractFacts(createDocument('fuzz.txt', source), KINDS);
const OPTIONS = { seed: 20261202, numRuns: 1000 };

describe('extraction on arbitrary text', () => {
  it('never throws; every span is exact and inside the text; the JSON parses; the same text gives the same bytes', () => {
    fc.assert(
      fc.property(text, (source) => {
        const facts = run(source);
        for (const { text: t, span } of located(facts)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(source.length);
          expect(t).toBe(source.slice(span.start, span.end));
        }
        const json = JSON.stringify(facts);
        expect(() => JSON.parse(json)).not.toThrow();
        expect(JSON.stringify(run(source))).toBe(json);
      }),
      OPTIONS,
    );
  });

  it('a paragraph added after a text leaves the quotations found in it where they were', () => {
    const plainParagraph = newsLike.map((t) => `Note ${t.replace(/^[\s"“”‘’'«»„]+/, '')}`);
    fc.assert(
      fc.property(newsLike, plainParagraph, (first, second) => {
        const alone = run(first).quotes ?? [];
        const joined = (run(`${first}\n\n${second}`).quotes ?? []).filter((q) => q.span.end <= first.length);
        const shape = (qs: typeof alone) => qs.map((q) => [q.kind, q.span.start, q.span.end]);
        expect(shape(joined)).toEqual(shape(alone));
      }),
      { ...OPTIONS, numRuns: 400 },
    );
  });
});
