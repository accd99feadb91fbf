// What a table row is made of. Each kind builds its rows (in its registry
// entry) from these cells; the table renderer lays them out and colours them.

import type { Span } from '../facts.js';
import type { ColumnSpec } from './table-layout.js';

export type Tone = 'bold' | 'dim' | 'green' | 'yellow' | 'cyan' | 'magenta' | 'blue';

/** A cell: its main text, and optional notes shown dimmed on the lines below. */
export interface TableCell {
  text: string;
  tone?: Tone;
  /** Shown dimmed below the text; a list puts each item on lines of its own. */
  note?: string | readonly string[];
  /** With --explain: rules and entity links, one to a line, wrapped after dots rather than inside names. */
  explain?: string[];
}

export interface RowOptions {
  /** Add the rules and entity links (`--explain`). */
  explain: boolean;
}

export interface KindTable<T> {
  columns: ColumnSpec[];
  /** `source` is the document's path; the table shows it once, above the document's rows. */
  row(fact: T, source: string, options: RowOptions): TableCell[];
}

/** `line:col`; the path is in the heading above the table. */
export function position(span: Span | undefined): string {
  return span ? `${span.line}:${span.column}` : '';
}

export function location(span: Span | undefined): TableCell {
  return { text: position(span), tone: 'dim' };
}

/** A count, or `?` when the text does not give it. */
export function count(n: number | null): string {
  return n === null ? '?' : String(n);
}

/** `rule → e3`: a rule and the entity it linked to, if any. */
export function ruleAndLink(rule: string, entity: string | null | undefined): string {
  return entity ? `${rule} → ${entity}` : rule;
}
