// Step 9: what the rest of the document adds to each vote. A court sits with
// the same judges for one case, so a unanimous ruling of a court whose split
// the article gives elsewhere ("by a majority of two to one") was taken by
// that many judges; and the sentences after a vote, before the next one,
// may name who voted on each side ("Justice Ito wrote the dissent, joined by
// Justices Brand and Lee") without restating the vote.

import type { Vote } from '../../facts.js';
import { isVoterName } from './03-voters.js';
import { COURT_HEADS } from './lexicon.js';
import type { Voter } from './links.js';
import type { Side, Unit } from './types.js';
import { SIDES } from './types.js';
import { THRESHOLDS } from '../../rules/thresholds.js';
import { lastStartingBy } from '../../text/search.js';

/** Adds a named voter to one side, unless the vote names them already (by name or by entity). */
export function addVoter(vote: Pick<Vote, 'voters' | 'voter_entities'>, side: Side, voter: Voter | null): void {
  if (!voter || !isVoterName(voter.name)) return;
  if (SIDES.some((s) => vote.voters[s].includes(voter.name) || (voter.entity !== null && vote.voter_entities[s].includes(voter.entity)))) return;
  vote.voters[side].push(voter.name);
  vote.voter_entities[side].push(voter.entity);
}

export function sizeUnanimousRulings(votes: Vote[]): void {
  for (const v of votes) {
    if (v.counts.for !== null || v.counts.against !== 0 || !v.body || !courtHead(v.body)) continue;
    const split = votes.find((u) => u !== v && u.body === v.body && u.counts.for !== null && u.counts.against !== null);
    if (split) v.counts.for = split.counts.for! + split.counts.against! + (split.counts.abstain ?? 0);
  }
}

/** "Court of Appeal" → "court of appeal"; "the appeals panel" → "panel"; '' for a body that is no court. */
function courtHead(body: string): string {
  const name = body.toLowerCase();
  return [...COURT_HEADS].find((h) => name.endsWith(h) || name.startsWith(`${h} `)) ?? '';
}

/** Each vote with the sentences after its last statement, up to the next vote's first (at most a few). */
export function sentencesAfter(votes: readonly Vote[], units: readonly Unit[]): { vote: Vote; units: Unit[] }[] {
  const firstAt = (v: Vote) => v.mentions.reduce((at, m) => Math.min(at, m.span.start), v.span.start);
  const lastAt = (v: Vote) => v.mentions.reduce((at, m) => Math.max(at, m.span.end), v.span.end);
  const ordered = [...votes].sort((a, b) => firstAt(a) - firstAt(b));
  return ordered.map((vote, i) => {
    const end = i + 1 < ordered.length ? firstAt(ordered[i + 1]) : Infinity;
    const after: Unit[] = [];
    for (let k = lastStartingBy(units, lastAt(vote) - 1) + 1; k < units.length && units[k].end <= end && after.length < THRESHOLDS.voteVotersLookAhead; k++) after.push(units[k]);
    return { vote, units: after };
  });
}
