// CSV per RFC 4180: CRLF line ends, fields quoted when they hold a comma,
// a quote mark, CR or LF, quote marks doubled. A header row, then one row per
// fact. `extract all` writes one table with a leading `kind` column and the
// union of every kind's columns, so standard CSV readers can load it.
//
// A spreadsheet runs a cell that starts with = + - @ as a formula, and
// quoted words are whatever a text says ("=HYPERLINK(…)"): such text cells
// are written with a leading ' (OWASP's advice against CSV injection), so
// they open as text. Numbers are written as they are.

import { kindNamed } from '../extract/registry.js';
import type { DocumentFacts, FactKind } from '../facts.js';
import type { Cell } from './columns.js';
import type { Renderer, RenderOptions } from './index.js';

const EOL = '\r\n';
const BOM = '\ufeff';

/** What makes a spreadsheet read a cell as a formula: = + - @ first, or a tab or CR (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet would run as a formula, made text with a leading `'`. */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralised(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function headerFor(kinds: readonly FactKind[], withFact: boolean): string[] {
  const names = withFact ? ['kind'] : [];
  for (const kind of kinds) {
    for (const column of kindNamed(kind).csv) if (!names.includes(column.name)) names.push(column.name);
  }
  return names;
}

export function createCsvRenderer(options: Pick<RenderOptions, 'kinds' | 'allKinds' | 'bom'>): Renderer {
  const header = headerFor(options.kinds, options.allKinds);
  const row = (cells: readonly Cell[]) => cells.map(csvField).join(',') + EOL;
  return {
    // --bom: some spreadsheet programs read UTF-8 as their local code page without it.
    start: () => (options.bom ? BOM : '') + row(header),
    document(facts: DocumentFacts) {
      let out = '';
      for (const kind of options.kinds) {
        const { csv, singular } = kindNamed(kind);
        for (const fact of facts[kind] ?? []) {
          const values = new Map<string, Cell>(csv.map((c) => [c.name, c.value(fact, facts.source)]));
          values.set('kind', singular);
          out += row(header.map((name) => values.get(name)));
        }
      }
      return out;
    },
    // Input errors are reported on stderr; a CSV table holds facts only.
    end: () => '',
  };
}
