// What may stand between a subject and its verb: "the Diet, for its part,
// has twice voted", "the Assembly of North Valdora (NVA), Valdora
// voted", "the parliament of Ostria, the Diet, voted". Read with
// sticky patterns one piece at a time, so nothing backtracks over the
// sentence.

import { MONTH_NAMES, VERB_PRELUDE, WEEKDAY_NAMES } from './lexicon.js';

export interface Prelude {
  /** Where the verb may start. */
  end: number;
  negated: boolean;
  /** A relative "who": the subject's members act, not the subject itself. */
  relative: boolean;
  /** "has"/"have"/"had" before the verb. */
  perfect: boolean;
  /** "did" before the verb: the verb stands in its plain form ("did agree"). */
  auxiliary: boolean;
}

const TIME = `(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|week|month|year|night|morning|afternoon|evening|\\d{4})`;

const PIECES: { re: RegExp; mark?: 'negated' | 'relative' | 'perfect' | 'auxiliary' }[] = [
  { re: /\s*\([^()]{0,80}\)/y },
  { re: /\s*,\s*(?:however|though|meanwhile|in turn|too|also|again|once again|for its part|in response|in a statement)\s*,/iy },
  // ", by a majority of four to one,", ", with all 65 members voting for,"
  { re: /\s*,\s*(?:(?:the|a|an|which|whose|led|by|with|after|in|at|[a-z]+ed)\b|[A-Z0-9])[^,;:()"“”.]{0,80},/y },
  { re: /\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s)/y },
  { re: /\s+(?:has|have|had)\b/iy, mark: 'perfect' },
  { re: /\s+(?:not|never)\b|n[’']t\b/iy, mark: 'negated' },
  { re: /\s+(?:did|does|do)\b/iy, mark: 'auxiliary' },
  { re: /\s+who\b/iy, mark: 'relative' },
  // "Voters in Ireland approved", "Lawmakers in Kyiv voted"
  { re: /\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s)/y },
  { re: new RegExp(`\\s+(?:${VERB_PRELUDE})\\b`, 'iy') },
  { re: /\s+(?!only\b)[a-z]+ly\b/y },
  {
    re: new RegExp(
      `\\s+(?:(?:on|last|this|late|early|earlier|in)\\s+)?${TIME}(?:\\s+(?:morning|afternoon|evening|night|\\d{1,2}(?:st|nd|rd|th)?))?(?:,?\\s+\\d{4})?\\b,?`,
      'iy',
    ),
  },
];

const MAX_PIECES = 8;

/** Reads the prelude that starts at `from` in `text`. */
export function readPrelude(text: string, from: number): Prelude {
  const out: Prelude = { end: from, negated: false, relative: false, perfect: false, auxiliary: false };
  let at = from;
  for (let n = 0; n < MAX_PIECES; n++) {
    let moved = false;
    for (const piece of PIECES) {
      piece.re.lastIndex = at;
      const m = piece.re.exec(text);
      if (!m || m[0].length === 0) continue;
      if (piece.mark) out[piece.mark] = true;
      at += m[0].length;
      moved = true;
      break;
    }
    if (!moved) break;
  }
  out.end = at;
  return out;
}
