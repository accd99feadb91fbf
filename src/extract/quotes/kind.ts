// Quotations as the tool presents them: help text, table and CSV columns.
// The extractor itself is imported only when a run asks for quotes.

import type { Quote } from '../../facts.js';
import { list, type Column } from '../../render/columns.js';
import { location, ruleAndLink, type KindTable, type Tone } from '../../render/table-rows.js';
import type { KindDefinition } from '../registry.js';

const TONES: Record<Quote['kind'], Tone> = {
  direct: 'green',
  partial: 'cyan',
  block: 'blue',
  indirect: 'yellow',
  mixed: 'magenta',
};

const table: KindTable<Quote> = {
  columns: [
    { header: 'speaker', grow: 0, capShare: 0.24, min: 10 },
    { header: 'quote', grow: 1, min: 16 },
    { header: 'kind', grow: 0 },
    { header: 'position', grow: 0 },
  ],
  // --explain: under the speaker, the rule that named it (and its entity),
  // then the rule that found the quotation; the other columns keep their width.
  row: (quote, _source, { explain }) => [
    quote.speaker
      ? {
          text: quote.speaker.name,
          tone: 'bold',
          note: quote.speaker.role,
          explain: explain ? [ruleAndLink(quote.speaker.rule, quote.speaker.entity), quote.rule] : undefined,
        }
      : { text: 'unknown', tone: 'dim', explain: explain ? [quote.rule] : undefined },
    { text: quote.text },
    { text: quote.kind, tone: TONES[quote.kind] },
    location(quote.span),
  ],
};

const csv: Column<Quote>[] = [
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
  // Added after the contract's columns, so that columns read by position keep theirs.
  { name: 'rule', value: (q) => q.rule },
  { name: 'speaker_rule', value: (q) => q.speaker?.rule },
  { name: 'speaker_entity', value: (q) => q.speaker?.entity },
];

export const QUOTES: KindDefinition<'quotes'> = {
  name: 'quotes',
  singular: 'quote',
  summary: 'quotations: text, speaker and role, reporting verb, kind (direct, indirect, …)',
  load: async () => (await import('./index.js')).extractQuotes,
  table,
  csv,
};
