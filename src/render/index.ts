// Chooses the renderer for an output format. Renderers are streaming: the
// run calls `start`, then `document` once per input (in input order), then
// `end`; each returns the text to write, so a document's facts can be
// released as soon as they are written.

import type { DocumentFacts, FactKind, InputError } from '../facts.js';
import { createCsvRenderer } from './csv.js';
import { createJsonRenderer } from './json.js';
import { createJsonLinesRenderer } from './jsonl.js';
import { createTableRenderer } from './table.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Renderer {
  start(): string;
  document(facts: DocumentFacts): string;
  /** `errors` are every input error of the run, in the order they happened. */
  end(errors: readonly InputError[]): string;
}

export interface RenderOptions {
  /** The kinds asked for, in output order. */
  kinds: readonly FactKind[];
  /** Set for `extract all`: output shaped for several kinds (a `fact` column, one table per kind). */
  allKinds: boolean;
  /** Table width in columns. */
  width: number;
  /** Chalk colour level for the table: 0 for none. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Table: show the rule behind each fact and its entity links (`--explain`). The other formats always carry them. */
  explain?: boolean;
}

export function createRenderer(format: Format, options: RenderOptions): Renderer {
  switch (format) {
    case 'json':
      return createJsonRenderer();
    case 'jsonl':
      return createJsonLinesRenderer(options);
    case 'csv':
      return createCsvRenderer(options);
    case 'table':
      return createTableRenderer(options);
  }
}
