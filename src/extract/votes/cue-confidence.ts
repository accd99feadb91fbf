// Cues of confidence votes, where the words decide the outcome and not the
// order of the numbers: "the cabinet survived a no-confidence motion by 203
// to 190" (the motion failed: 190 for it), "the assembly denied the premier
// its confidence by 250 votes to 160" (confidence refused: 160 for), "the
// government lost a confidence vote". What was voted on is the motion, so
// that `for` is always support for it.

import { hypotheticalBefore, mention } from './cue-common.js';
import { bodyBefore } from './bodies.js';
import type { BodyMention, Mention, Outcome, Unit } from './types.js';

/** "survived a no-confidence vote", "lost a confidence motion", "won the vote of confidence". */
const CONFIDENCE_VOTE =
  /\b(survived|survives|surviving|lost|loses|losing|won|wins|winning|passed|failed)\s+(?:a|an|the|its|his|her|their|this|that)\s+(?:[\w-]+\s+){0,2}?((no[-\s]confidence|non-confidence|censure|impeachment|recall)\s+(?:vote|motion|ballot)|(?:confidence|trust)\s+(?:vote|motion|ballot)|(?:vote|motion)\s+of\s+(no\s+)?confidence)\b/gi;

/** "denied the cabinet its confidence", "withheld confidence from the premier", "granted the new government its confidence". */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against one sentence, at most sentenceMaxChars
const CONFIDENCE_GIVEN = /\b(denied|refused|withheld|granted|gave|expressed)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,4}?(?:its|their|his|her|a)?\s*(?:vote\s+of\s+)?confidence\b/gi;

export function confidenceVotes(unit: Unit, bodies: readonly BodyMention[]): Mention[] {
  const text = unit.text;
  const out: Mention[] = [];
  for (const m of text.matchAll(CONFIDENCE_VOTE)) {
    if (hypotheticalBefore(text, m.index)) continue;
    const verb = m[1].toLowerCase();
    const against = Boolean(m[3] || m[4]); // a motion against the government
    const kept = /^(?:surviv|won|win|pass)/.test(verb);
    const polarity: Outcome = verb === 'passed' ? 'adopted' : verb === 'failed' ? 'rejected' : kept !== against ? 'adopted' : 'rejected';
    const phraseAt = m.index + m[0].length - m[2].length;
    out.push(atCue(unit, bodies, m.index, m.index + m[1].length, polarity, phraseAt));
  }
  for (const m of text.matchAll(CONFIDENCE_GIVEN)) {
    if (hypotheticalBefore(text, m.index)) continue;
    const polarity: Outcome = /^(?:denied|refused|withheld)$/i.test(m[1]) ? 'rejected' : 'adopted';
    out.push(atCue(unit, bodies, m.index, m.index + m[1].length, polarity, m.index + m[1].length));
  }
  return out;
}

function atCue(unit: Unit, bodies: readonly BodyMention[], start: number, end: number, polarity: Outcome, subjectAt: number): Mention {
  const cue = { start: unit.start + start, end: unit.start + end };
  return mention(unit, { kind: 'result', rule: 'vote.confidence', cue, polarity, body: bodyBefore(bodies, cue.start, 60), subjectAt: unit.start + subjectAt });
}
