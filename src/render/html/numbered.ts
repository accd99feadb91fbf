// The facts of one document (or one window of a long one) as the report
// names them: quotations Q1, Q2, … and votes V1, V2, … in output order,
// counted on across windows, and the anchors that link them. Anchors start
// with the document's own prefix (d1, d2, …) so they are unique in a report
// of many documents.

import type { DocumentFacts, Entity, Located, Quote, Vote } from '../../facts.js';

/** What a document has numbered so far; a long document's windows carry it on. */
export interface Numbering {
  /** The document's anchor prefix: `d1`, `d2`, … */
  doc: string;
  quotes: number;
  votes: number;
}

export interface NumberedFacts {
  doc: string;
  quotes: Array<{ quote: Quote; n: number }>;
  votes: Array<{ vote: Vote; n: number }>;
  entities: Entity[];
  /** Entities marked in this part of the report: only a link to one of these resolves. */
  entityIds: ReadonlySet<string>;
  /** Quotations by the place their speaker is named (`spanKey`), in quotation order. */
  speakerOf: ReadonlyMap<string, number[]>;
  /** Quotations by their cue's place. */
  cueOf: ReadonlyMap<string, number[]>;
}

export const spanKey = (located: Located): string => `${located.span.start}:${located.span.end}`;

export const quoteAnchor = (doc: string, n: number) => `${doc}-q${n}`;
export const voteAnchor = (doc: string, n: number) => `${doc}-v${n}`;
/** Another passage reporting vote `n`: its index among the vote's mentions, from 1. */
export const voteMentionAnchor = (doc: string, n: number, mention: number) => `${doc}-v${n}-m${mention}`;
export const entityAnchor = (doc: string, id: string) => `${doc}-${id}`;
/** The place a speaker is named, anchored by the first quotation naming it there. */
export const speakerAnchor = (doc: string, n: number) => `${doc}-q${n}-speaker`;

function grouped<T>(items: readonly T[], key: (item: T) => string | null, n: (item: T) => number): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const item of items) {
    const at = key(item);
    if (at === null) continue;
    const list = groups.get(at);
    if (list) list.push(n(item));
    else groups.set(at, [n(item)]);
  }
  return groups;
}

/** Numbers the facts after those already counted in `numbering`, and moves the count on. */
export function numberFacts(facts: DocumentFacts, numbering: Numbering): NumberedFacts {
  const quotes = (facts.quotes ?? []).map((quote, i) => ({ quote, n: numbering.quotes + i + 1 }));
  const votes = (facts.votes ?? []).map((vote, i) => ({ vote, n: numbering.votes + i + 1 }));
  numbering.quotes += quotes.length;
  numbering.votes += votes.length;
  const entities = facts.entities ?? [];
  return {
    doc: numbering.doc,
    quotes,
    votes,
    entities,
    // An entity is anchored at its first mention: one without a mention has nowhere to link to.
    entityIds: new Set(entities.filter((entity) => entity.mentions.length > 0).map((entity) => entity.id)),
    speakerOf: grouped(quotes, ({ quote }) => (quote.speaker?.mention ? spanKey(quote.speaker.mention) : null), ({ n }) => n),
    cueOf: grouped(quotes, ({ quote }) => (quote.cue ? spanKey(quote.cue) : null), ({ n }) => n),
  };
}
