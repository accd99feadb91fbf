// Reading the noun phrase that names a speaker, forwards or backwards from a
// reporting verb, over word tokens. A phrase is a pronoun, a proper name with
// an optional title ("Russian Ambassador Vassili Nebenzia"), a list of names
// (a group), or a common noun phrase ("the committee of experts").

import { isCapitalized, type Token } from '../../text/tokens.js';
import { DOCUMENT_NOUNS, GROUP_NOUNS } from '../../lexicon/words.js';
import { isActorNoun } from '../../lexicon/gazetteers.js';
import { openingCommonNoun, openingOtherWord } from './opening-words.js';
import {
  DETERMINERS,
  FUNCTION_WORDS,
  NAME_CONNECTORS,
  ORGANIZATION_NOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
  SUBJECT_PRONOUNS,
} from './words.js';

export type PhraseKind = 'pronoun' | 'name' | 'common' | 'group';

export interface NounPhrase {
  kind: PhraseKind;
  /** Token range of the whole phrase, end exclusive. */
  first: number;
  last: number;
  /** Token range of the name itself, after a leading title. */
  nameFirst: number;
  /** Token ranges of the members of a group. */
  members?: Array<[number, number]>;
  /** Token range of a title before the name. */
  title?: [number, number];
  /** Token range of what places or attaches the speaker after the head ("in Brackwell", "of the University of Tartu"). */
  modifier?: [number, number];
}

/** Prepositions whose object qualifies the phrase before them and never speaks: "officials in Brackwell", "associates of X". */
const MODIFYING = new Set(['of', 'in', 'at', 'from']);

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
/** "He’s claiming", "She'd said": a pronoun with its auxiliary. */
const PRONOUN_CONTRACTION = /^(he|she|they|we|i)['’](s|d|ll|ve|re|m)$/i;

/** The possessive ending, a token of its own ("Trump" "’s"). */
export function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && /^['’]s$/i.test(t.text);
}

/** A word that can be part of a proper name. */
function isNameWord(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  return isCapitalized(t.text) && !FUNCTION_WORDS.has(t.text.toLowerCase());
}

/** The period of an initial or title ("John F. Kennedy", "Dr. Smith") belongs to the name. */
function isNamePeriod(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return (
    tokens[i]?.text === '.' &&
    prev !== undefined &&
    prev.end === tokens[i].start &&
    (/^\p{Lu}$/u.test(prev.text) || ROLE_NOUNS.has(`${prev.text.toLowerCase()}.`)) &&
    isNameWord(tokens[i + 1])
  );
}

/** End (exclusive) of a proper-name run starting at `i`, or `i` when none starts there. */
export function properRunForward(tokens: Token[], i: number, limit = tokens.length): number {
  let j = i;
  while (j < limit) {
    const t = tokens[j];
    if (isNameWord(t)) j++;
    else if (j > i && isNamePeriod(tokens, j)) j++;
    else if (j > i && NAME_CONNECTORS.has(lower(t)) && lower(t) !== 'and' && isNameWord(tokens[j + 1])) j++;
    else break;
  }
  return j;
}

/** Start of a proper-name run ending just before `end` (exclusive), or `end` when none. */
export function properRunBackward(tokens: Token[], end: number, floor = 0): number {
  let j = end;
  while (j > floor) {
    const t = tokens[j - 1];
    if (isNameWord(t)) j--;
    else if (j < end && isNamePeriod(tokens, j - 1)) j--;
    else if (j < end && j - 1 > floor && NAME_CONNECTORS.has(lower(t)) && lower(t) !== 'and' && isNameWord(tokens[j - 2])) j--;
    else break;
  }
  // A leading "The" of a name run ("The Post") is kept; a lone "The" is not a name.
  return j;
}

/** Splits a title off the front of a name run: the title ends at the last office noun. */
export function splitTitle(tokens: Token[], first: number, last: number): number {
  let nameFirst = first;
  for (let k = first; k < last - 1; k++) {
    const w = lower(tokens[k]);
    if (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(`${w}.`)) nameFirst = k + 1;
  }
  while (nameFirst < last && tokens[nameFirst].text === '.') nameFirst++;
  // "Mayor of Koszalin Piotr Jedlinski": the office's "of X" belongs to the title; the name is the last two words.
  if (nameFirst > first && NAME_CONNECTORS.has(lower(tokens[nameFirst])) && last - nameFirst >= 4) nameFirst = last - 2;
  return nameFirst;
}

function nameAt(tokens: Token[], first: number, last: number): NounPhrase {
  const nameFirst = splitTitle(tokens, first, last);
  return { kind: 'name', first, last, nameFirst, title: nameFirst > first ? [first, nameFirst] : undefined };
}

/** A common noun phrase ending at `end` (exclusive): [determiner] [modifiers] head [of noun]. */
function commonBackward(tokens: Token[], end: number, floor: number): number | null {
  let head = end - 1;
  if (head < floor) return null;
  // "committee of experts", "spokesman for the ministry"
  if (lower(tokens[head - 1]) === 'of' && head - 2 >= floor) head -= 2;
  // "experts on trade", "officials at the agency": a known head and the phrase that places it
  else {
    const placed = headBeforePhrase(tokens, end, floor);
    if (placed !== null) head = placed;
  }
  const w = lower(tokens[head]);
  if (!tokens[head]?.word || FUNCTION_WORDS.has(w) || /ly$/.test(w) || !(/^[\p{Ll}-]+$/u.test(tokens[head].text) || tokens[head].first)) return null;
  const known = SOURCE_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w) || ROLE_NOUNS.has(w) || (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1))) || isActorNoun(w);
  let j = head;
  for (let steps = 0; j - 1 >= floor && steps < 4; steps++) {
    const t = tokens[j - 1];
    // "Obama's former campaign strategist": a possessive opens the phrase with its owner.
    if (isPossessive(t)) return known && j - 2 >= floor && tokens[j - 2].word ? j - 2 : null;
    if (!t.word) break;
    const lw = lower(t);
    // "the committee": a determiner opens the phrase.
    if (DETERMINERS.has(lw)) return known ? j - 1 : null;
    if (SUBJECT_PRONOUNS.has(lw) || !/^[\p{L}-]+$/u.test(t.text)) break;
    j--;
  }
  // Bare plurals ("officials", "sources") and nouns for many ("police", "staff") need no determiner.
  return SOURCE_NOUNS.has(w) && (/s$/.test(w) || GROUP_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w)) ? head : null;
}

const PLACING = new Set(['on', 'at', 'in', 'from', 'with', 'for', 'of']);

/** "experts on trade": the source noun before a short prepositional phrase ending at `end`, or null. */
function headBeforePhrase(tokens: Token[], end: number, floor: number): number | null {
  for (let k = end - 2; k > floor && k >= end - 6; k--) {
    if (!tokens[k].word) return null;
    if (!PLACING.has(lower(tokens[k]))) continue;
    const w = lower(tokens[k - 1]);
    return SOURCE_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w) || ROLE_NOUNS.has(w) ? k - 1 : null;
  }
  return null;
}

/** The subject phrase ending just before token `end`. */
export function phraseBefore(tokens: Token[], end: number, floor = 0): NounPhrase | null {
  if (end <= floor) return null;
  const last = tokens[end - 1];
  // A comma ends an aside or an apposition, never the phrase itself.
  if (last.text === ',') return null;
  if ((SUBJECT_PRONOUNS.has(lower(last)) || PRONOUN_CONTRACTION.test(last.text)) && last.word) {
    return { kind: 'pronoun', first: end - 1, last: end, nameFirst: end - 1 };
  }
  // "Trump’s tweet said": a possessive is not the subject.
  if (isPossessive(last)) return null;
  let runStart = properRunBackward(tokens, end, floor);
  // "Officials said", "Police said": a plural or a source noun capitalised only because it opens the sentence
  // (a singular common word there is as often a surname: "Rice said")
  if (runStart === end - 1 && openingCommonNoun(tokens[runStart])) return { kind: 'common', first: runStart, last: end, nameFirst: runStart };
  // "Nearly all experts say", "Initial reports stated": a word of another kind opening the sentence names no one
  if (runStart === end - 1 && openingOtherWord(tokens[runStart])) return null;
  // "Associates of Ivan Dorsky": the plural is the speaker, the name after "of" its modifier
  if (runStart + 2 < end && openingCommonNoun(tokens[runStart]) && MODIFYING.has(lower(tokens[runStart + 1]))) runStart += 2;
  if (runStart < end) {
    const head = headBefore(tokens, runStart, end, floor);
    if (head) return head;
    let first = runStart;
    // Lowercase office words before a capitalised name ("spokesman John Kirby").
    while (first - 1 >= floor && (ROLE_NOUNS.has(lower(tokens[first - 1])) || ROLE_MODIFIERS.has(lower(tokens[first - 1])))) first--;
    // …and the capitalised words that qualify it ("French negotiator", "Opposition leader").
    if (first < runStart) for (let k = 0; k < 2 && first - 1 >= floor && isNameWord(tokens[first - 1]); k++) first--;
    if (first - 1 >= floor && DETERMINERS.has(lower(tokens[first - 1])) && first < runStart) first--;
    return nameAt(tokens, first, end);
  }
  const common = commonBackward(tokens, end, floor);
  if (common !== null) return { kind: 'common', first: common, last: end, nameFirst: common };
  return null;
}

/**
 * "Clinic officials in Brackwell", "Ana Lind of the Institute of Oceanography in
 * Tartu": a name run ending at `end` that is the object of "of", "in", "at" or
 * "from" qualifies the phrase before it, which is the speaker; the chain of
 * such names becomes its modifier. Null when the run stands alone.
 */
function headBefore(tokens: Token[], runStart: number, end: number, floor: number): NounPhrase | null {
  let start = runStart;
  for (let hops = 0; hops < 3; hops++) {
    let p = start - 1;
    if (p > floor && lower(tokens[p]) === 'the') p--;
    // "in Elmsby, Vermont, said": a place and its region, set off by commas, count as one
    if (p > floor && tokens[p].text === ',' && p === start - 1 && tokens[end]?.text === ',' && properRunBackward(tokens, p, floor) < p) {
      start = properRunBackward(tokens, p, floor);
      continue;
    }
    if (p <= floor || !MODIFYING.has(lower(tokens[p]))) return null;
    if (properRunBackward(tokens, p, floor) < p) {
      // another name, itself perhaps the object of one more ("of the University of Tartu in Estonia")
      const phrase = phraseBefore(tokens, p, floor);
      return phrase && phrase.kind !== 'pronoun' ? { ...phrase, modifier: [phrase.modifier?.[0] ?? p, end] } : null;
    }
    const common = commonBackward(tokens, p, floor);
    if (common !== null) return { kind: 'common', first: common, last: p, nameFirst: common, modifier: [p, end] };
    return null;
  }
  return null;
}

/** The author of a writing named within a few words after it: "by X", "from X". */
function authorAfter(tokens: Token[], start: number, limit: number): NounPhrase | null {
  for (let k = start; k < Math.min(limit, start + 5); k++) {
    const w = lower(tokens[k]);
    if (!tokens[k].word || w === 'that' || w === 'which') return null;
    if (w === 'by' || w === 'from') {
      const author = phraseAfter(tokens, k + 1, limit);
      return author && author.kind !== 'pronoun' ? author : null;
    }
  }
  return null;
}

/** The subject phrase starting at token `start`; groups of names joined by commas and "and" included. */
export function phraseAfter(tokens: Token[], start: number, limit = tokens.length): NounPhrase | null {
  const t = tokens[start];
  if (!t || !t.word) return null;
  if (SUBJECT_PRONOUNS.has(lower(t)) && lower(t) !== 'it' && lower(t) !== 'you') {
    return { kind: 'pronoun', first: start, last: start + 1, nameFirst: start };
  }
  if (openingOtherWord(t)) return null;
  if (openingCommonNoun(t) && properRunForward(tokens, start, limit) === start + 1) return { kind: 'common', first: start, last: start + 1, nameFirst: start };
  let i = start;
  const det = DETERMINERS.has(lower(t)) && lower(t) !== 'that' ? 1 : 0;
  i += det;
  let runEnd = properRunForward(tokens, i, limit);
  // "French negotiator Claire Moreau": qualifier, lowercase office, name.
  let k = runEnd;
  while (k < limit && k - runEnd < 3 && (ROLE_NOUNS.has(lower(tokens[k])) || ROLE_MODIFIERS.has(lower(tokens[k])))) k++;
  if (k > runEnd && properRunForward(tokens, k, limit) > k) {
    const nameEnd = properRunForward(tokens, k, limit);
    return { kind: 'name', first: start, last: nameEnd, nameFirst: splitTitle(tokens, k, nameEnd), title: [start, k] };
  }
  runEnd = properRunForward(tokens, i, limit);
  if (runEnd > i) {
    const members: Array<[number, number]> = [[i, runEnd]];
    let j = runEnd;
    // "the United States, France, Japan, South Korea and United Kingdom"
    while (j < limit && (tokens[j].text === ',' || lower(tokens[j]) === 'and')) {
      let k = j + 1;
      if (tokens[j].text === ',' && lower(tokens[k]) === 'and') k++;
      if (DETERMINERS.has(lower(tokens[k])) && lower(tokens[k]) === 'the') k++;
      const e = properRunForward(tokens, k, limit);
      if (e === k) break;
      members.push([k, e]);
      j = e;
      if (lower(tokens[k - 1]) === 'and' || lower(tokens[k - 2]) === 'and') break;
    }
    const lastWasAnd = members.length > 1 && tokens.slice(members[members.length - 2][1], members[members.length - 1][0]).some((x) => lower(x) === 'and');
    if (members.length > 2 || (members.length === 2 && lastWasAnd)) {
      return { kind: 'group', first: start, last: j, nameFirst: start, members };
    }
    return nameAt(tokens, start, runEnd);
  }
  // Common phrase: [determiner] up to three modifiers and a source noun, optionally "of/for X".
  for (let k = i; k < Math.min(limit, i + 4); k++) {
    const w = lower(tokens[k]);
    if (!tokens[k].word) break;
    // "a report on Wednesday by Kestrel Labs", "a statement released by the court": the writing's author speaks
    if (DOCUMENT_NOUNS.has(w)) {
      const author = authorAfter(tokens, k + 1, limit);
      if (author) return author;
    }
    if (SOURCE_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w) || (det && ROLE_NOUNS.has(w))) {
      let last = k + 1;
      if ((lower(tokens[last]) === 'of' || lower(tokens[last]) === 'for') && last + 1 < limit) {
        const after = phraseAfter(tokens, last + 1, limit);
        if (after && after.kind !== 'pronoun') last = after.last;
      }
      return det || /s$/.test(w) ? { kind: 'common', first: start, last, nameFirst: start } : null;
    }
  }
  return null;
}
