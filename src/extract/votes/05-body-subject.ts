// Step 5: who voted and on what. The body is the one the statement names;
// a statement that names none ("Russia vetoed …", "The vote … failed")
// takes it from the document: a veto or a "Council" in a text about the UN
// Security Council is the Security Council's, otherwise the body named in the
// sentences just before. The subject is the phrase the wording points at
// ("vetoed on Thursday a draft resolution …" → "draft resolution …").

import { cleanBody, type BodyIndex } from './body-index.js';
import { NUMBER_SOURCE } from '../../text/number-words.js';
import { COURT_HEADS, MEMBER_NOUNS, MONTH_NAMES, WEEKDAY_NAMES } from './lexicon.js';
import type { BodyMention, Mention, Unit } from './types.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

export const SECURITY_COUNCIL = /\bSecurity\s+Council\b/;
const UN_WORDS = /\b(?:Security\s+Council|the\s+Council|resolution|UN|U\.N\.|United\s+Nations)\b/;
const UN_SECURITY_COUNCIL = 'UN Security Council';


/** What the body finder read for a vote: the name given and the words that name it, the fullest first. */
export interface BodyFound {
  name: string;
  mentions: BodyMention[];
}

export interface DocumentBodies {
  text: string;
  units: readonly Unit[];
  bodies: BodyIndex;
  /** The document names the UN Security Council. */
  unContext: boolean;
}

export function bodyOf(doc: DocumentBodies, mentions: readonly Mention[], evidence: readonly Unit[]): BodyFound | null {
  const { units, bodies: index } = doc;
  const named = mentions.find((m) => m.body && !MEMBER_NOUNS.has(m.body.head));
  // "MPs", "voters", "the council's 15 members" stand for a body named elsewhere when it is.
  const members = mentions.find((m) => m.body && MEMBER_NOUNS.has(m.body.head))?.body ?? null;
  const first = evidence[0].index;
  const last = evidence[evidence.length - 1].index;
  const evidenceText = doc.text.slice(evidence[0].start, evidence[evidence.length - 1].end);
  const widest = (body: BodyMention, unit: Unit): BodyFound => {
    const fuller = index.fuller(body, unit);
    return fuller ? { name: cleanBody(fuller.text), mentions: [fuller, body] } : { name: cleanBody(body.text), mentions: [body] };
  };
  if (named?.body) {
    const body = named.body;
    if (body.head === 'security council' || (body.head === 'council' && doc.unContext && /\bthe\s+Council\b/.test(body.text + evidenceText))) {
      return { name: UN_SECURITY_COUNCIL, mentions: [body] };
    }
    return widest(body, named.unit);
  }
  if (doc.unContext && (mentions.some((m) => m.kind === 'veto') || UN_WORDS.test(evidenceText))) return { name: UN_SECURITY_COUNCIL, mentions: [] };
  if (mentions.some((m) => m.kind === 'referendum')) return members ? { name: cleanBody(members.text), mentions: [members] } : null;
  for (let i = first; i <= last; i++) {
    const inside = index.voters(units[i]).find((b) => !MEMBER_NOUNS.has(b.head));
    if (inside) return widest(inside, units[i]);
  }
  if (members) return { name: cleanBody(members.text), mentions: [members] };
  for (let i = first - 1; i >= 0 && i >= first - THRESHOLDS.voteBodyLookBack; i--) {
    if (units[i].title) break;
    const before = index.voters(units[i]).filter((b) => !MEMBER_NOUNS.has(b.head) && !COURT_HEADS.has(b.head));
    if (before.length) return widest(before[before.length - 1], units[i]);
  }
  return null;
}

/** Where a subject phrase stops: the end of the clause, or the time, count or manner that follows it. */
const SUBJECT_END = new RegExp(
  [
    `,(?!\\d{3})|[;:!?()]|\\.(?:\\s|$)|\\s+(?:which|who|whom|whose|where|when|while)\\b`,
    `\\s+(?:on|in|at|by|during|after|before|along|with|as|following|despite)\\s+(?:a\\s+)?(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|\\d+|votes?|vote\\s+of|party|primarily|largely|mostly|one\\s+vote|the\\s+same\\s+day|yesterday|today)\\b`,
    `\\s+(?:primarily|largely|mostly)\\s+along\\b|\\s+for\\s+(?:a|the)\\s+\\w+\\s+time\\b|\\s+by\\s+(?:a\\s+)?(?:majority|margin|vote|votes|unanimous)\\b`,
    `\\s+(?:by\\s+)?\\d{1,4}\\s*(?:[-–—]|-to-|\\s+to\\s+\\d)|\\s+by\\s+(?:a\\s+)?(?:${NUMBER_SOURCE})(?:\\s+votes?)?\\s+to\\s`,
    `\\s+(?:on\\s+)?a\\s+(?:[\\w.%-]+\\s+)?turnout\\b|\\s+by\\s+\\d[\\d.]*\\s*(?:%|per\\s*cent|percent)|\\s+(?:yesterday|today|unanimously)\\b|\\s+(?:and|but)\\s+(?:(?:the|it|on|was|were|reached|then)\\b|\\d)`,
  ].join('|'),
  'i',
);

const MAX_SUBJECT = 160;
const LEADING_TIME = new RegExp(`^(?:(?:on|last|this|late|early)\\s+)?(?:${WEEKDAY_NAMES}|yesterday|today|tonight)\\b(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:that\\s+)?`, 'i');

export function subjectOf(text: string, mentions: readonly Mention[]): string | null {
  for (const m of mentions) {
    if (m.subjectAt === null) continue;
    const raw = m.subjectAt < m.cue.start ? text.slice(m.subjectAt, m.cue.start) : text.slice(m.subjectAt, m.unit.end);
    const subject = trimSubject(raw);
    if (subject) return subject;
  }
  return null;
}

function trimSubject(raw: string): string | null {
  // "ruled 5-4 to strike down the law": the split is not part of what was decided
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against a subject phrase: part of one sentence
  let s = raw.replace(/^\s+/, '').replace(/^(?:by\s+)?(?:an?\s+)?\d{1,4}\s*(?:[-–—]|-to-|\s+to\s+)\s*\d{1,4}(?:\s+(?:vote|votes|decision|majority|ruling))?,?\s+(?:(?:in\s+favou?r\s+of|to|that|against|on)\s+)?/i, '');
  // "ruled 5-4 on Friday that …": the time before the words decided is not part of them; nor the margin ("agreed, by 82 per cent, to …")
  s = s.replace(LEADING_TIME, '').replace(/^,?\s*by\s+[^,;]{1,40},\s*/i, '');
  const stop = SUBJECT_END.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s
    .trim()
    .replace(/^(?:on|to|of|for|against|in\s+favou?r\s+of)\s+(?=\w)/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/^(?:vote|motion)\s+(?:to|on)\s+/i, '')
    // eslint-disable-next-line regexp/no-super-linear-move -- matched against a subject phrase: part of one sentence
    .replace(/\s+(?:also|again|then|finally)$/i, '')
    .trim();
  if (s.length > MAX_SUBJECT) s = s.slice(0, s.lastIndexOf(' ', MAX_SUBJECT));
  if (!/[a-z]/i.test(s) || /^(?:it|him|her|them|this|that)$/i.test(s)) return null;
  return s;
}
