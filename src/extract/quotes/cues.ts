// Reporting cues over tokens: a reporting verb ("said", "lambasted"), or a
// multi-word cue ("pointed out", "according to", "went on").

import type { Token } from '../../text/tokens.js';
import { isAmbiguousReportingForm, isReportingVerb, learnedCueShare, MULTIWORD_CUES } from '../../lexicon/reporting/index.js';
import { DETERMINERS } from './words.js';

// Particles that make a phrasal cue of their own ("pointed out", "hit back").
const PARTICLES = new Set(['out', 'up', 'on', 'back', 'down', 'off', 'over', 'to']);

/** Multi-word cues by first word, as word lists; only those whose words all matter as the cue. */
const PHRASES = new Map<string, string[][]>();
for (const cue of MULTIWORD_CUES) {
  const words = cue.split(' ');
  // "said in a statement", "told reporters": the cue is the verb; the rest is read around it.
  if (isReportingVerb(words[0]) && !PARTICLES.has(words[1])) continue;
  const list = PHRASES.get(words[0]) ?? [];
  list.push(words);
  PHRASES.set(words[0], list);
}

/** A word after a determiner or a possessive ("the claims", "Trump's tweet") is a noun, not a verb. */
const followsDeterminer = (tokens: readonly Token[], i: number) => DETERMINERS.has(tokens[i - 1]?.lower ?? '') || /^['’]s$/i.test(tokens[i - 1]?.text ?? '');

/** Token end (exclusive) of a cue starting at `i`, or -1. A multi-word cue wins over its first word. */
export function cueAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || !t.word) return -1;
  const w = t.text.toLowerCase();
  for (const words of PHRASES.get(w) ?? []) {
    if (words.every((word, k) => tokens[i + k]?.text.toLowerCase() === word)) return i + words.length;
  }
  // A capitalised verb inside a sentence is a name ("Said", "Will"), unless it opens the sentence.
  if (/^\p{Lu}/u.test(t.text) && i > 0) return -1;
  if (!isReportingVerb(w)) return -1;
  // "continues to flout": an aspect verb, not speech.
  if (/^continu/.test(w) && tokens[i + 1]?.text.toLowerCase() === 'to') return -1;
  // "the claims", "a report", "Trump's tweet": a noun after a determiner or a possessive, not a verb.
  if (isAmbiguousReportingForm(w) && followsDeterminer(tokens, i)) return -1;
  return i + 1;
}

/**
 * Token end (exclusive) of a learned cue starting at `i` ("shows", "called
 * for"), or -1: two words before one; a verb, so never capitalised inside the
 * sentence nor after a determiner or a possessive ("the finds").
 */
export function learnedCueAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || !t.word || (/^\p{Lu}/u.test(t.text) && i > 0)) return -1;
  if (followsDeterminer(tokens, i)) return -1;
  const w = t.text.toLowerCase();
  const next = tokens[i + 1];
  if (next?.word && learnedCueShare(`${w} ${next.text.toLowerCase()}`) !== undefined) return i + 2;
  return learnedCueShare(w) !== undefined ? i + 1 : -1;
}

export const isGerund = (t: Token): boolean => /ing$/i.test(t.text);

const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** Past participles of reporting verbs that do not end in "-ed". */
const IRREGULAR_PARTICIPLES = new Set(['told', 'said', 'shown', 'known', 'written', 'heard', 'thought', 'understood', 'seen', 'given', 'spoken']);

/**
 * "was told", "is said", "were reported": a reporting verb in the passive, whose
 * subject is not who spoke ("he was told by Y": Y spoke; "it was announced that":
 * nobody is named).
 */
export function isPassive(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.text.toLowerCase() ?? '';
  if (!/ed$/.test(w) && !IRREGULAR_PARTICIPLES.has(w)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const before = tokens[k].text.toLowerCase();
    if (BE.has(before)) return true;
    if (!/ly$/.test(before) && before !== 'not' && before !== 'also') return false;
  }
  return false;
}
