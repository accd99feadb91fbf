// Words whose full stop usually does not end a sentence, and the words that
// usually begin one. A full stop after an abbreviation is read as a sentence
// end only when what follows is clearly a new sentence.

/** Titles and Latin abbreviations: never the last word of a sentence. */
const NEVER_FINAL = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Prof', 'Gen', 'Col', 'Lt',
  'Sgt', 'Capt', 'Cmdr', 'Adm', 'Maj', 'Brig', 'Cpl', 'Pvt', 'Sen', 'Rep', 'Gov',
  'Pres', 'Rev', 'Hon', 'Fr', 'Supt', 'Insp', 'Mt', 'Ft',
  'Drs', 'Profs', 'Gens', 'Sens', 'Reps', 'Govs', 'Sgts', 'Lts', 'Cols',
  'vs', 'v', 'cf', 'e.g', 'i.e', 'E.g', 'I.e', 'approx', 'ca',
]);

/**
 * Abbreviations that can also close a sentence ("shares of Acme Inc. The
 * company said …"): a break needs a sentence-starting word after them.
 */
const OFTEN_FINAL = new Set([
  'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Jr', 'Sr', 'St', 'No', 'Nos', 'Ave',
  'Rd', 'Blvd', 'Dept', 'Univ', 'Assn', 'Ph.D', 'etc', 'al',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/**
 * Function words and a few nouns that typically start a sentence and rarely
 * continue a name ("in the U.K. Analysts said" breaks, "the U.S. Senate" does not).
 */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And',
  'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'From', 'By', 'With', 'To', 'As',
  'If', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our',
  'My', 'Your', 'There', 'Here', 'When', 'While', 'After', 'Before', 'However',
  'Meanwhile', 'Also', 'Some', 'Many', 'Most', 'Such', 'Both', 'Each', 'All',
  'Although', 'Though', 'Because', 'Since', 'During', 'Despite', 'Earlier',
  'Later', 'Then', 'Now', 'Today', 'Yesterday', 'Still', 'Instead', 'Neither',
  'What', 'Who', 'Why', 'How', 'Where', 'According', 'Analysts', 'Officials',
  'Critics', 'Experts', 'Residents', 'Witnesses', 'Investigators', 'Observers',
  'Protesters', 'Supporters', 'Opponents',
]);

/** Nothing after the word is needed: its full stop never ends a sentence. */
export function isNeverFinal(word: string): boolean {
  return NEVER_FINAL.has(word);
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
