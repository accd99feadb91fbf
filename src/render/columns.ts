// Flat columns for each kind of fact, for CSV: one row per fact, arrays
// joined with "; ", absent values empty.

import type { Entity, FactKind, Quote, Vote } from '../facts.js';

/** A fact's name in the singular, as JSON Lines and CSV tag it. */
export const FACT_NAMES: Record<FactKind, string> = { quotes: 'quote', entities: 'entity', votes: 'vote' };

export type Cell = string | number | null | undefined;
export interface Column<T> {
  name: string;
  value: (fact: T, source: string) => Cell;
}

const LIST_SEPARATOR = '; ';
const list = (items: readonly string[] | undefined): Cell => (items && items.length > 0 ? items.join(LIST_SEPARATOR) : null);

const QUOTE_COLUMNS: Column<Quote>[] = [
  { name: 'source', value: (_, source) => source },
  { name: 'quote_kind', value: (q) => q.kind },
  { name: 'text', value: (q) => q.text },
  { name: 'start', value: (q) => q.span.start },
  { name: 'end', value: (q) => q.span.end },
  { name: 'line', value: (q) => q.span.line },
  { name: 'column', value: (q) => q.span.column },
  { name: 'speaker', value: (q) => q.speaker?.name },
  { name: 'speaker_type', value: (q) => q.speaker?.type },
  { name: 'speaker_role', value: (q) => q.speaker?.role },
  { name: 'speaker_members', value: (q) => list(q.speaker?.members) },
  { name: 'speaker_mention', value: (q) => q.speaker?.mention?.text },
  { name: 'cue', value: (q) => q.cue?.text },
  { name: 'confidence', value: (q) => q.confidence },
];

const ENTITY_COLUMNS: Column<Entity>[] = [
  { name: 'source', value: (_, source) => source },
  { name: 'name', value: (e) => e.name },
  { name: 'type', value: (e) => e.type },
  { name: 'role', value: (e) => e.role },
  { name: 'value', value: (e) => e.value },
  { name: 'aliases', value: (e) => list(e.aliases) },
  { name: 'mentions', value: (e) => e.mentions.length },
  // Position of the first mention.
  { name: 'start', value: (e) => e.mentions[0]?.span.start },
  { name: 'end', value: (e) => e.mentions[0]?.span.end },
  { name: 'line', value: (e) => e.mentions[0]?.span.line },
  { name: 'column', value: (e) => e.mentions[0]?.span.column },
];

const VOTE_COLUMNS: Column<Vote>[] = [
  { name: 'source', value: (_, source) => source },
  { name: 'text', value: (v) => v.text },
  { name: 'start', value: (v) => v.span.start },
  { name: 'end', value: (v) => v.span.end },
  { name: 'line', value: (v) => v.span.line },
  { name: 'column', value: (v) => v.span.column },
  { name: 'body', value: (v) => v.body },
  { name: 'subject', value: (v) => v.subject },
  { name: 'date', value: (v) => v.date },
  { name: 'for', value: (v) => v.counts.for },
  { name: 'against', value: (v) => v.counts.against },
  { name: 'abstain', value: (v) => v.counts.abstain },
  { name: 'absent', value: (v) => v.counts.absent },
  { name: 'percent_for', value: (v) => v.percent.for },
  { name: 'percent_against', value: (v) => v.percent.against },
  { name: 'percent_abstain', value: (v) => v.percent.abstain },
  { name: 'voters_for', value: (v) => list(v.voters.for) },
  { name: 'voters_against', value: (v) => list(v.voters.against) },
  { name: 'voters_abstain', value: (v) => list(v.voters.abstain) },
  { name: 'outcome', value: (v) => v.outcome },
  { name: 'confidence', value: (v) => v.confidence },
];

// Typed loosely on purpose: callers pair a kind with its own facts.
export const COLUMNS: Record<FactKind, Column<never>[]> = {
  quotes: QUOTE_COLUMNS,
  entities: ENTITY_COLUMNS,
  votes: VOTE_COLUMNS,
};
