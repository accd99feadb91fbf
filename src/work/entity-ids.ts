// Entity ids are unique in their document (e1, e2, …). The windows of a long
// document number their entities from e1 each, so when they are joined each
// window's ids move past the ids of the windows before it.

import type { DocumentFacts } from '../facts.js';

const ID = /^e(\d+)$/;

/** The highest entity number the facts mention (ids, speakers' and votes' links), 0 for none. */
export function highestEntityNumber(facts: DocumentFacts): number {
  let highest = 0;
  const see = (id: string | null | undefined) => {
    const match = id ? ID.exec(id) : null;
    if (match) highest = Math.max(highest, Number(match[1]));
  };
  for (const entity of facts.entities ?? []) see(entity.id);
  for (const quote of facts.quotes ?? []) see(quote.speaker?.entity);
  for (const vote of facts.votes ?? []) {
    see(vote.body_entity);
    for (const side of Object.values(vote.voter_entities)) for (const id of side) see(id);
  }
  return highest;
}

/** Adds `base` to every entity number in the facts, in place. */
export function shiftEntityIds(facts: DocumentFacts, base: number): DocumentFacts {
  if (base === 0) return facts;
  const shift = <T extends string | null | undefined>(id: T): T => {
    const match = id ? ID.exec(id) : null;
    return (match ? `e${Number(match[1]) + base}` : id) as T;
  };
  for (const entity of facts.entities ?? []) entity.id = shift(entity.id);
  for (const quote of facts.quotes ?? []) if (quote.speaker?.entity) quote.speaker.entity = shift(quote.speaker.entity);
  for (const vote of facts.votes ?? []) {
    vote.body_entity = shift(vote.body_entity);
    const sides = vote.voter_entities;
    sides.for = sides.for.map(shift);
    sides.against = sides.against.map(shift);
    sides.abstain = sides.abstain.map(shift);
  }
  return facts;
}
