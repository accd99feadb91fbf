// Word lists the vote rules read, as regular expression sources or sets:
// the lists themselves are data in src/lexicon/lists (voting bodies, their
// members, courts, motions, decision verbs); the patterns that only votes
// read stay here, so the rules read as sentences about news wording.

import courts from '../../lexicon/lists/courts.json' with { type: 'json' };
import legislatures from '../../lexicon/lists/legislatures.json' with { type: 'json' };
import decisionParticiples from '../../lexicon/lists/decision-participles.json' with { type: 'json' };
import motions from '../../lexicon/lists/motions.json' with { type: 'json' };
import votePrelude from '../../lexicon/lists/vote-verb-prelude.json' with { type: 'json' };
import voterGroups from '../../lexicon/lists/voter-groups.json' with { type: 'json' };
import votingBodies from '../../lexicon/lists/voting-bodies.json' with { type: 'json' };
import votingBodiesCapitalised from '../../lexicon/lists/voting-bodies-capitalised.json' with { type: 'json' };
import votingMembers from '../../lexicon/lists/voting-members.json' with { type: 'json' };
import { MONTHS, RELATIVE_DAYS, WEEKDAYS, wordSet } from '../../lexicon/words.js';

const alt = (words: readonly string[] | string): string =>
  // eslint-disable-next-line regexp/no-super-linear-move -- matched against the word lists in this folder, not input text
  (typeof words === 'string' ? words.trim().split(/\s*\n\s*|\s*\|\s*/) : [...words])
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
    .join('|');

/** The shared month and weekday names as regular expression alternatives (lower case: match them case-insensitively). */
export const MONTH_NAMES = MONTHS.join('|');
export const WEEKDAY_NAMES = WEEKDAYS.join('|');

/**
 * Bodies that vote, by their head words ("council", "shareholders") and the
 * proper names of legislatures ("Sejm", "Storting"). Matched
 * case-insensitively except the capitalised-only group (a lower-case "house"
 * is a building).
 */
export const BODY_HEADS = alt([...votingBodies, ...legislatures, ...voterGroups]);

/** Capitalised-only body heads. */
export const BODY_HEADS_CAPITALISED = alt(votingBodiesCapitalised);

/** Member nouns: "the councillors who opposed it" names members, not the body's decision. */
export const MEMBER_NOUNS: ReadonlySet<string> = wordSet(votingMembers);

/** People who vote only in a ballot ("islanders", "residents", "workers"): their "backed" is a vote only beside a vote word or a count. */
export const VOTER_GROUPS: readonly string[] = voterGroups;

/** Bodies whose decisions are rulings: without a split or unanimity a ruling is not reported as a vote. */
export const COURT_HEADS: ReadonlySet<string> = wordSet(courts);

/** The permanent members of the UN Security Council and the capitals that stand for them. */
export const PERMANENT_MEMBERS = alt(`
  Russia | Russian Federation | China | France | United States | United Kingdom | Britain | UK | U.K. | US | U.S. | USA
  Moscow | Beijing | Washington | Paris | London
`);

/** Nouns for what a body votes on. */
export const MOTION_NOUNS = alt(motions);

/** Past participles that report a decision in the passive ("was passed by the Senate"). */
export const PASSIVE_VERBS = alt(decisionParticiples);

/** Adverbs and auxiliaries that may stand between a body and its verb. */
export const VERB_PRELUDE = alt([...votePrelude, ...RELATIVE_DAYS]);

/** Words that mark the vote as hypothetical, required or still to come. */
export const NOT_YET = /\b(?:if|unless|whether|would|could|should|must|might|may|will|shall|can|cannot|can't|won't|wouldn't|needs?|needed|required|requires|expected|likely|(?:plans?|planned|set|due|going|about)\s+to|scheduled|hopes?|wants?|intends?|before\s+any)\b/i;

/** Words of elections of people, which are not votes on a decision. */
export const ELECTION_WORDS = /\b(?:elect|elected|re-elect|re-elected|election|elections|electoral|primary|primaries|caucus|caucuses|candidate|candidates|delegates?|polls?|polling|poll|surveys?|respondents|plurality|popular vote|running mate|ticket|won|wins|winning)\b|\bdefeated\s+[A-Z][a-z]/;

/** Words of sports results. */
export const SPORTS_WORDS = /\b(?:points?|goals?|scored?|match|matches|game|games|season|innings|tries|wickets|runs|half-time|halftime|round|league|cup|championship|tournament|team)\b/;
