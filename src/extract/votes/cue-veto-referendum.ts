// Cues of votes told by who voted: a permanent member's veto ("Russia vetoed
// on Thursday a draft resolution", "a negative vote cast by a permanent
// member") and referendums ("Valdorans voted in a 2009 referendum to leave the
// customs union", "held a referendum on …", "backed by 62.4% of votes cast").

import { hypotheticalBefore, mention, notYetBefore } from './cue-common.js';
import { bodyBefore } from './bodies.js';
import { PERMANENT_MEMBERS } from './lexicon.js';
import { readPrelude } from './prelude.js';
import { tail } from './tail.js';
import type { BodyMention, Mention, Outcome, Unit } from './types.js';

const VETO = new RegExp(
  `\\b(${PERMANENT_MEMBERS})((?:\\s*,\\s*|\\s+and\\s+)(?:${PERMANENT_MEMBERS}))*\\b`,
  'g',
);
const VETO_VERB = /^(?:vetoed|blocked|used\s+(?:its|their)\s+veto(?:\s+power)?\s+(?:on|against|to\s+block))\b/;
const NEGATIVE_VOTE_OF_PERMANENT_MEMBER = /\bnegative vote (?:cast )?(?:by|of) (?:a |one )?permanent member|\bvetoed by\b/i;

const REFERENDUM = /\b(?:referendum|plebiscite)\b/i;
const HELD_REFERENDUM = /\b(?:held|saw|had|conducted|staged|organi[sz]ed)\b[^.;]{0,40}\b(?:referendum|plebiscite)\b|\b(?:referendum|plebiscite)\s+(?:was|were)\s+held\b/i;
const VOTED_PAST = /\bvoted\b/i;
/** A referendum's result given as shares: "backed by 62.4% of votes cast", "60% in favour". */
const SHARE_RESULT = /(?<![\d.])\d[\d.]{0,8}\s*(?:%|percent|per\s+cent)\s+to\s+(?<![\d.])\d[\d.]{0,8}\s*(?:%|percent|per\s+cent)|\b(?:backed|approved|rejected|supported|opposed|endorsed)\s+(?:by|with)\s+(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?<![\d.])\d[\d.]{0,8}\s*(?:%|percent|per\s+cent)|(?<![\d.])\d[\d.]{0,8}\s*(?:%|percent|per\s+cent)\s+(?:of\s+(?:the\s+)?(?:voters|votes(?:\s+cast)?|ballots)\s+)?(?:were\s+|was\s+)?(?:in\s+favou?r|against)\b/i;

/** "Russia vetoed …", "Russia blocked a resolution", "… a negative vote cast by a permanent member". */
export function vetoes(unit: Unit): Mention[] {
  const text = unit.text;
  const out: Mention[] = [];
  VETO.lastIndex = 0;
  for (let m = VETO.exec(text); m; m = VETO.exec(text)) {
    const prelude = readPrelude(text, m.index + m[0].length);
    const rest = text.slice(prelude.end).replace(/^\s+/, '');
    const verb = VETO_VERB.exec(rest);
    if (!verb || prelude.negated || hypotheticalBefore(text, m.index)) continue;
    const after = rest.slice(verb[0].length);
    if (verb[0].startsWith('blocked') && !/^\s+(?:\S+\s+){0,3}?(?:draft\s+)?(?:resolution|text|proposal|statement)\b/i.test(after)) continue;
    const at = text.length - rest.length;
    const cue = { start: unit.start + at, end: unit.start + at + verb[0].length };
    const offset = /^(?:\s+(?:on|last|this)\s+\w+)?\s+/i.exec(after)?.[0].length ?? 0;
    out.push(
      mention(unit, {
        kind: 'veto',
        cue,
        polarity: 'vetoed',
        voter: { range: { start: unit.start + m.index, end: unit.start + m.index + m[0].length }, side: 'against' },
        subjectAt: cue.end + offset,
        // "Russia and China vetoed the draft": the draft named just before
        anaphoric: /^\s+(?:the|this|that)\s+(?:draft|resolution|text|measure|proposal)\b/i.test(after),
      }),
    );
  }
  const negative = NEGATIVE_VOTE_OF_PERMANENT_MEMBER.exec(text);
  if (negative && !out.length) {
    const cue = { start: unit.start + negative.index, end: unit.start + negative.index + negative[0].length };
    out.push(mention(unit, { kind: 'veto', rule: 'vote.veto.permanent-member', cue, polarity: 'vetoed' }));
  }
  return out;
}

/** "Valdorans voted in a 2009 referendum to leave the customs union", "held a referendum on …". */
export function referendums(unit: Unit, bodies: readonly BodyMention[]): Mention[] {
  const text = unit.text;
  if (!REFERENDUM.test(text)) return [];
  const voted = VOTED_PAST.exec(text);
  if (voted && !notYetBefore(text, voted.index)) {
    const after = text.slice(voted.index + voted[0].length);
    const side = /^[^.;]*?\b(to\s+(?!vote\b)\w+|against|in\s+favou?r|for)\b/i.exec(after);
    const polarity: Outcome = !side ? 'unknown' : /^(?:against)/i.test(side[1]) ? 'rejected' : 'adopted';
    const cue = { start: unit.start + voted.index, end: unit.start + voted.index + voted[0].length };
    const subjectAt = side && /^to\s/i.test(side[1]) ? cue.end + side.index + side[0].length - side[1].length + 3 : referendumSubject(unit);
    const body = bodyBefore(bodies, cue.start, 60) ?? votersBefore(unit, voted.index);
    return [mention(unit, { kind: 'referendum', cue, polarity, body, announces: !side, subjectAt })];
  }
  const share = SHARE_RESULT.exec(text);
  if (share) {
    const cue = { start: unit.start + share.index, end: unit.start + share.index + share[0].length };
    return [mention(unit, { kind: 'referendum', rule: 'vote.referendum.shares', cue, polarity: 'unknown', subjectAt: referendumSubject(unit) })];
  }
  const held = HELD_REFERENDUM.exec(text);
  if (!held || notYetBefore(text, held.index)) return [];
  const cue = { start: unit.start + held.index, end: unit.start + held.index + held[0].length };
  return [mention(unit, { kind: 'referendum', rule: 'vote.referendum.held', cue, polarity: 'unknown', announces: true, subjectAt: referendumSubject(unit) })];
}

/** The people who voted, when they are the sentence's subject ("Valdorans voted", "The Republic of Valdora voted"). */
function votersBefore(unit: Unit, at: number): BodyMention | null {
  const lead = tail(unit.text, at);
  const m = /(?:^|,\s*)(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+$/i.exec(lead);
  if (!m || !/^[A-Z]/.test(m[1])) return null;
  const start = unit.start + at - lead.length + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  return { start, end, text: m[1], head: 'voters', headSpan: { start, end } };
}

/** "a referendum on whether to keep …", "a referendum seeking to establish …", "to vote on lowering the voting age". */
function referendumSubject(unit: Unit): number | null {
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against one sentence, at most sentenceMaxChars
  const m = /\b(?:referendum|plebiscite)\b(?:\s+(?:in|on|of|last|this)\s+(?:[A-Z]\w+\s+)?\d{0,4})?[^,;.]*?\s(?:on\s+(?:whether\s+to\s+)?|seeking\s+to\s+|to\s+|over\s+|about\s+)|\bvote\s+on\s+/i.exec(unit.text);
  return m ? unit.start + m.index + m[0].length : null;
}
