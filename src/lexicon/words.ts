// The word lists the rules read, loaded once from the data in ./lists (one
// JSON file per list, each word listed once: test/lexicon checks it). These
// are grammar and the vocabulary of news writing, not gazetteers: names of
// real things come from ./data. Lists that combine others are built here,
// so that no list is written twice.

import abbreviationList from './lists/abbreviations.json' with { type: 'json' };
import academicTitles from './lists/academic-and-clerical-titles.json' with { type: 'json' };
import clauseOpeners from './lists/clause-openers.json' with { type: 'json' };
import courtesyTitles from './lists/courtesy-titles.json' with { type: 'json' };
import deities from './lists/deities.json' with { type: 'json' };
import determiners from './lists/determiners.json' with { type: 'json' };
import documentNouns from './lists/document-nouns.json' with { type: 'json' };
import eventHeads from './lists/event-heads.json' with { type: 'json' };
import functionWords from './lists/function-words.json' with { type: 'json' };
import groupNouns from './lists/group-nouns.json' with { type: 'json' };
import lawHeads from './lists/law-heads.json' with { type: 'json' };
import monthAbbreviations from './lists/month-abbreviations.json' with { type: 'json' };
import months from './lists/months.json' with { type: 'json' };
import nameParticles from './lists/name-particles.json' with { type: 'json' };
import officeQualifiers from './lists/office-qualifiers.json' with { type: 'json' };
import officesOverPlaces from './lists/offices-over-places.json' with { type: 'json' };
import organisationHeads from './lists/organisation-heads.json' with { type: 'json' };
import organisationLegalForms from './lists/organisation-legal-forms.json' with { type: 'json' };
import organisationNameConnectors from './lists/organisation-name-connectors.json' with { type: 'json' };
import organisationNouns from './lists/organisation-nouns.json' with { type: 'json' };
import personCues from './lists/person-cues.json' with { type: 'json' };
import placeHeads from './lists/place-heads.json' with { type: 'json' };
import professions from './lists/professions.json' with { type: 'json' };
import relativeDays from './lists/relative-days.json' with { type: 'json' };
import sentenceStarters from './lists/sentence-starters.json' with { type: 'json' };
import sourceNouns from './lists/source-nouns.json' with { type: 'json' };
import subjectPronouns from './lists/subject-pronouns.json' with { type: 'json' };
import timeWords from './lists/time-words.json' with { type: 'json' };
import timeZones from './lists/time-zones.json' with { type: 'json' };
import titleHeads from './lists/title-heads.json' with { type: 'json' };
import titleModifiers from './lists/title-modifiers.json' with { type: 'json' };
import verbPrelude from './lists/verb-prelude.json' with { type: 'json' };
import weekdays from './lists/weekdays.json' with { type: 'json' };

/** The one loader: a set of the words of one or more lists. */
export function wordSet(...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) for (const word of list) set.add(word);
  return set;
}

// ------------------------------------------------------------ time

/** Month names, lower case, January first. */
export const MONTHS: readonly string[] = months;
/** Weekday names, lower case, Monday first. */
export const WEEKDAYS: readonly string[] = weekdays;
/** Short forms of month names ("jan", "sept"), lower case. */
export const MONTH_ABBREVIATIONS: readonly string[] = monthAbbreviations;
/** "today", "yesterday", "tomorrow", "tonight". */
export const RELATIVE_DAYS: readonly string[] = relativeDays;
/** Time words that may stand between a cue and its subject ("said Thursday", "said last week"). */
export const TIME_WORDS = wordSet(weekdays, relativeDays, timeWords);

/** Time zones ("UTC", "GMT"): capitals of a clock time, never a name. */
export const TIME_ZONES = wordSet(timeZones);

// ------------------------------------------------------------ titles and offices

/** Titles of courtesy: they say nothing of a role ("Mr", "Dame"). */
export const COURTESY_TITLES = wordSet(courtesyTitles);
/** Titles written before a name even in lower case ("Mr", "Dr", "Rev"). */
export const HONORIFICS = wordSet(courtesyTitles, academicTitles);
/** Words that head a person's title: "Foreign Minister", "Ambassador", "Mr", "Sens". */
export const TITLE_HEADS = wordSet(titleHeads, courtesyTitles, academicTitles, abbreviationList.title.map((t) => t.toLowerCase()));
/** Words that narrow a title: "Foreign" Minister, "Deputy" Secretary, Secretary "General". */
export const TITLE_MODIFIERS = wordSet(titleModifiers);
/** Words for what a person does, which news names speakers by ("the lawyer", "a historian"). */
export const PROFESSIONS = wordSet(professions);
/** Capitalised words that qualify an office ("District" Attorney, "City" Councillor). */
export const OFFICE_QUALIFIERS = wordSet(officeQualifiers);

// ------------------------------------------------------------ names

/** Last words of organisation names: "State Department", "Security Council". */
/** Offices held over a place: "the mayor of Hadley" names a place. */
export const OFFICES_OVER_PLACES = wordSet(officesOverPlaces);
export const ORG_HEADS = wordSet(organisationHeads, organisationLegalForms);
/** What a company's name ends in by law ("Inc", "SpA", "GmbH"): the name before it is the company's short name. */
export const LEGAL_FORMS = wordSet(organisationLegalForms);
/** Nouns that name an organisation without being the last word of one's name ("the embassy", "the regime"). */
export const ORGANISATION_NOUNS = wordSet(organisationNouns);
/** Last words of place names: "Yellow River", "Gulf of Mexico". */
export const PLACE_HEADS = wordSet(placeHeads);
/** Names of other kinds by their last word: events, operations … */
export const EVENT_HEADS = wordSet(eventHeads);
/** … and laws, treaties and plans. */
export const LAW_HEADS = wordSet(lawHeads);
/** Connectors that join only the parts of a person's name: "Charles de Gaulle". */
export const PERSON_PARTICLES = wordSet(nameParticles);
/** Words that may join two capitalised parts of one name when the left part asks for it. */
export const NAME_CONNECTORS = wordSet(nameParticles, ['of', '&']);
/** Connectors inside organisation names too ("Alliance for …", "… and Sons"). */
export const ORGANISATION_NAME_CONNECTORS = wordSet(nameParticles, ['of', '&'], organisationNameConnectors);
/** Lower-case words before a capitalised word that say it starts a person's name. */
export const PERSON_CUES = wordSet(personCues);
/** Words that are capitalised for reasons other than being names. */
export const NEVER_NAMES = wordSet(functionWords, subjectPronouns, weekdays, months, monthAbbreviations, relativeDays);
/** Capitalised at the start of a clause, never a speaker's name by themselves. */
export const CLAUSE_OPENERS = wordSet(functionWords, subjectPronouns, weekdays, months, monthAbbreviations, relativeDays, clauseOpeners);

// ------------------------------------------------------------ speech

/** Pronouns that can be the subject of a reporting verb. */
export const SUBJECT_PRONOUNS = wordSet(subjectPronouns);
/** Words that open a noun phrase and belong to it ("the ministry", "a source"). */
export const DETERMINERS = wordSet(determiners);
/** Plural or collective nouns for unnamed sources ("officials said", "sources told"). */
export const SOURCE_NOUNS = wordSet(sourceNouns);
/** Names of gods: prayed to and quoted from scripture, never the "he" of a news quotation. */
export const DEITIES = wordSet(deities);
/** Writings that report what their authors say ("the statement said", "according to the study"). */
export const DOCUMENT_NOUNS = wordSet(documentNouns);
/** Nouns for many people at once, singular in form ("people", "the family"). */
export const GROUP_NOUNS = wordSet(groupNouns);
/** Words that may stand between a subject and its reporting verb ("he also said", "has told"). */
export const VERB_PRELUDE = wordSet(verbPrelude);

// ------------------------------------------------------------ abbreviations

type AbbreviationClass = keyof typeof abbreviationList;
const abbreviations = abbreviationList as Record<AbbreviationClass, string[]>;
const lower = (list: readonly string[]) => list.map((w) => w.toLowerCase());

/** Abbreviations as written, by class: titles, place prefixes and Latin never end a sentence; the rest may. */
export const ABBREVIATIONS_BY_CLASS: Readonly<Record<AbbreviationClass, ReadonlySet<string>>> = {
  title: wordSet(abbreviations.title),
  'place-prefix': wordSet(abbreviations['place-prefix']),
  latin: wordSet(abbreviations.latin),
  'often-final': wordSet(abbreviations['often-final'], monthAbbreviations.map((m) => m[0].toUpperCase() + m.slice(1))),
  'us-state': wordSet(abbreviations['us-state']),
};

/** Every abbreviation, lower case: a word whose full stop belongs to it. */
export const ABBREVIATIONS = wordSet(
  ...Object.values(abbreviations).map(lower),
  monthAbbreviations,
);

/** Words that typically start a sentence and rarely continue a name, as written ("The", "However"). */
export const SENTENCE_STARTERS = wordSet(sentenceStarters);
