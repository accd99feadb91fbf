// Step 4: the sentences of one statement of a vote. A sentence that
// continues a vote named just before ("… Russia vetoed a draft resolution.
// The text received 13 votes in favor"), gives the result of a referendum
// held in the sentence before, completes its counts or names its voters
// joins that statement. Statements of one vote far apart (a lede and the
// details) are joined later, by the event step.

import { sameBody } from './bodies.js';
import { MEMBER_NOUNS } from './lexicon.js';
import type { Mention, UnitReading } from './types.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

export interface Draft {
  /** Sentences that state the vote, in text order. */
  readings: UnitReading[];
  mentions: Mention[];
}

export function groupVotes(readings: readonly UnitReading[]): Draft[] {
  const drafts: Draft[] = [];
  for (const r of readings) {
    const hasCounts = r.counts.length > 0;
    const voterOnly = !r.mentions.length && !hasCounts && (r.voters.length > 0 || r.sideWords);
    if (!r.mentions.length && !hasCounts && !voterOnly) continue;
    const last = drafts[drafts.length - 1];
    if (last && continues(last, r)) {
      last.readings.push(r);
      last.mentions.push(...r.mentions);
      continue;
    }
    // Shares and named voters alone report a vote only as part of one named before.
    if (voterOnly || (!r.mentions.length && !r.votingCounts)) continue;
    drafts.push(...splitByBody(r));
  }
  // "held a referendum" with no result anywhere near reports no vote yet
  return drafts.filter((d) => !d.mentions.every((m) => m.kind === 'referendum' && m.announces) || countsOf(d));
}

function lastUnit(d: Draft) {
  return d.readings[d.readings.length - 1].unit;
}

const countsOf = (d: Draft) =>
  d.readings.some((r) => r.counts.some((c) => Object.values(c.counts).some((v) => v !== null) || Object.values(c.percent).some((v) => v !== null)));
const bodyHead = (d: Draft) => d.mentions.find((m) => m.body && !MEMBER_NOUNS.has(m.body.head))?.body?.head ?? null;

/** A measure introduced as new: "a motion", "another amendment", "a separate motion". */
const NEW_MEASURE = /^(?:an?\s|another\b|(?:the\s+)?(?:separate|second|rival|further)\b)/i;

/** The sentence gives only sides the draft lacks, and nothing else that states a vote. */
function completes(d: Draft, r: UnitReading): boolean {
  if (r.mentions.length || r.counts.length !== 1) return false;
  const sides = ['for', 'against', 'abstain', 'absent'] as const;
  const given = sides.filter((s) => r.counts[0].counts[s] !== null);
  return given.length > 0 && given.every((s) => d.readings.every((x) => x.counts.every((c) => c.counts[s] === null)));
}

/** Does sentence `r` carry on the vote of draft `d`? */
function continues(d: Draft, r: UnitReading): boolean {
  const prev = lastUnit(d);
  const gap = r.unit.index - prev.index;
  if (gap > THRESHOLDS.voteContinuationSentences) return false;
  const voterOnly = !r.mentions.length && !r.counts.length && (r.voters.length > 0 || r.sideWords);
  // Named voters may follow in the next paragraph's sentences.
  if (voterOnly) return gap <= 2;
  if (r.unit.para !== prev.para) return false;
  const rCounts = r.counts.some((c) => Object.values(c.counts).some((v) => v !== null) || Object.values(c.percent).some((v) => v !== null));
  // "… was backed by 71 deputies. Eighty-eight voted against it": the next sentence completes the counts
  if (rCounts && countsOf(d) && !(gap === 1 && completes(d, r))) return false;
  const own = r.mentions[0];
  const head = bodyHead(d);
  const ownBody = own?.body && !MEMBER_NOUNS.has(own.body.head) ? own.body : null;
  if (ownBody && head && !sameBody(ownBody.head, head)) return false;
  const announced = d.mentions.some((m) => m.announces);
  if (!own) return rCounts && (gap === 1 || announced);
  // "the motion to adjourn also failed": another vote of the same kind.
  if (/\b(?:also|too|likewise|similarly|again)\b/i.test(r.unit.text.slice(0, own.cue.end - r.unit.start).slice(-40))) return false;
  // A continuation adds what the vote lacked: its counts, or the result of an announced vote.
  const decided = d.mentions.some((m) => m.polarity !== 'unknown' && !m.announces);
  if (!rCounts && decided) return false;
  // "The vote passed 215-207": a result told next continues, unless it names a new measure ("A separate motion …")
  if (own.anaphoric) return true;
  if (own.kind === 'result') return gap === 1 && !(own.subjectAt !== null && NEW_MEASURE.test(r.unit.text.slice(own.subjectAt - r.unit.start, own.subjectAt - r.unit.start + 40)));
  if (gap !== 1 || ownBody) return false;
  // "The House of Commons rejected the deal. MPs voted 344 to 286 against it."
  const polarity = d.mentions.find((m) => m.polarity !== 'unknown')?.polarity;
  if (rCounts && !countsOf(d)) return !polarity || own.polarity === 'unknown' || own.polarity === polarity;
  return announced && (rCounts || own.polarity !== 'unknown');
}

/** Two decisions by different bodies in one sentence are two votes ("the assembly approved it, but the upper house threw it out"). */
function splitByBody(r: UnitReading): Draft[] {
  const groups: Mention[][] = [];
  for (const m of r.mentions) {
    const group = groups.find((g) => !m.body || !g[0].body || g[0].body.head === m.body.head);
    if (group) group.push(m);
    else groups.push([m]);
  }
  if (!groups.length) return [{ readings: [r], mentions: [] }];
  return groups.map((mentions) => ({ readings: [r], mentions }));
}
