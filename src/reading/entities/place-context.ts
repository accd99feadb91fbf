// Where the words around a one-word name say it is a place, whatever else
// shares the name: "the mayor of Hadley", "Hadley is a town of 4,000 people".
// A town and the person named after it ("Ann Hadley, the mayor of Hadley")
// stay two entities.

import { OFFICES_OVER_PLACES, PLACE_HEADS } from '../../lexicon/words.js';
import type { Token } from '../../text/tokens.js';

const COPULAS = new Set(['is', 'was', 'remains', 'became']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** Whether the one-word name at `at` is told to be a place by the words around it. */
export function placeByContext(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at].sentence;
  const near = (i: number) => (i >= 0 && i < tokens.length && tokens[i].sentence === sentence ? tokens[i] : undefined);
  // "the mayor of Hadley", "Bishop of Hadley": an office held over a place
  const of = near(at - 1);
  const office = near(at - 2);
  if (of?.lower === 'of' && office && OFFICES_OVER_PLACES.has(office.lower)) return true;
  // "Hadley is a (small market) town": described as a place, up to two words between
  if (!COPULAS.has(near(at + 1)?.lower ?? '') || !ARTICLES.has(near(at + 2)?.lower ?? '')) return false;
  for (let i = at + 3; i <= at + 5; i++) {
    const word = near(i);
    if (!word || !word.word) return false;
    if (PLACE_HEADS.has(word.lower)) return true;
  }
  return false;
}
