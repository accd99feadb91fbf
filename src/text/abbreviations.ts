// Abbreviations and the sentences around them (the lists are in
// src/lexicon/lists/abbreviations.json): titles and Latin abbreviations never
// end a sentence; other abbreviations end one only when what follows is
// clearly a new sentence.

import { ABBREVIATIONS_BY_CLASS, SENTENCE_STARTERS } from '../lexicon/words.js';

// State abbreviations ("Calif.", "Del.") keep their full stop as tokens but
// are left out here: several are also titles or words ("Del.", "Miss."), so
// segmentation reads them as ordinary words.
const { title: TITLES, 'place-prefix': PLACE_PREFIXES, latin: LATIN, 'often-final': OFTEN_FINAL } = ABBREVIATIONS_BY_CLASS;

/** Nothing after the word is needed: its full stop never ends a sentence. */
export function isNeverFinal(word: string): boolean {
  return TITLES.has(word) || PLACE_PREFIXES.has(word) || LATIN.has(word.toLowerCase());
}

/**
 * Abbreviations, single initials ("John F. Kennedy") and dotted acronyms
 * ("U.S", "a.m"; the last full stop is not part of `word`), whose full stop
 * ends a sentence only before a sentence starter.
 */
export function isAmbiguousAbbreviation(word: string): boolean {
  return OFTEN_FINAL.has(word) || isInitial(word) || isDottedAcronym(word);
}

export function isSentenceStarter(word: string): boolean {
  return SENTENCE_STARTERS.has(word);
}

function isInitial(word: string): boolean {
  return word.length === 1 && word !== word.toLowerCase();
}

// Single letters joined by full stops: U.S, U.K, D.C, a.m, p.m, U.S.A
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;

function isDottedAcronym(word: string): boolean {
  return word.length <= 12 && DOTTED_ACRONYM.test(word);
}

// "1." "12." "a." "iv." "2.3." at the head of a line mark a list item.
const LIST_MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxIVX]{1,5})$/;

export function isListMarker(word: string): boolean {
  return LIST_MARKER.test(word);
}
