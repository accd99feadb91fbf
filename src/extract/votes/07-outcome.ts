// Step 7: the outcome, and the counts the text implies without stating
// them. The wording decides first ("vetoed", "rejected", "voted to"), then
// the counts or shares, then the headline. Bodies with known rules apply
// them: the UN Security Council has 15 members and adopts with nine votes
// unless a permanent member votes against (a veto).

import { PERMANENT_MEMBERS } from './lexicon.js';
import type { Outcome, Side, SideCounts, SidePercents } from './types.js';

const SECURITY_COUNCIL_SIZE = 15;
const SECURITY_COUNCIL_MAJORITY = 9;
const PERMANENT = new RegExp(`^(?:${PERMANENT_MEMBERS})$`);

export interface OutcomeInput {
  body: string | null;
  /** Polarity of each statement, evidence first. */
  wording: Outcome[];
  counts: SideCounts;
  percent: SidePercents;
  voters: Record<Side, string[]>;
  unanimous: boolean;
  bodySize: number | null;
  /** Only some members' votes are reported ("one of the councillors who opposed it"). */
  membersOnly: boolean;
  headline: Outcome;
  /** The share of the votes the measure needs when the text says it needs more than a majority (2/3, 0.75), else null. */
  threshold: number | null;
  /** The number of votes the text says the measure needs ("the 82 votes it needed"), else null. */
  votesNeeded?: number | null;
}

export function isSecurityCouncil(body: string | null): boolean {
  return body === 'UN Security Council';
}

/** Counts with what the text implies filled in. */
export function deriveCounts(input: OutcomeInput): SideCounts {
  const counts = { ...input.counts };
  const size = input.bodySize ?? (isSecurityCouncil(input.body) ? SECURITY_COUNCIL_SIZE : null);
  if (input.unanimous) {
    counts.against ??= 0;
    if (size !== null && counts.for === null && input.bodySize !== null) counts.for = size;
  }
  const vetoed = input.wording.includes('vetoed');
  if (size === null || counts.for === null) return counts;
  // Each unknown side has at least as many votes as it has named voters (one for a veto);
  // when those least numbers fill the body, they are the counts.
  const least: Record<Side, number> = {
    for: counts.for,
    against: counts.against ?? Math.max(input.voters.against.length, vetoed ? 1 : 0),
    abstain: counts.abstain ?? input.voters.abstain.length,
  };
  // Only sides the text gives evidence of are filled: an unnamed side stays unknown.
  if (least.for + least.against + least.abstain + (counts.absent ?? 0) === size) {
    if (least.against > 0) counts.against ??= least.against;
    if (least.abstain > 0) counts.abstain ??= least.abstain;
  }
  return counts;
}

export function outcomeOf(input: OutcomeInput, counts: SideCounts): Outcome {
  if (isSecurityCouncil(input.body)) {
    const permanentAgainst = input.voters.against.some((v) => PERMANENT.test(v));
    if (input.wording.includes('vetoed') || (permanentAgainst && (counts.for ?? 0) >= SECURITY_COUNCIL_MAJORITY)) return 'vetoed';
    if (counts.for !== null) return counts.for >= SECURITY_COUNCIL_MAJORITY ? 'adopted' : 'rejected';
  }
  const worded = input.wording.find((w) => w !== 'unknown');
  if (worded) return worded;
  // a measure that needs more than a majority ("requires two-thirds") may lose with more votes for it
  if (counts.for !== null && input.votesNeeded) return counts.for >= input.votesNeeded ? 'adopted' : 'rejected';
  if (counts.for !== null && counts.against !== null) {
    const share = counts.for / (counts.for + counts.against);
    return (input.threshold ? share >= input.threshold : share > 0.5) ? 'adopted' : 'rejected';
  }
  if (input.percent.for !== null && input.threshold) return input.percent.for >= input.threshold * 100 ? 'adopted' : 'rejected';
  if (input.percent.for !== null && input.percent.for > 50) return 'adopted';
  if (input.percent.against !== null && input.percent.against > 50) return 'rejected';
  if (input.unanimous && !input.membersOnly) return 'adopted';
  if (input.membersOnly) return 'unknown';
  return input.headline;
}

const FRACTIONS: Record<string, number> = { 'two-thirds': 2 / 3, 'three-fifths': 3 / 5, 'three-quarters': 3 / 4, 'three-fourths': 3 / 4 };
const SHARE_NEEDED = String.raw`(two[-\s]thirds|three[-\s]fifths|three[-\s]quarters|three-fourths|(\d{2}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b))`;
/** "requires three-fifths of the members", "short of the 75 per cent needed", "a two-thirds majority was required". */
const THRESHOLD = new RegExp(
  [
    String.raw`\b(?:need(?:s|ed|ing)?|requir(?:e|es|ed|ing)|threshold\s+of)\b[^.;]{0,80}?${SHARE_NEEDED}`,
    String.raw`\bshort\s+of\s+(?:the\s+|a\s+)?${SHARE_NEEDED}`,
    String.raw`${SHARE_NEEDED}\s+(?:majority\s+)?(?:(?:was|is|were|are)\s+)?(?:needed|required)`,
  ].join('|'),
  'i',
);

/** The qualified majority a passage says a measure needs, as a share of the votes; null when it says none. */
export function thresholdIn(text: string): number | null {
  const m = THRESHOLD.exec(text);
  if (!m) return null;
  // each alternative captures the share as (words, digits): take the pair that matched
  const pair = [1, 3, 5].find((i) => m[i] !== undefined)!;
  const digits = m[pair + 1];
  const words = m[pair].toLowerCase().replace(/\s+/g, '-');
  const share = digits !== undefined ? Number(digits) / 100 : (FRACTIONS[words] ?? null);
  return share !== null && share > 0.5 && share < 1 ? share : null;
}

/** "the 82 votes it needed", "requires at least 27 votes", "short of the 34 votes required". */
const VOTES_NEEDED = /\b(\d{1,4})\s+votes?\s+(?:(?:it|that\s+it|they)\s+)?(?:needed|required|needs|requires)\b|\b(?:need(?:s|ed)?|requir(?:e|es|ed|ing))\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?(\d{1,4})\s+votes\b/i;

/** The number of votes a passage says a measure needs; null when it says none. */
export function votesNeededIn(text: string): number | null {
  const m = VOTES_NEEDED.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}
