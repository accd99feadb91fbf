// Outcomes and implied counts, following the voting body's rules.
import { describe, expect, it } from 'vitest';
import { deriveCounts, outcomeOf, type OutcomeInput } from '../../src/extract/votes/07-outcome.js';

const N = null;
const input = (over: Partial<OutcomeInput>): OutcomeInput => ({
  body: null,
  wording: [],
  counts: { for: N, against: N, abstain: N, absent: N },
  percent: { for: N, against: N, abstain: N },
  voters: { for: [], against: [], abstain: [] },
  unanimous: false,
  bodySize: N,
  membersOnly: false,
  headline: 'unknown',
  ...over,
});
const counts = (f: number | null, a: number | null = N, ab: number | null = N) => ({ for: f, against: a, abstain: ab, absent: N });
const UNSC = 'UN Security Council';

describe('deriveCounts', () => {
  it('fills the sides whose named voters complete the Security Council (13 + Russia + China = 15)', () => {
    const got = deriveCounts(input({ body: UNSC, wording: ['vetoed'], counts: counts(13), voters: { for: [], against: ['Russia'], abstain: ['China'] } }));
    expect(got).toEqual(counts(13, 1, 1));
  });

  it('counts a veto as one vote against when the rest of the council is accounted for', () => {
    const got = deriveCounts(input({ body: UNSC, wording: ['vetoed'], counts: counts(13, N, 1) }));
    expect(got).toEqual(counts(13, 1, 1));
  });

  it('leaves sides unknown when the named voters do not fill the body', () => {
    const got = deriveCounts(input({ body: UNSC, wording: ['vetoed'], counts: counts(12), voters: { for: [], against: ['Russia'], abstain: ['China'] } }));
    expect(got).toEqual(counts(12));
  });

  it('never fills a side nobody is named on', () => {
    expect(deriveCounts(input({ body: UNSC, counts: counts(14, 0), voters: { for: [], against: [], abstain: [] } }))).toEqual(counts(14, 0));
  });

  it('reads unanimity as none against, and all members for when the text gives their number', () => {
    expect(deriveCounts(input({ unanimous: true }))).toEqual(counts(N, 0));
    expect(deriveCounts(input({ unanimous: true, bodySize: 11 }))).toEqual(counts(11, 0));
  });

  it('guesses nothing for a body of unknown size', () => {
    expect(deriveCounts(input({ counts: counts(66, 27), voters: { for: [], against: ['Someone'], abstain: ['Other'] } }))).toEqual(counts(66, 27));
  });
});

describe('outcomeOf', () => {
  it.each([
    ['the wording decides first', input({ wording: ['rejected'], counts: counts(10, 5) }), 'rejected'],
    ['counts decide without wording', input({ counts: counts(219, 212) }), 'adopted'],
    ['a tie fails', input({ counts: counts(50, 50) }), 'rejected'],
    ['a majority share adopts', input({ percent: { for: 62.4, against: N, abstain: N } }), 'adopted'],
    ['a majority share against rejects', input({ percent: { for: N, against: 67, abstain: N } }), 'rejected'],
    ['a minority share says nothing', input({ percent: { for: 45, against: N, abstain: N } }), 'unknown'],
    ['unanimity adopts', input({ unanimous: true }), 'adopted'],
    ['some members voting says nothing of the result', input({ membersOnly: true }), 'unknown'],
    ['the headline fills in an unknown result', input({ headline: 'adopted' }), 'adopted'],
    ['Security Council: a veto', input({ body: UNSC, wording: ['vetoed'], counts: counts(13, 1, 1) }), 'vetoed'],
    ['Security Council: a permanent member against', input({ body: UNSC, counts: counts(13, 1, 1), voters: { for: [], against: ['Russia'], abstain: [] } }), 'vetoed'],
    ['Security Council: nine votes adopt', input({ body: UNSC, counts: counts(9, 2, 4) }), 'adopted'],
    ['Security Council: fewer than nine fail even with a majority', input({ body: UNSC, counts: counts(8, 2, 5) }), 'rejected'],
    ['Security Council: fewer than nine fail even with a permanent member against', input({ body: UNSC, counts: counts(7, 3, 5), voters: { for: [], against: ['China'], abstain: [] } }), 'rejected'],
  ])('%s', (_, given, outcome) => {
    expect(outcomeOf(given, deriveCounts(given))).toBe(outcome);
  });
});
