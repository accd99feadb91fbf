// Step 1: the sentences that report a vote, and how they word it. A vote is
// reported by a body's decision verb ("the Senate passed", "Parliament
// voted against"), a passive ("was struck out by the assembly", "cleared the
// Senate"), a motion's fate ("the vote failed", "the text received 13
// votes"), a permanent member's veto, a referendum, or a unanimous ruling.
// Hypothetical, future and negated wording is not a vote, nor is the
// election of a person.

import { confidenceVotes } from './cue-confidence.js';
import { decisions, unanimity } from './cue-decision.js';
import { fates, passives } from './cue-motion.js';
import { shareVotes } from './cue-shares.js';
import { referendums, vetoes } from './cue-veto-referendum.js';
import type { BodyMention, Mention, Unit } from './types.js';

/** The vote mentions of one sentence, given the bodies it names; a headline is read for a body's decision only. */
export function findMentions(unit: Unit, bodies: readonly BodyMention[]): Mention[] {
  if (unit.title) return decisions(unit, bodies);
  const mentions: Mention[] = [
    ...decisions(unit, bodies),
    ...vetoes(unit),
    ...passives(unit, bodies),
    ...fates(unit),
    ...confidenceVotes(unit, bodies),
    ...referendums(unit, bodies),
    ...shareVotes(unit),
    ...unanimity(unit, bodies),
  ];
  return dedupe(mentions);
}

/** One mention per cue; a decision verb and a fate on the same words are one statement. */
function dedupe(mentions: Mention[]): Mention[] {
  const sorted = mentions.sort((a, b) => a.cue.start - b.cue.start);
  const out: Mention[] = [];
  for (const m of sorted) {
    if (out.some((o) => o.cue.start < m.cue.end && m.cue.start < o.cue.end)) continue;
    out.push(m);
  }
  return out;
}
