// Cues of a body's decision: "the Senate passed", "the Diet, for its part,
// has twice voted down", "He was among the aldermen who opposed it",
// "the unanimous finding of all seven judges". Elections of people,
// statements of fact ("confirmed that") and counts of past decisions ("has
// censured just three ministers") are not votes.

import { hypotheticalBefore, mention } from './cue-common.js';
import { COURT_HEADS, MEMBER_NOUNS, MONTH_NAMES, MOTION_NOUNS, VOTER_GROUPS, WEEKDAY_NAMES } from './lexicon.js';
import { NUMBER_SOURCE } from '../../text/number-words.js';
import { readPrelude } from './prelude.js';
import { tail } from './tail.js';
import type { BodyMention, Mention, Outcome, Unit } from './types.js';

const DECISION = /\b(voted|passed|carried|approved|adopted|rejected|ratified|endorsed|confirmed|vetoed|impeached|acquitted|defeated|overrode|overturned|backed|blocked|dismissed|ruled|decided|agreed|threw\s+out|thrown\s+out|turned\s+(?:down|back)|voted\s+down|struck\s+down|upheld|quashed|overruled|set\s+aside|allowed|rubber-stamped|held(?=(?:\s*,[^,;]{1,60},)?\s+that\b)|found(?=(?:\s*,[^,;]{1,60},)?\s+that\b)|failed\s+to\s+(?:adopt|pass|approve|ratify|confirm)|gave\s+(?:(?:its|their|final|formal|preliminary|initial|unanimous|the)\s+)*(?:approval|backing|assent|consent|go-ahead|green\s+light|nod)\s+(?:(?:on|last|this)\s+\w+\s+)?to)\b/y;
/** Headlines tell in the present: "Assembly passes levy", "Members back strike". */
const DECISION_IN_HEADLINE = /\b(votes?|pass(?:es)?|agrees?|approves?|adopts?|rejects?|ratif(?:y|ies)|endorses?|confirms?|vetoe?s?|impeach(?:es)?|acquits?|defeats?|overrides?|overturns?|backs?|blocks?|dismiss(?:es)?|rules?|decides?)\b/y;
const PAST: Record<string, string> = { vote: 'voted', pass: 'passed', agree: 'agreed', approve: 'approved', adopt: 'adopted', reject: 'rejected', ratify: 'ratified', endorse: 'endorsed', confirm: 'confirmed', veto: 'vetoed', impeach: 'impeached', acquit: 'acquitted', defeat: 'defeated', override: 'overrode', overturn: 'overturned', back: 'backed', block: 'blocked', dismiss: 'dismissed', rule: 'ruled', decide: 'decided' };
/** "passes" → "passed", "ratifies" → "ratified", "back" → "backed". */
const pastOf = (present: string): string => PAST[present.replace(/ies$/, 'y').replace(/(?<=ss|sh|ch|x|o)es$|(?<!s)s$/, '')] ?? present;

const ADOPTING = new Set(['passed', 'carried', 'agreed', 'rubber-stamped', 'approved', 'adopted', 'ratified', 'endorsed', 'confirmed', 'impeached', 'overrode', 'overturned', 'backed', 'ruled', 'decided']);
const REJECTING = new Set(['rejected', 'defeated', 'acquitted', 'blocked', 'dismissed', 'threw out', 'thrown out', 'turned down', 'turned back', 'voted down']);
/** A court's verbs: whatever it decides, the ruling is what the majority voted for. */
const RULING = new Set(['ruled', 'decided', 'struck down', 'upheld', 'quashed', 'overruled', 'overturned', 'set aside', 'allowed', 'held', 'found', 'dismissed', 'rejected', 'threw out', 'thrown out', 'blocked', 'backed']);
/** Verbs only a court's ruling takes. */
const COURT_ONLY = new Set(['held', 'found', 'struck down', 'upheld', 'quashed', 'overruled', 'set aside', 'allowed']);
/** Verbs that report a vote only beside a vote word, a count or unanimity ("councillors unanimously agreed"). */
const NEEDS_VOTE_WORD = new Set(['agreed', ...COURT_ONLY]);

/** A vote word, a count or unanimity in the sentence. */
const VOTE_EVIDENCE = new RegExp(`\\b(?:unanimous(?:ly)?|vote|votes|voted|ballot|show\\s+of\\s+hands|majority\\s+of\\s+(?:${NUMBER_SOURCE}))\\b|\\d\\s*(?:%|per\\s*cent\\b|percent\\b)|(?<![\\d.])\\d{1,3}\\s*[-–—]\\s*\\d{1,3}(?![\\d.])|\\ball\\s+(?:${NUMBER_SOURCE})\\s+(?:justices|judges|members)`, 'i');

/** A motion as the object of the verb: "… rejected a climate resolution". */
const MOTION_OBJECT = new RegExp(`^\\s+(?:(?:a|an|the|its|their)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${MOTION_NOUNS})\\b`, 'i');

/** Infinitives after "voted to" that decide against the thing named. */
const NEGATIVE_INFINITIVE = /^(?:reject|block|oppose|deny|refuse|kill|scrap|strike|drop|halt|stop|end|delay|postpone|defer|suspend|table)\b/i;

/** Bodies whose decisions are reported as votes only with a vote word, a count or unanimity. */
const WEAK_BODIES = new Set([...VOTER_GROUPS, 'conference', 'bench', 'cabinet', 'commission', 'board', 'committee', 'panel', 'court', 'tribunal', 'convention', 'chamber', 'supreme court', 'high court', 'constitutional court', 'court of appeals', 'court of appeal', 'court of session', 'justices', 'judges']);

/** A count, or a share in percent ("voted by 53.8 per cent to 46.2 per cent to join"). */
const COUNT_OR_SHARE = `${NUMBER_SOURCE}|\\d{1,3}(?:\\.\\d+)?\\s*(?:%|per\\s+cent|percent)`;

/** What follows "voted" or "voted unanimously". */
const AFTER_VOTED = new RegExp(
  // "voted unanimously, with all eight directors in favour, to …"
  `^\\s+(?:(?:unanimously|overwhelmingly|narrowly|heavily|again|also|largely)(?:\\s*,[^,;]{1,60},)?\\s+)?` +
    `(?:(?:(?:on|last|this|late|early|in)\\s+)?(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|today|yesterday|tonight)(?:\\s+\\d{1,2}|\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:\\d{4},?\\s+)?)?` +
    `(?:in\\s+(?:a|the)\\s+(?:\\d{4}\\s+)?\\w*\\s*referendum\\s+)?` +
    // a tally before the complement: "voted 41 to 12 to repeal"
    `(?:(?:by\\s+)?(?:${COUNT_OR_SHARE})(?:\\s+votes?)?(?:\\s*[-–—]\\s*|-to-|\\s+to\\s+)(?:${COUNT_OR_SHARE})(?:\\s+votes?)?,?\\s+(?:(?:on|last|this|in)\\s+(?:${WEEKDAY_NAMES}|${MONTH_NAMES})\\s+)?(?:(?:largely\\s+|mostly\\s+|strictly\\s+)?along\\s+party\\s+lines\\s+)?(?=to\\s|against\\s|for\\s|in\\s+favou?r|on\\s))?` +
    `(to\\s+(?:not\\s+)?|not\\s+to\\s+|against\\s+|for\\s+|in\\s+favou?r\\s+of\\s+|on\\s+|down\\b|by\\b|\\d|)`,
  'i',
);

/** Elections of people: "voted for Pelosi", "voted to elect", "voted into office". */
const ELECTS = /^\s+(?:\w+ly\s+)?(?:(?:for|against)\s+(?!the\b|a\b|an\b|it\b|this\b|that\b|these\b|those\b|its\b|their\b|his\b|her\b)[A-Z]|(?:\S+\s+){0,4}?to\s+(?:elect|re-elect|choose|select|nominate|endorse|back|support)\s+(?:[A-Z]|him\b|her\b|them\b)|(?:\S+\s+){0,4}?to\s+(?:elect|re-elect)\b|into\s+(?:the\s+)?(?:office|position|power|post)\b)/;

/** "endorsed her", "backed Mr. Sanders": support for a person, not a decision. */
const SUPPORTS_A_PERSON = /^\s+(?:him|her|them|[A-Z][a-z]*\.?\s+[A-Z]|[A-Z][a-z]+\b(?!\s+(?:bill|Act|act|amendment|resolution|plan|deal|treaty)))/;

/** Words before a body that make it some of its members ("among the", "32 Labour MPs"). */
const SOME_MEMBERS = new RegExp(`\\b(?:among|one of|some of|many of|most of|several|dozens of|hundreds of|more|fewer|most|many|few|(?:${NUMBER_SOURCE}))\\s+(?:the\\s+)?$`, 'i');
const NUMBERED = new RegExp(`^(?:${NUMBER_SOURCE})\\s`, 'i');

/** "confirmed him", "confirmed judge Barrett", "confirmed her nomination": an appointment, not "confirmed that …". */
const CONFIRMS_AN_APPOINTMENT = /^\s+(?:him\b|her\b|them\b|[A-Z]|(?:the|his|her|their|[\w’']+['’]s)\s+(?:[\w-]+\s+)?(?:nominee|nomination|appointment|appointee|pick|choice|candidate|judge|justice)\b|judge\b|\d)/;

/** "has censured just three ministers": a count of past decisions, not one vote. */
const HISTORY = new RegExp(`^\\s+(?:only\\s+)?(?:${NUMBER_SOURCE})\\s+(?!votes?\\b)[A-Za-z]+`, 'i');

const UNANIMOUS_NOUN = /\bunanimous\s+(?:judgment|judgement|decision|ruling|verdict|vote|court|panel|bench|approval|consent)\b|\b(?:was|were)(?:\s*,\s*[\w\s]{0,20},)?\s+unanimous\s+in\s+\w+ing\b/i;

/** "the Senate passed", "Parliament voted against", "the House confirmed him". */
export function decisions(unit: Unit, bodies: readonly BodyMention[]): Mention[] {
  const text = unit.text;
  const out: Mention[] = [];
  for (const body of bodies) {
    const from = body.end - unit.start;
    const lead = tail(text, body.start - unit.start);
    // a body after a preposition is not the subject ("sent to the Senate"), unless a relative clause opens ("in which the membership")
    if (/\b(?:in|to|of|from|for|with|at|into|against|under|over|by|than)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}$/i.test(lead) && !/\bof\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}$/i.test(lead) && !/\b(?:which|whom)\s+(?:the\s+)?$/i.test(lead)) continue;
    const prelude = readPrelude(text, from);
    // headlines tell in the present, and "did" takes the plain form ("Members did agree")
    const plain = unit.title || prelude.auxiliary;
    const verbs = plain ? DECISION_IN_HEADLINE : DECISION;
    const m = /^\s*/.exec(text.slice(prelude.end));
    verbs.lastIndex = prelude.end + (m ? m[0].length : 0);
    const verb = verbs.exec(text);
    if (!verb || prelude.negated) continue;
    if (hypotheticalBefore(text, body.start - unit.start)) continue;
    const word = plain ? pastOf(verb[1].toLowerCase()) : verb[1].toLowerCase().replace(/\s+/g, ' ');
    const after = text.slice(verb.index + verb[0].length);
    if (ELECTS.test(after)) continue;
    if (word === 'confirmed' && !CONFIRMS_AN_APPOINTMENT.test(after)) continue;
    if ((word === 'endorsed' || word === 'backed') && SUPPORTS_A_PERSON.test(after)) continue;
    if (prelude.perfect && HISTORY.test(after)) continue;
    const cue = { start: unit.start + verb.index, end: unit.start + verb.index + verb[0].length };
    // "among the councillors who voted", "27 Green MPs voted": some members, not the body's decision
    const members = prelude.relative || SOME_MEMBERS.test(lead) || (MEMBER_NOUNS.has(body.head) && NUMBERED.test(body.text));
    const court = COURT_HEADS.has(body.head);
    if (COURT_ONLY.has(word) && !court) continue;
    const reading = court && RULING.has(word) ? { polarity: 'adopted' as const, announces: false, subjectOffset: 0 } : readVerb(word, after);
    if (!reading) continue;
    // A court, cabinet or commission "approved" or "dismissed" by decree as often as by vote.
    // people who vote only in ballots decide a motion only by voting: "investors rejected a resolution"
    const ballotMotion = VOTER_GROUPS.includes(body.head) && MOTION_OBJECT.test(after);
    if ((WEAK_BODIES.has(body.head) || NEEDS_VOTE_WORD.has(word)) && word !== 'voted' && !ballotMotion && !VOTE_EVIDENCE.test(text)) continue;
    out.push(
      mention(unit, {
        kind: 'decision',
        rule: members ? 'vote.decision.members' : 'vote.decision',
        cue,
        polarity: reading.polarity,
        body,
        announces: reading.announces,
        members,
        voter: members ? subjectPronounVoter(unit, body.start - unit.start, reading.polarity) : null,
        subjectAt: reading.subjectOffset === null ? null : cue.end + reading.subjectOffset,
      }),
    );
  }
  return out;
}

interface VerbReading {
  polarity: Outcome;
  announces: boolean;
  /** Offset of what was voted on, from the end of the verb. */
  subjectOffset: number | null;
}

function readVerb(word: string, after: string): VerbReading | null {
  if (word === 'voted') {
    const m = AFTER_VOTED.exec(after);
    const link = (m?.[1] ?? '').trim().toLowerCase();
    const offset = m ? m[0].length : null;
    if (/^to(?: not)?$/.test(link) || link === 'not to') {
      const negative = link.includes('not') || NEGATIVE_INFINITIVE.test(after.slice(m![0].length));
      return { polarity: negative ? 'rejected' : 'adopted', announces: false, subjectOffset: offset };
    }
    if (link === 'against' || link === 'down') return { polarity: 'rejected', announces: false, subjectOffset: offset };
    if (link === 'for' || link.startsWith('in favo')) return { polarity: 'adopted', announces: false, subjectOffset: offset };
    if (link === 'on') return { polarity: 'unknown', announces: true, subjectOffset: offset };
    // A bare "had voted," says nothing of the vote; counts after "voted" do.
    if (link === '' || /^[a-z]/.test(link)) return null;
    return { polarity: 'unknown', announces: false, subjectOffset: null };
  }
  if (word.startsWith('gave')) return { polarity: 'adopted', announces: false, subjectOffset: 0 };
  if (word === 'vetoed') return { polarity: 'vetoed', announces: false, subjectOffset: 0 };
  if (ADOPTING.has(word)) return { polarity: 'adopted', announces: false, subjectOffset: 0 };
  if (REJECTING.has(word) || word.startsWith('failed')) return { polarity: 'rejected', announces: false, subjectOffset: 0 };
  return null;
}

/** "He was among the aldermen who voted against": "He" voted on that side. */
function subjectPronounVoter(unit: Unit, bodyStart: number, polarity: Outcome): Mention['voter'] {
  const m = /^\s*(He|She|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:was|is)\s+(?:among|one of)\b/.exec(unit.text.slice(0, bodyStart));
  if (!m || (polarity !== 'adopted' && polarity !== 'rejected')) return null;
  const start = unit.start + m.index + m[0].indexOf(m[1]);
  return { range: { start, end: start + m[1].length }, side: polarity === 'adopted' ? 'for' : 'against' };
}

/** "It is the unanimous finding of all seven judges", "The unanimous bench held", "The bench was unanimous in dismissing …". */
export function unanimity(unit: Unit, bodies: readonly BodyMention[]): Mention[] {
  const m = UNANIMOUS_NOUN.exec(unit.text);
  if (!m) return [];
  const cue = { start: unit.start + m.index, end: unit.start + m.index + m[0].length };
  // "the unanimous court", "the unanimous finding of all seven judges"; an agency's "unanimous decision" is no vote
  const body = bodies.find((b) => b.start >= cue.start - 40 && b.start <= cue.end + 40) ?? null;
  if (!body && !/court|panel|bench/i.test(m[0])) return [];
  return [mention(unit, { kind: 'unanimity', cue, polarity: 'adopted', body })];
}
