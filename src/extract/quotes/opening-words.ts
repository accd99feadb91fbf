// A capitalised word opening a sentence may be a name or a common word its
// capital says nothing of: "Officials said" (a group), "Nearly all experts"
// (no one), "Rice said" (a surname, as often as not). What a word is comes
// from the lexicon, not from the tags of the sentence: the attribution passes
// may run before the document is tagged, and must read the same either way.

import { isCommonWord, lexiconTags } from '../../lexicon/gazetteers.js';
import type { Token } from '../../text/tokens.js';
import { ORGANIZATION_NOUNS, SOURCE_NOUNS } from './words.js';

/** compromise's tags that make a capitalised common word a name after all ("Will", "Rose"). */
const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Organization']);

const commonWord = (w: string) => isCommonWord(w) || (w.endsWith('s') && isCommonWord(w.slice(0, -1)));
const NOT_NOUN_TAGS = new Set(['Adverb', 'Preposition', 'Adjective', 'Value', 'TextValue', 'Cardinal', 'Conjunction', 'Gerund']);
const lower = (t: Token) => t.text.toLowerCase();
const isName = (w: string) => lexiconTags(w).some((tag) => NAME_TAGS.has(tag));

/** An adverb, a preposition, an adjective or a number opening a sentence ("Nearly", "Within", "Six"). */
export function openingOtherWord(t: Token): boolean {
  const w = lower(t);
  return t.first && commonWord(w) && !isName(w) && (/ly$/.test(w) || lexiconTags(w).some((tag) => NOT_NOUN_TAGS.has(tag)));
}

/** A plural common noun, or a noun for a source, opening a sentence: its capital does not make it a name. */
export function openingCommonNoun(t: Token): boolean {
  const w = lower(t);
  if (!t.first || isName(w)) return false;
  return (w.endsWith('s') && commonWord(w)) || SOURCE_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w);
}
