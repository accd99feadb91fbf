// What the table shows for each kind of fact: its columns, and one row per
// fact with the position as `file:line:col`.

import type { Entity, FactKind, Quote, Span, Vote } from '../facts.js';
import type { ColumnSpec } from './table-layout.js';

export type Tone = 'bold' | 'dim' | 'green' | 'yellow' | 'cyan' | 'magenta' | 'blue';

/** A cell: its main text, and an optional note shown dimmed on the next line. */
export interface TableCell {
  text: string;
  tone?: Tone;
  note?: string;
  /** A `file:line:col`: wrapped inside the file name rather than at spaces. */
  path?: boolean;
}

export interface KindTable<T> {
  title: string;
  /** Used when a kind has nothing to show: "No quotes found." */
  plural: string;
  columns: ColumnSpec[];
  row(fact: T, source: string): TableCell[];
}

export function position(source: string, span: Span | undefined): string {
  return span ? `${source}:${span.line}:${span.column}` : source;
}

const location = (source: string, span: Span | undefined): TableCell => ({
  text: position(source, span),
  tone: 'dim',
  path: true,
});
const count = (n: number | null): string => (n === null ? '?' : String(n));

const QUOTE_TONES: Record<Quote['kind'], Tone> = {
  direct: 'green',
  partial: 'cyan',
  block: 'blue',
  indirect: 'yellow',
  mixed: 'magenta',
};

const QUOTES: KindTable<Quote> = {
  title: 'Quotes',
  plural: 'quotes',
  columns: [
    { header: 'speaker', grow: 0, capShare: 0.24, min: 10 },
    { header: 'quote', grow: 1, min: 16 },
    { header: 'kind', grow: 0 },
    { header: 'position', grow: 0, capShare: 0.26, min: 10 },
  ],
  row: (quote, source) => [
    quote.speaker
      ? { text: quote.speaker.name, tone: 'bold', note: quote.speaker.role }
      : { text: 'unknown', tone: 'dim' },
    { text: quote.text },
    { text: quote.kind, tone: QUOTE_TONES[quote.kind] },
    location(source, quote.span),
  ],
};

const ENTITIES: KindTable<Entity> = {
  title: 'Entities',
  plural: 'entities',
  columns: [
    { header: 'name', grow: 2, min: 12 },
    { header: 'type', grow: 0 },
    { header: 'role / value', grow: 3, min: 8 },
    { header: 'mentions', grow: 0, align: 'right' },
    { header: 'first position', grow: 0, capShare: 0.26, min: 10 },
  ],
  row: (entity, source) => [
    { text: entity.name, tone: 'bold' },
    { text: entity.type, tone: 'cyan' },
    { text: entity.role ?? entity.value ?? '' },
    { text: String(entity.mentions.length) },
    location(source, entity.mentions[0]?.span),
  ],
};

const VOTES: KindTable<Vote> = {
  title: 'Votes',
  plural: 'votes',
  columns: [
    { header: 'body', grow: 1, min: 10 },
    { header: 'subject', grow: 2, min: 12 },
    { header: 'for / against / abstain', grow: 0 },
    { header: 'outcome', grow: 0 },
    { header: 'position', grow: 0, capShare: 0.26, min: 10 },
  ],
  row: (vote, source) => [
    { text: vote.body ?? 'unknown', tone: vote.body ? 'bold' : 'dim', note: vote.date ?? undefined },
    { text: vote.subject ?? '' },
    { text: `${count(vote.counts.for)} / ${count(vote.counts.against)} / ${count(vote.counts.abstain)}` },
    { text: vote.outcome, tone: vote.outcome === 'adopted' ? 'green' : vote.outcome === 'unknown' ? 'dim' : 'yellow' },
    location(source, vote.span),
  ],
};

export const KIND_TABLES: Record<FactKind, KindTable<never>> = { quotes: QUOTES, entities: ENTITIES, votes: VOTES };
