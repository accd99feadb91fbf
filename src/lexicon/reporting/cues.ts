// Multi-word cues and attribution phrases.
//
// A multi-word cue is the reporting word itself: a phrasal verb in every
// inflection ("pointed out", "goes on") or a fixed phrase ("according to").
// An attribution phrase is a verb plus its usual setting ("said in a
// statement", "told reporters"): its cue is the verb alone, so these are kept
// apart from the cues.

import { inflections } from './inflect.js';
import {
  FIXED_CUES,
  PHRASAL_VERBS,
  SETTING_VERBS,
  SETTINGS,
  TOLD_AUDIENCES,
} from './verbs.data.js';

function buildCueIndex(): Map<string, string> {
  const lemmaOf = new Map<string, string>();
  for (const [verb, rest, onlyForms] of PHRASAL_VERBS) {
    for (const form of onlyForms ?? inflections(verb)) {
      lemmaOf.set(`${form} ${rest}`, `${verb} ${rest}`);
    }
  }
  for (const cue of FIXED_CUES) lemmaOf.set(cue, cue);
  return lemmaOf;
}

function buildAttributionPhrases(): string[] {
  const phrases: string[] = [];
  for (const verb of SETTING_VERBS) {
    for (const setting of SETTINGS) phrases.push(`${verb} ${setting}`);
  }
  for (const form of ['told', 'tells', 'telling', 'tell']) {
    for (const audience of TOLD_AUDIENCES) phrases.push(`${form} ${audience}`);
  }
  return phrases;
}

const longestFirst = (a: string, b: string) =>
  b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

const CUE_INDEX = buildCueIndex();

/** Lowercase multi-word cues, longest first so a scan can take the longest match. */
export const MULTIWORD_CUES: readonly string[] = [...CUE_INDEX.keys()].sort(longestFirst);

/** Lowercase attribution phrases ("said in a statement", "told reporters"), longest first. */
export const ATTRIBUTION_PHRASES: readonly string[] = [
  ...new Set(buildAttributionPhrases()),
].sort(longestFirst);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Words may be separated by any run of white space (a line break included);
// a match starts and ends on word boundaries. Sticky, so it tests one offset.
function stickyPattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((p) => p.split(' ').map(escapeRegExp).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
}

function matchAt(pattern: RegExp, text: string, offset: number): string | undefined {
  pattern.lastIndex = offset;
  const match = pattern.exec(text);
  return match ? match[0] : undefined;
}

const CUE_PATTERN = stickyPattern(MULTIWORD_CUES);
const PHRASE_PATTERN = stickyPattern(ATTRIBUTION_PHRASES);

/**
 * The multi-word cue that starts exactly at `offset` in `text`, as written
 * there (its length gives the end), or undefined. The longest cue wins.
 */
export function multiwordCueAt(text: string, offset: number): string | undefined {
  return matchAt(CUE_PATTERN, text, offset);
}

/** The attribution phrase that starts exactly at `offset` in `text`, as written, or undefined. */
export function attributionPhraseAt(text: string, offset: number): string | undefined {
  return matchAt(PHRASE_PATTERN, text, offset);
}

/** The base form of a multi-word cue ("pointed  out" → "point out"), or undefined. */
export function multiwordCueLemma(cue: string): string | undefined {
  return CUE_INDEX.get(cue.trim().toLowerCase().replace(/\s+/g, ' '));
}
