// Step 3: find the cue and the speaker phrase of each quotation in the
// writer's words around it, in the order news writes them:
//   “…,” X said / “…,” said X / “…” - X / X said: “…” / X said “…” /
//   according to X / X, a doctor, said / a cue later in the sentence.

import type { SpeakerType } from '../../facts.js';
import { isPartyAndState } from '../../reading/entities/not-names.js';
import type { Token } from '../../text/tokens.js';
import { cueAt, isGerund, isPassive } from './cues.js';
import type { FramedQuote } from './02-frames.js';
import { isPossessive, phraseAfter, phraseBefore, type NounPhrase } from './noun-phrase.js';
import { SPEECH_NOUNS } from '../../lexicon/reporting/index.js';
import { DETERMINERS, ORGANIZATION_NOUNS, ROLE_NOUNS, SOURCE_NOUNS, SUBJECT_PRONOUNS, TIME_WORDS, VERB_PRELUDE } from './words.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

export interface Attribution {
  tokens: Token[];
  /** The speaker's phrase, or null where the attribution names no one ("X is said to …"). */
  phrase: NounPhrase | null;
  /** Token range of the cue in `tokens`, or null (dash attribution, "from X:"). */
  cue: [number, number] | null;
  /** Token range of a role given in apposition ("X, spokesperson for …"). */
  role?: [number, number];
  /** The speaker's type when the form of the attribution tells it. */
  type?: SpeakerType;
  /** The rule that found the attribution (see README.md, "Rules"). */
  rule: string;
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const DASHES = new Set(['-', '–', '—', '―']);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'via', 'through', 'to', 'before', 'after', 'late', 'early']);

const PLATFORMS = /^(x|twitter|facebook|instagram|telegram|tiktok|television|tv|radio|air|camera)$/;

/** End of "in a joint statement", "on Thursday", "on X": a short phrase ending in a speech noun, time or platform. */
function fillerPhraseEnd(tokens: Token[], start: number, limit: number): number {
  for (let k = start; k < limit && k <= start + 4 && tokens[k].word; k++) {
    const w = lower(tokens[k]);
    if (SPEECH_NOUNS.has(w) || TIME_WORDS.has(w) || PLATFORMS.test(w)) return k + 1;
  }
  return -1;
}

/** Skips words between a cue and an inverted subject: "said on Thursday", "denounced in a joint statement". */
export function skipFiller(tokens: Token[], i: number, limit: number): number {
  let j = i;
  for (let guard = 0; guard < 4 && j < limit; guard++) {
    const w = lower(tokens[j]);
    if (tokens[j].text === ',' || TIME_WORDS.has(w)) {
      j++;
      continue;
    }
    const end = PREPOSITIONS.has(w) ? fillerPhraseEnd(tokens, j + 1, limit) : -1;
    if (end < 0) break;
    j = end;
  }
  return j;
}

/** Skips adverbs and auxiliaries before a verb ("also", "has"), backwards. */
function skipPreludeBackward(tokens: Token[], end: number, floor: number): number {
  let j = end;
  while (j > floor && VERB_PRELUDE.has(lower(tokens[j - 1]))) {
    // "he's said" has an auxiliary; "Trump's tweet" a possessive, which ends the look.
    if (isPossessive(tokens[j - 1]) && !SUBJECT_PRONOUNS.has(lower(tokens[j - 2]))) break;
    j--;
  }
  return j;
}

/** Skips an apposition or aside before a verb: "X, a doctor, said", "X, who … in July, said". */
function skipApposition(tokens: Token[], end: number, floor: number): { end: number; role?: [number, number] } {
  if (tokens[end - 1]?.text !== ',') return { end };
  // An apposition may hold commas of its own ("X, of Springfield, Va., said"): try up to three.
  let commas = 0;
  for (let k = end - 2; k > floor && k >= end - 30; k--) {
    const t = tokens[k].text;
    if (['“', '”', '"', ':', ';'].includes(t)) break;
    if (t !== ',') continue;
    const inner = lower(tokens[k + 1]);
    if (inner === 'who' || inner === 'which' || inner === 'whose') return { end: k };
    // "Ama Quist, R-Ky., said": a legislator's party and state
    if (isPartyAndState(tokens, k + 1, end - 1)) return { end: k };
    // An aside: "X, at a later press gaggle, said", "X, speaking to reporters, said".
    if ((PREPOSITIONS.has(inner) || (isGerund(tokens[k + 1]) && tokens[k + 1].word)) && phraseBefore(tokens, k, floor)) return { end: k };
    if (inner === 'of' || looksLikeRole(tokens, k + 1, end - 1)) {
      if (phraseBefore(tokens, skipParenthesisBackward(tokens, k, floor), floor)) return { end: k, role: [k + 1, end - 1] };
    }
    if (++commas === 3) break;
  }
  return { end };
}

/** "Germany’s delegate, Jonas Keller, wrote": a name set off by commas after the office that introduces it. */
function nameBetweenCommas(tokens: Token[], end: number, floor: number): { phrase: NounPhrase; role?: [number, number] } | null {
  if (tokens[end - 1]?.text !== ',') return null;
  for (let k = end - 2; k > floor && k >= end - 8; k--) {
    if (tokens[k].text !== ',') continue;
    const phrase = phraseAfter(tokens, k + 1, end - 1);
    if (!phrase || phrase.kind !== 'name' || phrase.last !== end - 1) return null;
    let roleStart = k;
    while (roleStart > floor && roleStart > k - 7 && (tokens[roleStart - 1].word || isPossessive(tokens[roleStart - 1]))) roleStart--;
    return looksLikeRole(tokens, roleStart, k) ? { phrase, role: [roleStart, k] } : null;
  }
  return null;
}

/** Skips a parenthesis ending just before `end` ("Rep. Gwen Moore (D-Wis.)"), backwards. */
function skipParenthesisBackward(tokens: Token[], end: number, floor: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  for (let k = end - 2; k >= floor && k >= end - 8; k--) if (tokens[k].text === '(') return k;
  return end;
}

/** Skips a parenthesis starting at `i`, forwards. */
function skipParenthesis(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== '(') return i;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) if (tokens[k].text === ')') return k + 1;
  return i;
}

/** The subject of the cue at `cueIndex`, read backwards. */
export function subjectBefore(tokens: Token[], cueIndex: number, floor: number): { phrase: NounPhrase; role?: [number, number] } | null {
  // "he was told", "it was reported": the subject of a passive did not speak
  if (isPassive(tokens, cueIndex)) return null;
  let end = skipParenthesisBackward(tokens, skipPreludeBackward(tokens, cueIndex, floor), floor);
  const direct = phraseBefore(tokens, end, floor);
  if (direct) return { phrase: direct };
  // "Police in Brookfield, Vermont, said": a place and its region after the speaker, not an apposition
  const placed = tokens[end - 1]?.text === ',' ? phraseBefore(tokens, end - 1, floor) : null;
  if (placed?.modifier && tokens.slice(placed.modifier[0], placed.modifier[1]).some((t) => t.text === ',')) return { phrase: placed };
  const named = nameBetweenCommas(tokens, end, floor);
  if (named) return named;
  const app = skipApposition(tokens, end, floor);
  if (app.end === end) return null;
  end = skipParenthesisBackward(tokens, skipPreludeBackward(tokens, app.end, floor), floor);
  const phrase = phraseBefore(tokens, end, floor);
  return phrase ? { phrase, role: app.role } : null;
}

/** "a doctor", "spokesperson for the ministry", "British Ambassador to the UN", "Brown's lawyer". */
export function looksLikeRole(tokens: Token[], first: number, last: number): boolean {
  if (last <= first || last - first > THRESHOLDS.roleMaxTokens) return false;
  const words = tokens.slice(first, Math.min(last, first + 5)).map(lower);
  if (PREPOSITIONS.has(words[0]) || words[0] === 'and' || words[0] === 'but') return false;
  return words.some((w) => ROLE_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w) || SOURCE_NOUNS.has(w)) || DETERMINERS.has(words[0]);
}

/** A role in apposition after a name: ", spokesperson for the US State Department". */
function roleAfter(tokens: Token[], i: number, limit: number): [number, number] | undefined {
  if (tokens[i]?.text !== ',') return undefined;
  let j = i + 1;
  while (j < limit && tokens[j].text !== ',' && tokens[j].text !== '.' && tokens[j].text !== ';' && cueAt(tokens, j) < 0) j++;
  return looksLikeRole(tokens, i + 1, j) ? [i + 1, j] : undefined;
}

function attribution(rule: string, tokens: Token[], phrase: NounPhrase, cue: [number, number] | null, role?: [number, number]): Attribution {
  return { tokens, phrase, cue, role, rule };
}

/** A cue followed by a colon opens what follows. */
function introducesNext(tail: Token[], cueEnd: number): boolean {
  return tail[cueEnd]?.text === ':';
}

/** The cue and subject after a quotation: “…,” X said / said X / - X / later in the sentence. */
export function attributeTail(tail: Token[]): Attribution | null {
  let i = 0;
  while (i < tail.length && tail[i].text === ',') i++;
  if (i >= tail.length) return null;
  if (DASHES.has(tail[i].text)) {
    const phrase = phraseAfter(tail, i + 1);
    if (phrase && phrase.kind !== 'pronoun') return attribution('quote.after.dash', tail, phrase, null, roleAfter(tail, phrase.last, tail.length));
  }
  // "according to X"
  for (let k = i; k < tail.length; k++) {
    if (lower(tail[k]) === 'according' && lower(tail[k + 1]) === 'to') {
      const phrase = phraseAfter(tail, k + 2);
      if (phrase) return attribution('quote.after.according-to', tail, phrase, [k, k + 2], roleAfter(tail, phrase.last, tail.length));
    }
  }
  // X said / X, a doctor, said
  const subject = phraseAfter(tail, i);
  if (subject) {
    let j = skipParenthesis(tail, subject.last);
    let role: [number, number] | undefined;
    if (tail[j]?.text === ',') {
      role = roleAfter(tail, j, tail.length);
      if (role && tail[role[1]]?.text === ',') j = role[1] + 1;
      else role = undefined;
    }
    while (j < tail.length && (tail[j].text === ',' ? false : ['also', 'later', 'then', 'has', 'had', 'have', 'would', 'will', 'further', 'again'].includes(lower(tail[j])))) j++;
    const cueEnd = cueAt(tail, j);
    // "Mr. Zahed said: “…”" after a quotation introduces the next one.
    if (cueEnd > 0 && introducesNext(tail, cueEnd)) return null;
    if (cueEnd > 0) return attribution('quote.after.subject-cue', tail, subject, [j, cueEnd], role);
  }
  // said X, or a cue further on: “…” with Pyongyang, on arms in particular, reacted X
  for (let k = i; k < tail.length; k++) {
    if (['“', '”', '"'].includes(tail[k].text)) break;
    const cueEnd = cueAt(tail, k);
    if (cueEnd < 0) continue;
    if (introducesNext(tail, cueEnd)) return null;
    const start = skipFiller(tail, cueEnd, tail.length);
    const inverted = phraseAfter(tail, start);
    if (inverted && inverted.kind !== 'pronoun') {
      return attribution(k === i ? 'quote.after.cue-subject' : 'quote.after.later-cue', tail, inverted, [k, cueEnd], roleAfter(tail, inverted.last, tail.length));
    }
    const before = subjectBefore(tail, k, i);
    if (before) return attribution('quote.after.cue-subject-before', tail, before.phrase, [k, cueEnd], before.role);
    return null;
  }
  return null;
}

/** The cue and subject before a quotation: X said: “…” / X said “…” / X told Reuters: “…” / a cue earlier in the sentence. */
// Verbs that put words in someone's mouth by naming: "called them “deplorables”".
const NAMING_VERBS = /^(call|calls|called|calling|describe|describes|described|describing|label|labels|labeled|labelled|labeling|labelling|brand|brands|branded|branding|dub|dubs|dubbed|dubbing)$/i;

/** A cue at `k`: a reporting verb, or for a partial quotation also a naming verb. */
function headCueAt(head: Token[], k: number, naming: boolean): number {
  const end = cueAt(head, k);
  if (end > 0 || !naming) return end;
  return NAMING_VERBS.test(head[k].text) ? k + 1 : -1;
}

export function attributeHead(head: Token[], naming = false): Attribution | null {
  let end = head.length;
  while (end > 0 && [':', ',', '—', '–', '-'].includes(head[end - 1].text)) end--;
  if (end > 0 && lower(head[end - 1]) === 'that') end--;
  // "According to X, “…”"
  for (let k = end - 1; k >= 0; k--) {
    if (lower(head[k]) === 'according' && lower(head[k + 1]) === 'to') {
      const phrase = phraseAfter(head, k + 2, end);
      if (phrase) return attribution('quote.before.according-to', head, phrase, [k, k + 2]);
    }
  }
  // The nearest cue before the quotation whose subject stands before it.
  let participle: Attribution | null = null;
  for (let k = end - 1; k >= 0; k--) {
    const cueEnd = headCueAt(head, k, naming);
    if (cueEnd < 0) continue;
    const subject = subjectBefore(head, k, 0);
    if (subject) return attribution(cueEnd >= end - 2 ? 'quote.before.subject-cue' : 'quote.before.earlier-cue', head, subject.phrase, [k, cueEnd], subject.role);
    // "Obama ended his speech by saying “…”": a participle's subject is the sentence's,
    // unless a finite cue earlier in the sentence has its own.
    const own = isGerund(head[k]) && !participle ? sentenceSubject(head, k) : null;
    if (own) {
      participle = attribution('quote.before.participle', head, own, [k, cueEnd]);
      continue;
    }
    // "said X:" with an inverted subject before a colon
    const inverted = phraseAfter(head, skipFiller(head, cueEnd, end), end);
    if (inverted && inverted.kind !== 'pronoun' && inverted.last >= end - 1) return attribution('quote.before.cue-subject', head, inverted, [k, cueEnd]);
  }
  if (participle) return participle;
  if (head[head.length - 1]?.text === ':') {
    // "And from Chairwoman Name:"
    for (let k = end - 1; k >= 0; k--) {
      if (lower(head[k]) === 'from') {
        const phrase = phraseAfter(head, k + 1, end);
        if (phrase && phrase.kind !== 'common') return attribution('quote.before.from', head, phrase, null);
        break;
      }
    }
    // "Cruz called them on it:" — a colon introduces the words of the sentence's subject.
    const own = sentenceSubject(head, end);
    if (own && own.kind !== 'common') return attribution('quote.before.colon', head, own, null);
  }
  return null;
}

const OPENERS = new Set(['in', 'on', 'at', 'after', 'before', 'when', 'while', 'as', 'but', 'and', 'however', 'later', 'earlier', 'then', 'during', 'since', 'meanwhile', 'today', 'yesterday']);

/** The subject that opens a sentence, after an introductory phrase ("On Monday, X …"), if a verb follows it. */
function sentenceSubject(tokens: Token[], limit: number): NounPhrase | null {
  let i = 0;
  if (OPENERS.has(lower(tokens[0]))) {
    const comma = tokens.findIndex((t, k) => k < limit && t.text === ',');
    if (comma < 0 || comma > 8) return null;
    i = comma + 1;
  }
  const phrase = phraseAfter(tokens, i, limit);
  if (!phrase || phrase.kind === 'group') return null;
  const next = tokens[phrase.last];
  return next && next.word && /^\p{Ll}/u.test(next.text) ? phrase : null;
}

export function attributeQuote(q: FramedQuote): Attribution | null {
  if (q.kind === 'partial') return attributeHead(q.head, true) ?? attributeTail(q.tail);
  return attributeTail(q.tail) ?? attributeHead(q.head);
}
