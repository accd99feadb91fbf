// Entities as the tool presents them: help text, table and CSV columns.
// The extractor itself is imported only when a run asks for entities.

import type { Entity } from '../../facts.js';
import { list, type Column } from '../../render/columns.js';
import { location, type KindTable } from '../../render/table-rows.js';
import type { KindDefinition } from '../registry.js';

const table: KindTable<Entity> = {
  columns: [
    { header: 'name', grow: 2, min: 12 },
    // Capped for the rule that --explain adds under the type.
    { header: 'type', grow: 0, capShare: 0.2 },
    { header: 'role / value', grow: 3, min: 8 },
    { header: 'mentions', grow: 0, align: 'right' },
    { header: 'first position', grow: 0 },
  ],
  // --explain: the id that quotes and votes link to under the name, the rule
  // that typed the entity under its type.
  row: (entity, _source, { explain }) => [
    { text: entity.name, tone: 'bold', explain: explain ? [entity.id] : undefined },
    { text: entity.type, tone: 'cyan', explain: explain ? [entity.rule] : undefined },
    { text: entity.role ?? entity.value ?? '' },
    { text: String(entity.mentions.length) },
    location(entity.mentions[0]?.span),
  ],
};

const csv: Column<Entity>[] = [
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
  // Added after the contract's columns, so that columns read by position keep theirs.
  { name: 'id', value: (e) => e.id },
  { name: 'rule', value: (e) => e.rule },
];

export const ENTITIES: KindDefinition<'entities'> = {
  name: 'entities',
  singular: 'entity',
  summary: 'people, organisations, places, dates and amounts, with every mention',
  load: async () => (await import('./index.js')).extractEntities,
  table,
  csv,
};
