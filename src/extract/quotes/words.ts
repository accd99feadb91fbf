// The word classes the attribution rules read, from the shared lexicon
// (src/lexicon), so quotations and entities read names the same way.

import {
  ABBREVIATIONS_BY_CLASS,
  CLAUSE_OPENERS,
  DETERMINERS,
  OFFICE_QUALIFIERS,
  ORG_HEADS,
  ORGANISATION_NAME_CONNECTORS,
  ORGANISATION_NOUNS,
  PROFESSIONS,
  SOURCE_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  VERB_PRELUDE,
  wordSet,
} from '../../lexicon/words.js';

export { DETERMINERS, SOURCE_NOUNS, SUBJECT_PRONOUNS, TIME_WORDS, VERB_PRELUDE };

/** Abbreviated titles as the tokeniser writes them, with their full stop ("sen.", "dr."). */
const DOTTED_TITLES = [...ABBREVIATIONS_BY_CLASS.title].map((t) => `${t.toLowerCase()}.`).filter((t) => TITLE_HEADS.has(t.slice(0, -1)));

/**
 * Nouns of office that, before a name, make a title ("Foreign Minister Dmytro
 * Kuleba"), and the professions news names speakers by.
 */
export const ROLE_NOUNS = wordSet([...TITLE_HEADS], [...PROFESSIONS], DOTTED_TITLES);

/** Capitalised words that only modify a following office ("Foreign", "Deputy"). */
export const ROLE_MODIFIERS = wordSet([...TITLE_MODIFIERS], [...OFFICE_QUALIFIERS]);

/** Head nouns of organisations, with the names of the press. */
export const ORGANIZATION_NOUNS = wordSet([...ORG_HEADS], [...ORGANISATION_NOUNS]);

/** Connectors inside proper names ("Bank of England", "Ludwig van Beethoven", "Alliance for …"). */
export const NAME_CONNECTORS = ORGANISATION_NAME_CONNECTORS;

/** Capitalised at the start of a sentence, never a name by themselves. */
export const FUNCTION_WORDS = CLAUSE_OPENERS;
