// What the vote steps hand each other. Offsets are absolute (into doc.text).

import type { Vote } from '../../facts.js';
import type { VoteRule } from './rules.js';

export type Outcome = Vote['outcome'];
export type Side = 'for' | 'against' | 'abstain';
export const SIDES: readonly Side[] = ['for', 'against', 'abstain'];

export interface Range {
  start: number;
  end: number;
}

/** One sentence as the vote rules see it. */
export interface Unit extends Range {
  text: string;
  /** Position among all units of the document. */
  index: number;
  /** Paragraph number (blank lines separate paragraphs). */
  para: number;
  /** A headline or dateline: a whole line without sentence-final punctuation. */
  title: boolean;
}

/** A body named in the text ("the Parliament of Iraq", "Senate"). */
export interface BodyMention extends Range {
  text: string;
  /** Lower-case head word(s): "senate", "house", "security council". */
  head: string;
  /** Where the head word(s) stand: the body itself, not a name that modifies it ("Taiwan" in "legislature of Taiwan"). */
  headSpan: Range;
}

/** How a sentence states that a vote took place. */
export type MentionKind =
  | 'decision' // a body's verb: "the Senate passed", "Parliament voted to"
  | 'passive' // "was passed by the Senate", "passed the Senate"
  | 'result' // a motion's fate: "the vote failed", "the text received 13 votes"
  | 'veto' // a permanent member's veto or block
  | 'referendum' // a referendum and its result or holding
  | 'shares' // a ballot's shares: "62% of those voting backed a walkout"
  | 'unanimity' // "the unanimous finding of all seven judges"
  | 'tally'; // counts in voting context and nothing else

export interface Mention {
  unit: Unit;
  kind: MentionKind;
  /** The rule that read this statement (see rules.ts). */
  rule: VoteRule;
  /** The words that state the vote (verb, noun or count). */
  cue: Range;
  polarity: Outcome;
  body: BodyMention | null;
  /** Starts with "The vote", "The text", "It" …: refers to a vote named before. */
  anaphoric: boolean;
  /** Only announces a vote ("held a referendum", "voted on"): the result may follow. */
  announces: boolean;
  /** Some members voting ("among the councillors who voted against"), not the body's decision. */
  members: boolean;
  /** A named voter standing as the subject ("Russia vetoed", "He … voted against"). */
  voter: { range: Range; side: Side } | null;
  /** Where the words for what was voted on begin, when the wording shows it. */
  subjectAt: number | null;
}

export interface SideCounts {
  for: number | null;
  against: number | null;
  abstain: number | null;
  absent: number | null;
}

export interface SidePercents {
  for: number | null;
  against: number | null;
  abstain: number | null;
}

/** The counts one sentence gives for one vote. */
export interface CountReading {
  counts: SideCounts;
  percent: SidePercents;
}

/** Voters named on a side, for one or all of the votes a passage reports. */
export interface VoterClaim {
  names: string[];
  side: Side;
  /** Index of the vote among several ("backed the first clause"), or null for all. */
  target: number | null;
}

/** Everything read about one sentence. */
export interface UnitReading {
  unit: Unit;
  mentions: Mention[];
  /** One entry per vote the sentence counts ("votes of 230-197 and 229-198" gives two). */
  counts: CountReading[];
  unanimous: boolean;
  /** A size the text gives for the voting body ("all 11 Justices", "the council's 15 members"). */
  bodySize: number | null;
  voters: VoterClaim[];
  /** Words that put named people on a side ("dissented", "voted no"): the people are read once a vote is found. */
  sideWords: boolean;
  /** Counts were read and nothing marks them as something other than a vote. */
  votingCounts: boolean;
}
