// Vote fixtures: each folder of test/fixtures/votes holds an input.txt and an
// expected.json written by hand from reading the input: the votes in text
// order, each with its evidence text and the fields that matter for it
// (counts, shares, voters, body, subject, date, outcome). Folders named
// `not-*` hold text that looks like votes and is not: they expect [].

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Vote } from '../../src/facts.js';
import { extractVotes } from '../../src/extract/votes/index.js';
import { readingOf } from '../../src/reading/index.js';
import { createDocument } from '../../src/text/document.js';

type ExpectedVote = Partial<Omit<Vote, 'span' | 'confidence'>> & { text: string };

const root = fileURLToPath(new URL('../fixtures/votes/', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('vote fixtures', () => {
  it('has fixtures for votes and for look-alikes', () => {
    expect(cases.filter((c) => c.startsWith('not-')).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => !c.startsWith('not-')).length).toBeGreaterThanOrEqual(20);
  });

  for (const name of cases) {
    it(name, () => {
      const text = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as ExpectedVote[];
      const votes = extractVotes(readingOf(createDocument(`${name}/input.txt`, text)));

      for (const vote of votes) expect(text.slice(vote.span.start, vote.span.end)).toBe(vote.text);
      expect(votes.map((v) => v.text)).toEqual(expected.map((e) => e.text));
      expected.forEach((want, i) => {
        const got = votes[i];
        for (const [key, value] of Object.entries(want)) {
          expect({ vote: i, field: key, value: got[key as keyof Vote] }).toEqual({ vote: i, field: key, value });
        }
      });
    });
  }
});
