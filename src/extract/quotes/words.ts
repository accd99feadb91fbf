// Closed word classes the attribution rules read. Lower case throughout.
// Titles, organisation heads and connectors extend the entities' own lists,
// so both extractors read names the same way.

import {
  NAME_CONNECTORS as ENTITY_NAME_CONNECTORS,
  NEVER_NAMES,
  ORG_HEADS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from '../../lexicon/words.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
const union = (a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> => new Set([...a, ...b]);

/** Pronouns that can be the subject of a reporting verb. */
export const SUBJECT_PRONOUNS = set('he she they it we i you');

/**
 * Nouns of office that, before a name, make a title ("Foreign Minister Dmytro
 * Kuleba"), and the professions news names speakers by.
 */
export const ROLE_NOUNS = union(TITLE_HEADS, set(`
  chair coo justice doctor researcher scientist lawyer candidate nominee co-founder executive
  author major councillor councilor councilman councilwoman delegate whip treasurer auditor
  commandant chairman-elect administrator coordinator negotiator reporter columnist journalist host
  anchor presenter activist campaigner organiser organizer strategist pollster historian expert
  specialist surgeon physician nurse student teacher principal rector provost chaplain diplomat
  critic patron writer novelist poet artist producer actor actress singer musician composer
  photographer designer architect engineer entrepreneur investor owner chef farmer fisherman
  volunteer mla mayor-elect governor-elect sen. rep. gov. dr. prof. mr. mrs. ms. gen. col. lt. sgt.
`));

/** Capitalised words that only modify a following office ("Foreign", "Deputy"). */
export const ROLE_MODIFIERS = union(TITLE_MODIFIERS, set(`
  junior district county city
`));

/** Head nouns of organisations, with the names of the press. */
export const ORGANIZATION_NOUNS = union(ORG_HEADS, set(`
  military campaign firm newspaper magazine presidency kremlin panel staff embassy consulate
  observatory lab regime junta house white tribune herald guardian telegraph charity ngo monitor
  ministries unit division railways airline party's
`));

/** Plural or collective nouns for unnamed sources ("officials said", "sources told"). */
export const SOURCE_NOUNS = set(`
  official officials source sources expert experts analyst analysts witness witnesses resident residents
  spokesman spokeswoman spokesperson spokespeople spokespersons aide aides critic critics supporter supporters
  observer observers diplomat diplomats investigator investigators prosecutor prosecutors police
  authorities organizers organisers protesters protestors demonstrators activists lawmakers legislators
  member members leader leaders scientist scientists researcher researchers doctor doctors people
  statement report study survey letter ministry department committee government company agency
  campaign council commission court board office team group coalition party administration
  employee employees worker workers voter voters staff person man woman officer officers
  representatives representative family relatives neighbours neighbors parents friends
  historian historians economist economists strategist strategists poll polls
`);

/** Words that open a noun phrase and belong to it ("the ministry", "a source"). */
export const DETERMINERS = set(`
  the a an this that these those his her their its our my your one another several two three four
  five many some most all both each every other no any few
`);

/** Words that may stand between a subject and its reporting verb ("he also said", "has told"). */
export const VERB_PRELUDE = set(`
  also later then previously recently earlier further again once quickly simply finally subsequently
  repeatedly publicly privately separately reportedly has had have was is were are be been being
  would will could should may might must can did does do not never often always just already still
  allegedly reportedly initially originally angrily bluntly flatly firmly curtly openly specifically
  explicitly directly personally famously tearfully proudly calmly frankly candidly
  had've 's ’s
`);

/** Connectors inside proper names ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = union(ENTITY_NAME_CONNECTORS, set(`
  for the and ben
`));

/** Day and time words that may sit between a cue and its inverted subject ("said Thursday"). */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
  morning afternoon evening night week weekend month year earlier later
`);

/** Capitalised at the start of a sentence, never a name by themselves. */
export const FUNCTION_WORDS = union(NEVER_NAMES, set(`
  while since although though because however meanwhile despite during last next one two three then
  thus still even another both either neither according asked speaking instead later earlier now
`));
