// Vote articles: invented news articles, each annotated by hand in the gold
// layout of the evaluation (articles/NAME.txt beside gold/NAME.gold.json:
// the votes with their evidence, counts, named voters and outcome, and the
// passages that look like votes and are not). They cover ballots outside
// legislatures, second measures, courts, confidence votes, qualified
// majorities, regional shares, unanimity and near-misses, in many house
// styles. Read as the scorer reads them: a vote is found when its span
// overlaps the gold evidence.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Vote } from '../../src/facts.js';
import { extractVotes } from '../../src/extract/votes/index.js';
import { readingOf } from '../../src/reading/index.js';
import { createDocument } from '../../src/text/document.js';

interface GoldVote {
  evidence: string;
  optional?: boolean;
  for: number | null;
  against: number | null;
  abstain: number | null;
  outcome: Vote['outcome'];
  for_names?: string[];
  against_names?: string[];
  abstain_names?: string[];
}

interface Gold {
  file: string;
  votes: GoldVote[];
  not_votes: string[];
}

const root = fileURLToPath(new URL('../fixtures/vote-articles/', import.meta.url));
const golds = readdirSync(join(root, 'gold'))
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(root, 'gold', f), 'utf8')) as Gold);

const SIDES = ['for', 'against', 'abstain'] as const;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const rangeOf = (text: string, passage: string) => {
  const start = text.indexOf(passage);
  expect(start, `gold passage not in the article: ${passage}`).toBeGreaterThanOrEqual(0);
  return { start, end: start + passage.length };
};
/** Names agree when every word of the shorter is in the longer ("Marren", "Lady Justice Marren"). */
const words = (name: string) => name.toLowerCase().replace(/[.'’]/g, '').split(/\s+/);
const agree = (a: string, b: string) => {
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  return short.every((w) => long.includes(w));
};

describe('vote articles', () => {
  it('cover every kind of ballot in many articles', () => {
    expect(golds.length).toBeGreaterThanOrEqual(40);
    expect(golds.flatMap((g) => g.votes).filter((v) => !v.optional).length).toBeGreaterThanOrEqual(90);
  });

  for (const gold of golds) {
    it(gold.file, () => {
      const text = readFileSync(join(root, 'articles', gold.file), 'utf8');
      const votes = extractVotes(readingOf(createDocument(gold.file, text)));
      const matched = new Set<Vote>();
      for (const want of gold.votes) {
        const evidence = rangeOf(text, want.evidence);
        const got = votes.find((v) => !matched.has(v) && overlaps(v.span, evidence));
        if (!got) {
          expect(want.optional ?? false, `not found: ${want.evidence}`).toBe(true);
          continue;
        }
        matched.add(got);
        if (want.optional) continue;
        const at = `${want.evidence.slice(0, 60)}…`;
        expect({ at, for: got.counts.for, against: got.counts.against, abstain: got.counts.abstain, outcome: got.outcome }).toEqual({
          at,
          for: want.for,
          against: want.against,
          abstain: want.abstain,
          outcome: want.outcome,
        });
        // no voter on a side the article does not put them on
        for (const side of SIDES) {
          const named = want[`${side}_names`] ?? [];
          for (const voter of got.voters[side]) expect({ at, side, voter, known: named.some((n) => agree(n, voter)) }).toEqual({ at, side, voter, known: true });
        }
      }
      // every vote reported is one the article reports, and none touches a look-alike
      for (const vote of votes) expect(matched.has(vote), `not a vote: ${vote.text}`).toBe(true);
      for (const passage of gold.not_votes) {
        const range = rangeOf(text, passage);
        for (const vote of votes) expect(overlaps(vote.span, range), `a vote on "${passage}"`).toBe(false);
      }
    });
  }
});
