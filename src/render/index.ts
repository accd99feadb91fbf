// Chooses the renderer for an output format. Renderers are streaming: the
// run calls `start`, then `document` once per input (in input order), then
// `end`; each returns the text to write, so a document's facts can be
// released as soon as they are written. Each document (or window) comes
// with its text, which the HTML report shows and the other formats ignore.
// With `--input jsonl`, `inputError` (where a renderer has it) also comes in
// order, for a record that failed.

import type { DocumentFacts, FactKind, InputError } from '../facts.js';
import { createCsvRenderer } from './csv.js';
import { createHtmlRenderer } from './html/index.js';
import { createJsonRenderer } from './json.js';
import { createJsonLinesRenderer } from './jsonl.js';
import { createRecordsRenderer } from './records.js';
import type { DocumentParts, Rendered } from './parts.js';
import { createTableRenderer } from './table.js';

import type { Format } from './formats.js';

export { FORMATS, type Format } from './formats.js';
export type { Rendered } from './parts.js';

/** Where a document or error came from, when the input is JSON Lines. */
export interface RecordInput {
  /** The record without its `text`. */
  record?: Record<string, unknown>;
  /** The record's line in its input, from 1. */
  line?: number;
}

/** What a renderer is given of a document besides its facts. */
export interface DocumentInput extends Pick<RecordInput, 'record'> {
  /** The text the spans point into, for formats that show it (HTML). */
  text?: string;
}

export interface Renderer {
  start(): string;
  document(facts: DocumentFacts, input?: DocumentInput): Rendered;
  /**
   * A record that could not be read, at its place among the documents.
   * Formats that list errors only at the end leave this out.
   */
  inputError?(error: InputError, input?: RecordInput): string;
  /** A document read in windows, written part by part; without it, `document` is called once per window and kind. */
  parts?(source: string, input?: Pick<RecordInput, 'record'>): DocumentParts;
  /** `errors` are every input error of the run, in the order they happened. */
  end(errors: readonly InputError[]): string;
}

export interface RenderOptions {
  /** The kinds asked for, in output order. */
  kinds: readonly FactKind[];
  /** Set for `extract all`: output shaped for several kinds (a `kind` column in CSV, a table per kind). */
  allKinds: boolean;
  /** Table width in columns. */
  width: number;
  /** Chalk colour level for the table: 0 for none. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Table: show the rule behind each fact and its entity links (`--explain`). The other formats always carry them. */
  explain?: boolean;
  /** `--input jsonl`: `jsonl` output is one line per input record (see records.ts). */
  records?: boolean;
  /** CSV: a UTF-8 byte-order mark first (`--bom`). */
  bom?: boolean;
}

export function createRenderer(format: Format, options: RenderOptions): Renderer {
  switch (format) {
    case 'json':
      return createJsonRenderer();
    case 'jsonl':
      return options.records ? createRecordsRenderer(options) : createJsonLinesRenderer(options);
    case 'csv':
      return createCsvRenderer(options);
    case 'table':
      return createTableRenderer(options);
    case 'html':
      return createHtmlRenderer(options);
  }
}
