// Step 5: who voted and on what. The body is the one the statement names;
// a statement that names none ("Russia vetoed …", "The vote … failed")
// takes it from the document: a veto or a "Council" in a text about the UN
// Security Council is the Security Council's, otherwise the body named in the
// sentences just before. The subject is the phrase the wording points at
// ("vetoed on Thursday a draft resolution …" → "draft resolution …").

import type { TextDocument } from '../../text/document.js';
import { findBodies, sameBody } from './bodies.js';
import { COURT_HEADS, MEMBER_NOUNS } from './lexicon.js';
import { NUMBER_SOURCE } from './number-words.js';
import type { BodyMention, Mention, Unit } from './types.js';

const SECURITY_COUNCIL = /\bSecurity\s+Council\b/;
const UN_WORDS = /\b(?:Security\s+Council|the\s+Council|resolution|UN|U\.N\.|United\s+Nations)\b/;

/** How far back (in sentences) a statement without a body looks for one. */
const LOOK_BACK = 2;

export function bodyOf(doc: TextDocument, units: readonly Unit[], mentions: readonly Mention[], evidence: { start: number; end: number }): string | null {
  const bodies = mentions.flatMap((m) => (m.body ? [m.body] : []));
  // "MPs", "voters", "the council's 15 members" stand for a body named elsewhere when it is.
  const named = bodies.find((b) => !MEMBER_NOUNS.has(b.head));
  const members = bodies.find((b) => MEMBER_NOUNS.has(b.head));
  const evidenceText = doc.text.slice(evidence.start, evidence.end);
  const unContext = SECURITY_COUNCIL.test(doc.text);
  if (named) {
    if (named.head === 'security council' || (named.head === 'council' && unContext && /\bthe\s+Council\b/.test(named.text + evidenceText))) return 'UN Security Council';
    return cleanBody(fuller(units, named) ?? named.text);
  }
  if (unContext && (mentions.some((m) => m.kind === 'veto') || UN_WORDS.test(evidenceText))) return 'UN Security Council';
  if (mentions.some((m) => m.kind === 'referendum')) return members ? cleanBody(members.text) : null;
  const first = units.findIndex((u) => u.start >= evidence.start);
  for (let i = first; i < units.length && units[i].end <= evidence.end; i++) {
    const inside = findBodies(units[i]).find((b) => !MEMBER_NOUNS.has(b.head));
    if (inside) return cleanBody(fuller(units, inside) ?? inside.text);
  }
  if (members) return cleanBody(members.text);
  for (let i = first - 1; i >= 0 && i >= first - LOOK_BACK; i--) {
    if (units[i].title) break;
    const before = findBodies(units[i]).filter((b) => !MEMBER_NOUNS.has(b.head) && !COURT_HEADS.has(b.head));
    if (before.length) return cleanBody(fuller(units, before[before.length - 1]) ?? before[before.length - 1].text);
  }
  return null;
}

/**
 * The document's fullest name for a body named by its head alone ("the
 * House" → "United States House of Representatives", "all 11 Justices" →
 * "Supreme Court of the United Kingdom").
 */
function fuller(units: readonly Unit[], body: BodyMention): string | null {
  const unit = units.find((u) => u.start <= body.start && body.end <= u.end);
  const possessed = unit !== undefined && /['’]s\s+$/.test(unit.text.slice(Math.max(0, body.start - unit.start - 4), body.start - unit.start));
  const bare = cleanBody(body.text).toLowerCase() === body.head && !possessed;
  const judges = body.head === 'justices' || body.head === 'judges';
  if (!bare && !judges) return null;
  for (const u of units) {
    for (const b of findBodies(u)) {
      if (b.text.split(/\s+/).length < 2 || MODIFIER_USE.test(u.text.slice(b.end - u.start))) continue;
      if (judges ? /court/.test(b.head) : sameBody(b.head, body.head) && b.text.length > body.text.length && contains(b.text, cleanBody(body.text))) return b.text;
    }
  }
  return null;
}

/** A body's name used as a modifier ("Senate candidate", "House seat") names something else. */
const MODIFIER_USE = /^\s+(?:candidates?|races?|seats?|majority|minority|leaders?|elections?|primary|primaries|nominees?|campaigns?|runs?|bids?|hearings?|trials?|floor|districts?|members?|staff|rules?|building|speaker|Speaker|chairman|Chairman)\b/;

/** A proper name ("Congress") is only widened to names that contain it as written. */
function contains(longer: string, bare: string): boolean {
  return /^[A-Z]/.test(bare) ? longer.includes(bare) : longer.toLowerCase().includes(bare.toLowerCase());
}

function cleanBody(text: string): string {
  return text
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(new RegExp(`^(?:${NUMBER_SOURCE})\\s+`, 'i'), '').replace(/\s+/g, ' ').trim();
}

/** Where a subject phrase stops: the end of the clause, or the time, count or manner that follows it. */
const SUBJECT_END = /[,;:!?()]|\.(?:\s|$)|\s+(?:which|who|whom|whose|where|when|while)\b|\s+(?:on|in|at|by|during|after|before|along|with|as|following|despite)\s+(?:a\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d+|votes?|vote\s+of|party|primarily|largely|mostly|one\s+vote|the\s+same\s+day|yesterday|today)\b|\s+(?:primarily|largely|mostly)\s+along\b|\s+for\s+(?:a|the)\s+\w+\s+time\b|\s+by\s+(?:a\s+)?(?:majority|margin|vote|votes|unanimous)\b|\s+(?:by\s+)?\d{1,4}\s*(?:[-–—]|-to-|\s+to\s+\d)|\s+(?:yesterday|today|unanimously)\b|\s+(?:and|but)\s+(?:the|it|on|was|were|reached|then)\b/i;

const MAX_SUBJECT = 160;

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
  let s = raw.replace(/^\s+/, '').replace(/^(?:by\s+)?(?:an?\s+)?\d{1,4}\s*(?:[-–—]|-to-|\s+to\s+)\s*\d{1,4}(?:\s+(?:vote|votes|decision|majority|ruling))?,?\s+(?:(?:in\s+favou?r\s+of|to|that|against|on)\s+)?/i, '');
  const stop = SUBJECT_END.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s
    .trim()
    .replace(/^(?:on|to|for|against|in\s+favou?r\s+of)\s+(?=\w)/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/^(?:vote|motion)\s+(?:to|on)\s+/i, '')
    .replace(/\s+(?:also|again|then|finally)$/i, '')
    .trim();
  if (s.length > MAX_SUBJECT) s = s.slice(0, s.lastIndexOf(' ', MAX_SUBJECT));
  if (!/[a-z]/i.test(s) || /^(?:it|him|her|them|this|that)$/i.test(s)) return null;
  return s;
}
