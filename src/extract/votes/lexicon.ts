// Word lists the vote rules read, as regular expression sources or sets.
// Kept in one place so the rules read as sentences about news wording.

import { MONTHS, WEEKDAYS } from '../../lexicon/words.js';

const alt = (words: string): string =>
  words
    .trim()
    .split(/\s*\n\s*|\s*\|\s*/)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
    .join('|');

/** The shared month and weekday names as regular expression alternatives (lower case: match them case-insensitively). */
export const MONTH_NAMES = MONTHS.join('|');
export const WEEKDAY_NAMES = WEEKDAYS.join('|');

/**
 * Bodies that vote, by their head words. Matched case-insensitively except
 * the capitalised-only group (a lower-case "house" is a building).
 */
export const BODY_HEADS = alt(`
  House of Representatives | House of Commons | House of Lords | House of Delegates | House of Assembly
  House of Councillors | Chamber of Deputies | General Assembly | National Assembly | Security Council
  Supreme Court | Constitutional Court | High Court | Court of Appeals | Court of Appeal | Court of Session
  Human Rights Council | Legislative Yuan | Legislative Council | Legislative Assembly | State Duma
  European Parliament | city council | town council | county council | state legislature
  lower house | upper house | both houses | council members | board of directors
  Bundestag | Bundesrat | Knesset | Duma | Dáil | Seanad | Riksdag | Storting | Folketing | Eduskunta
  Sejm | Majlis | Lok Sabha | Rajya Sabha | Cortes | Oireachtas | Politburo
  Congress | Senate | Parliament | legislature | Assembly | Council | cabinet | committee | commission
  board | court | justices | judges | panel | shareholders | stockholders | members | MPs | MEPs
  senators | lawmakers | legislators | congressmen | councillors | councilors | deputies | delegates
  convention | electorate | voters | tribunal | chamber
`);

/** Capitalised-only body heads. */
export const BODY_HEADS_CAPITALISED = alt(`House | Representatives | Diet | Commons | Lords`);

/** Member nouns: "the Representatives who voted against" names members, not the body's decision. */
export const MEMBER_NOUNS = new Set(
  `members mps meps senators lawmakers legislators congressmen councillors councilors deputies delegates
   representatives justices judges shareholders stockholders voters`.split(/\s+/),
);

/** Bodies whose decisions are rulings: without a split or unanimity a ruling is not reported as a vote. */
export const COURT_HEADS = new Set(['court', 'supreme court', 'constitutional court', 'high court', 'court of appeals', 'court of appeal', 'court of session', 'justices', 'judges', 'tribunal', 'panel']);

/** The permanent members of the UN Security Council and the capitals that stand for them. */
export const PERMANENT_MEMBERS = alt(`
  Russia | Russian Federation | China | France | United States | United Kingdom | Britain | UK | U.K. | US | U.S. | USA
  Moscow | Beijing | Washington | Paris | London
`);

/** Nouns for what a body votes on. */
export const MOTION_NOUNS = alt(`
  draft resolution | draft | resolution | motion | bill | amendment | measure | proposal | proposition | text
  legislation | articles of impeachment | article of impeachment | articles | act | referendum | budget
  treaty | initiative | ordinance | nomination | vote | ballot measure | plan | deal | law | decree | package
`);

/** Past participles that report a decision in the passive ("was passed by the Senate"). */
export const PASSIVE_VERBS = alt(`
  passed | approved | adopted | rejected | ratified | endorsed | confirmed | vetoed | defeated | dismissed
  overturned | blocked | carried | voted down | backed | supported
`);

/** Adverbs and auxiliaries that may stand between a body and its verb. */
export const VERB_PRELUDE = alt(`
  has | have | had | also | then | later | again | once | once again | already | finally | still | even | just
  ever | subsequently | yesterday | today | tonight | earlier | previously | eventually | ultimately | narrowly
  unanimously | overwhelmingly | formally | officially | repeatedly | quickly | swiftly | easily | overall
  itself | themselves | instead | too | in turn | only | initially | originally | reportedly | effectively
`);

/** Words that mark the vote as hypothetical, required or still to come. */
export const NOT_YET = /\b(?:if|unless|until|whether|would|could|should|must|might|may|will|shall|can|cannot|can't|won't|wouldn't|needs?|needed|required|requires|expected|likely|plans?|planned|set|scheduled|due|going|about|hopes?|wants?|intends?|before\s+any)\b/i;

/** Words of elections of people, which are not votes on a decision. */
export const ELECTION_WORDS = /\b(?:elect|elected|re-elect|re-elected|election|elections|electoral|primary|primaries|caucus|caucuses|candidate|candidates|delegates?|ballots?|polls?|polling|poll|surveys?|respondents|plurality|popular vote|running mate|ticket|won|wins|winning|defeated\s+[A-Z])\b/;

/** Words of sports results. */
export const SPORTS_WORDS = /\b(?:points?|goals?|scored?|match|matches|game|games|season|innings|tries|wickets|runs|half-time|halftime|round|league|cup|championship|tournament|team)\b/i;
