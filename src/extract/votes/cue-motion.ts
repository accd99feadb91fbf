// Cues of a motion's fate: "was struck out by the assembly", "The levy
// cleared the upper house", "The motion to adjourn failed", "The text
// received 13 votes in favor". A decision by someone who does not vote ("was
// approved by regulators") is not a vote.

import { ANAPHOR, clauseBefore, hypotheticalBefore, mention, notYetBefore, WOULD_HAVE_DONE } from './cue-common.js';
import { MOTION_NOUNS, PASSIVE_VERBS } from './lexicon.js';
import { NUMBER_SOURCE } from '../../text/number-words.js';
import { tail } from './tail.js';
import type { BodyMention, Mention, Outcome, Unit } from './types.js';

const MOTION_NP = new RegExp(
  // the modifiers exclude "of": in "the party's share of the vote" the head is "share"
  `(?:^|[\\s,;:(])((?:the|a|an|this|that|these|its|their|his|her|our|[\\w’']+['’]s)\\s+(?:(?!of\\b)[\\w-]+\\s+){0,3}?(?:${MOTION_NOUNS}))\\b`,
  'gi',
);

/** A motion's fate, after the motion: "passed", "failed", "received 13 votes". */
const FATE = new RegExp(
  `\\b(passed|failed\\s+to\\s+(?:win|reach|get|secure|muster|gain|attract|pass|carry|clear)|failed(?!\\s+to\\b)|succeeded|carried|fell\\s+short|fell(?=\\s+by\\s)|went\\s+down|collapsed|sailed\\s+through|(?:ruled|declared|found)\\s+that\\s+the\\s+(?:ayes|noes|yeas|nays|contents|not\\s+contents)\\s+(?:had|have)\\s+it|lost(?=,?\\s+(?:by\\s+)?\\d)|(?:was|were)\\s+(?:approved|adopted|passed|rejected|defeated|carried|vetoed|lost|voted\\s+down|thrown\\s+out|turned\\s+(?:down|back))|did\\s+not\\s+pass|received|garnered|obtained|won|mustered|secured|attracted|drew|gathered|got)\\b`,
  'gi',
);
const FATE_NEEDS_SUPPORT = /^(?:received|garnered|obtained|won|mustered|secured|attracted|drew|gathered|got)$/i;
const SUPPORT_AFTER = new RegExp(`^\\s+(?:(?:${NUMBER_SOURCE}|the|a|an|only|just|unanimous|overwhelming|broad|\\d{1,3}(?:\\.\\d+)?\\s*(?:%|per\\s*cent|percent)(?:\\s+of\\s+the)?)\\s+)*(?:votes?|approval|support|backing|majority)\\b`, 'i');

const PASSIVE = new RegExp(`\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:(?:later|also|then|eventually|finally|narrowly|unanimously|overwhelmingly)\\s+)?(${PASSIVE_VERBS})\\b`, 'gi');
const OTHER_AGENT = new RegExp(`^(?:\\s+\\w+ly)?\\s+by\\s+(?!(?:a|an|the)?\\s*(?:(?:${NUMBER_SOURCE})\\s+(?:votes?|to)\\b|\\d|(?:recorded\\s+|unanimous\\s+|narrow\\s+|wide\\s+|large\\s+|show\\s+of\\s+hands\\s+|voice\\s+)?(?:vote|votes|majority|margin|consensus|acclamation)\\b|show\\s+of\\s+hands\\b))`, 'i');
/** "by 71 deputies", "by some forty members": an agent that counts support. */
const COUNT_AGENT = new RegExp(`^\\s+by\\s+(?:some\\s+|only\\s+|just\\s+)?(?:${NUMBER_SOURCE})\\b`, 'i');
const PASSED_BODY = /\b(passed|cleared|failed\s+in)\s+(?:both\s+|the\s+)?$/i;

/** "was struck out by the assembly", "The levy cleared the upper house", "the clause was adopted in 1962". */
export function passives(unit: Unit, bodies: readonly BodyMention[]): Mention[] {
  const text = unit.text;
  const out: Mention[] = [];
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(text); m; m = PASSIVE.exec(text)) {
    if (notYetBefore(text, m.index, 30)) continue;
    const end = m.index + m[0].length;
    const agent = bodies.find((b) => b.start - unit.start >= end && /^[^,;.]{0,40}?\bby\s+(?:[\w.'’-]+\s+){0,4}$/i.test(text.slice(end, b.start - unit.start)));
    const motion = motionBefore(text, m.index);
    if (!agent && !motion) continue;
    // "was approved by regulators", "was backed by Germany": decided by someone who does not vote
    if (!agent && OTHER_AGENT.test(text.slice(end, end + 40))) continue;
    // "was backed by 71 deputies": a count of support, not the result
    const counted = COUNT_AGENT.test(text.slice(end, end + 40)) && /^(?:backed|supported|endorsed)$/i.test(m[1]);
    const polarity = counted ? 'unknown' : outcomeOfWord(m[1]);
    const cue = { start: unit.start + m.index, end: unit.start + end };
    out.push(mention(unit, { kind: agent ? 'passive' : 'result', rule: agent ? 'vote.passive' : 'vote.result.passive', cue, polarity, body: agent ?? null, anaphoric: Boolean(motion && ANAPHOR.test(motion.text)), subjectAt: motion ? unit.start + motion.start : null }));
  }
  for (const body of bodies) {
    const lead = tail(text, body.start - unit.start);
    const m = PASSED_BODY.exec(lead);
    if (!m) continue;
    const verbAt = body.start - unit.start - lead.length + m.index;
    if (/\b(?:not|never)\s+$/.test(tail(text, verbAt, 20)) || hypotheticalBefore(text, verbAt)) continue;
    const motion = motionBefore(text, verbAt) ?? subjectBefore(text, verbAt);
    if (!motion) continue;
    const cue = { start: unit.start + verbAt, end: unit.start + verbAt + m[1].length };
    out.push(mention(unit, { kind: 'passive', rule: 'vote.passive.through-body', cue, polarity: m[1].startsWith('failed') ? 'rejected' : 'adopted', body, anaphoric: ANAPHOR.test(motion.text), subjectAt: unit.start + motion.start }));
  }
  return out;
}

function outcomeOfWord(word: string): Outcome {
  const w = word.toLowerCase();
  if (/vetoed/.test(w)) return 'vetoed';
  if (/rejected|defeated|dismissed|blocked|down|turned back|failed|fell|collapsed|did not|lost|thrown|noes|nays|not contents/.test(w)) return 'rejected';
  if (/received|garnered|obtained|won|mustered|secured|attracted|drew|gathered|got/.test(w)) return 'unknown';
  return 'adopted';
}

interface MotionPhrase {
  text: string;
  noun: string;
  start: number;
}

/** The motion a clause is about, when it is the subject just before `at` ("The motion to adjourn"). */
function motionBefore(text: string, at: number): MotionPhrase | null {
  const clause = clauseBefore(text, at);
  const offset = at - clause.length;
  MOTION_NP.lastIndex = 0;
  let found: MotionPhrase | null = null;
  for (let m = MOTION_NP.exec(clause); m; m = MOTION_NP.exec(clause)) {
    // "an amendment that would have kept the lines public was defeated": the relative clause describes the motion
    // "his party's share of the vote fell": the vote is not what fell
    if (/\bof\s*$/i.test(clause.slice(0, m.index + m[0].indexOf(m[1])))) continue;
    // … and a dashed aside: "the offer — a 4.1 per cent rise for all staff — was accepted"
    const gap = clause.slice(m.index + m[0].length).replace(WOULD_HAVE_DONE, '').replace(/\s[–—][^–—]{1,120}[–—]\s/g, ' ');
    if (gap.length > 160 || /\b(?:is|are|was|were|said|says|which|that|who|would|will|has|have|had|he|she|they|we|I|you)\b/i.test(gap) || /[–—]/.test(gap)) continue;
    const phrase = m[1];
    const noun = new RegExp(`(?:${MOTION_NOUNS})$`, 'i').exec(phrase)![0].toLowerCase();
    found = { text: phrase, noun, start: offset + m.index + m[0].indexOf(phrase) };
    break;
  }
  return found ?? properMotion(clause, offset) ?? motionOpening(text, at) ?? pronounForMotion(text, at);
}

/** A measure named as a proper noun at the end of the clause: "Senate Bill 212 first cleared …", "Measure K passed". */
const PROPER_MOTION = /(?:^|\s)((?:[A-Z][\w'’.-]*\s+){0,4}(Bill|Act|Amendment|Measure|Proposition|Resolution|Initiative)(?:\s+(?:No\.\s*)?[\dA-Z][\w-]*)?)\s+(?:(?:first|then|also|later|finally|[a-z]+ly)\s+)?$/;

function properMotion(clause: string, offset: number): MotionPhrase | null {
  const m = PROPER_MOTION.exec(clause);
  return m ? { text: m[1], noun: m[2].toLowerCase(), start: offset + m.index + m[0].indexOf(m[1]) } : null;
}

/** "… voted for his motion, but it was defeated": "it" stands for a motion the sentence named before. */
function pronounForMotion(text: string, at: number): MotionPhrase | null {
  const m = /(?:^|\s)(it|this|that)\s+(?:\w+ly\s+)?$/i.exec(tail(text, at, 20));
  if (!m) return null;
  const start = at - tail(text, at, 20).length + m.index + m[0].indexOf(m[1]);
  // the motion is named before in the sentence, or the sentence opens with "It" and gives the count ("It went down 4-5")
  const opens = start === 0 && new RegExp(`^[^.;]{0,40}?\\b(?:${NUMBER_SOURCE})(?:\\s+votes?)?(?:\\s*[-–—]\\s*|\\s+to\\s+)(?:${NUMBER_SOURCE})\\b`, 'i').test(text.slice(at));
  if (!opens && !new RegExp(`\\b(?:${MOTION_NOUNS})\\b`, 'i').test(text.slice(0, start))) return null;
  return { text: m[1], noun: m[1].toLowerCase(), start };
}

/** What opens the sentence before the commas of an apposition: "A rival motion, tabled by …, failed". */
const OPENING_MOTION = new RegExp(`^(?:[\\w'’-]+,?\\s+){0,4}?((?:the|a|an|this|that|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:${MOTION_NOUNS})|(?:Amendment|Resolution|Motion|Bill|Proposition|Measure)\\s+(?:No\\.\\s*)?(?:\\d[\\w-]*|[A-Z]\\b))\\b[^,;]{0,100},`, 'i');

function motionOpening(text: string, at: number): MotionPhrase | null {
  const m = OPENING_MOTION.exec(text);
  if (!m || m.index + m[0].length > at) return null;
  // the verb closes the apposition: nothing but the apposition between the opening and `at`
  if (!/,\s*$/.test(tail(text, at, 3)) && !/,\s*(?:\w+ly\s+)?$/.test(tail(text, at, 20))) return null;
  // "Amendment 112": a measure named by its number has its kind first
  const noun = (new RegExp(`(?:${MOTION_NOUNS})$`, 'i').exec(m[1])?.[0] ?? m[1].split(/\s+/)[0]).toLowerCase();
  return { text: m[1], noun, start: m.index + m[0].indexOf(m[1]) };
}

/**
 * Where the clause holding `at` began, when it is a second verb of the same
 * subject ("The bill won 58 votes but fell short …"): its motion is the one
 * before the conjunction. Otherwise `at` itself.
 */
function sharedSubjectAt(text: string, at: number): number {
  const m = /(?:,\s*|\s)(?:but|and|yet)\s+(?:then\s+|still\s+)?$/i.exec(tail(text, at, 30));
  return m ? at - (tail(text, at, 30).length - m.index) : at;
}

/** A short subject right before the verb ("This bill", "It"), for "… passed the Senate". */
function subjectBefore(text: string, at: number): MotionPhrase | null {
  const lead = tail(text, at, 40);
  const m = /(?:^|[,;]\s*)((?:it|this|that)\b[^,;]{0,30}?)\s*$/i.exec(lead);
  return m ? { text: m[1], noun: m[1].toLowerCase(), start: at - lead.length + m.index + m[0].indexOf(m[1]) } : null;
}

/** "The motion to adjourn failed", "the levy passed with 44 votes in favour", "The text received 13 votes". */
export function fates(unit: Unit): Mention[] {
  const text = unit.text;
  const out: Mention[] = [];
  FATE.lastIndex = 0;
  for (let m = FATE.exec(text); m; m = FATE.exec(text)) {
    const word = m[1];
    const after = text.slice(m.index + m[0].length);
    if (/^passed$/i.test(word) && /^\s+(?:away|on|by\s+(?!(?:a\s+)?(?:votes?|\d|[a-z]+\s+votes?)))/i.test(after)) continue;
    if (FATE_NEEDS_SUPPORT.test(word) && !SUPPORT_AFTER.test(after)) continue;
    const motion = motionBefore(text, m.index) ?? motionBefore(text, sharedSubjectAt(text, m.index));
    if (!motion || notYetBefore(text, m.index)) continue;
    // "worked to get the Affordable Care Act passed": a wish, not a report
    if (/\b(?:get|gets|got|getting|see|saw|want|wants|wanted|help|helped|have|has|had)\s+$/i.test(tail(text, motion.start, 30))) continue;
    if (/^(?:was|were)\s/i.test(word) && OTHER_AGENT.test(after.slice(0, 40))) continue;
    if (/^passed$/i.test(word) && /^\s+(?:the|both)\s/i.test(after)) continue; // "passed the Senate": a passive above
    const cue = { start: unit.start + m.index, end: unit.start + m.index + m[0].length };
    out.push(mention(unit, { kind: 'result', cue, polarity: outcomeOfWord(word), anaphoric: ANAPHOR.test(motion.text), subjectAt: unit.start + motion.start }));
  }
  return out;
}
