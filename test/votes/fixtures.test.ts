// Vote fixtures: each folder of test/fixtures/votes holds an input.txt and an
// expected.json written by hand from reading the input: the votes in text
// order, each with its evidence text and the fields that matter for it
// (counts, shares, voters, body, subject, date, outcome, rule). Links to
// entities are written as the names of the entities they point at
// (`entity_names`: body, for, against, abstain; null where a voter has no
// entity), so a fixture says which entity, not which id the entity pass gave.
// Folders named `not-*` hold text that looks like votes and is not: they
// expect [].

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Vote } from '../../src/facts.js';
import { extractVotes } from '../../src/extract/votes/index.js';
import { VOTE_RULES } from '../../src/extract/votes/rules.js';
import { readingOf } from '../../src/reading/index.js';
import { createDocument } from '../../src/text/document.js';

interface EntityNames {
  body: string | null;
  for: Array<string | null>;
  against: Array<string | null>;
  abstain: Array<string | null>;
}

type ExpectedVote = Partial<Omit<Vote, 'span' | 'confidence'>> & { text: string; entity_names?: EntityNames };

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
      const reading = readingOf(createDocument(`${name}/input.txt`, text));
      const votes = extractVotes(reading);
      const nameOf = (id: string | null) => (id === null ? null : (reading.entities.find((e) => e.id === id)?.name ?? `missing ${id}`));
      const entityNames = (v: Vote): EntityNames => ({
        body: nameOf(v.body_entity),
        for: v.voter_entities.for.map(nameOf),
        against: v.voter_entities.against.map(nameOf),
        abstain: v.voter_entities.abstain.map(nameOf),
      });

      for (const vote of votes) {
        expect(text.slice(vote.span.start, vote.span.end)).toBe(vote.text);
        expect(Object.keys(VOTE_RULES)).toContain(vote.rule);
      }
      expect(votes.map((v) => v.text)).toEqual(expected.map((e) => e.text));
      expected.forEach((want, i) => {
        const got = votes[i];
        for (const [key, value] of Object.entries(want)) {
          const actual = key === 'entity_names' ? entityNames(got) : got[key as keyof Vote];
          expect({ vote: i, field: key, value: actual }).toEqual({ vote: i, field: key, value });
        }
        // every named voter has a link, or null, in the same place
        for (const side of ['for', 'against', 'abstain'] as const) expect(got.voter_entities[side].length).toBe(got.voters[side].length);
      });
    });
  }
});
