// The human-readable output, written as the run goes: for each document with
// facts, its path as a heading, then a small table per kind, fitted to the
// terminal width and coloured only when asked to. Column widths depend only
// on the document's own rows, so nothing is kept between documents.
//
// Cells are wrapped here, measured in terminal columns (string-width, in
// table-layout.ts), and cli-table3 draws the boxes around them with the same
// measure (cli-table.ts).

import { Chalk, type ChalkInstance } from 'chalk';
import Table from './cli-table.js';
import { kindNamed } from '../extract/registry.js';
import type { DocumentFacts, FactKind } from '../facts.js';
import type { Renderer, RenderOptions } from './index.js';
import { CELL_PADDING, fitColumns, singleLine, wrapHeader, wrapPath, wrapRule, wrapText } from './table-layout.js';
import type { TableCell, Tone } from './table-rows.js';

const MIN_WIDTH = 40;

function paint(chalk: ChalkInstance, text: string, tone: Tone | undefined): string {
  return tone && text ? chalk[tone](text) : text;
}

/** Each line painted on its own, so that a line's colour never leaks past the border. */
function lines(chalk: ChalkInstance, wrapped: string, tone: Tone | undefined): string[] {
  return wrapped.split('\n').map((line) => paint(chalk, line, tone));
}

const notesOf = (cell: TableCell): readonly string[] => (cell.note === undefined ? [] : typeof cell.note === 'string' ? [cell.note] : cell.note);

/** The cell's lines as the columns are sized from, before wrapping and colouring. */
function plain(cell: TableCell): string {
  const parts = [cell.text, ...notesOf(cell), ...(cell.explain ?? [])].map(singleLine);
  return [parts[0], ...parts.slice(1).filter((part) => part)].join('\n');
}

function cellLines(cell: TableCell, room: number, chalk: ChalkInstance): string[] {
  const out = lines(chalk, wrapText(cell.text, room), cell.tone);
  for (const note of notesOf(cell)) if (singleLine(note)) out.push(...lines(chalk, wrapText(note, room), 'dim'));
  for (const rule of cell.explain ?? []) if (singleLine(rule)) out.push(...lines(chalk, wrapRule(rule, room), 'dim'));
  return out;
}

function drawTable(kind: FactKind, rows: readonly TableCell[][], width: number, chalk: ChalkInstance): string {
  const { columns } = kindNamed(kind).table;
  const widths = fitColumns(width, columns, rows.map((row) => row.map(plain)));
  // Cells arrive wrapped to their column (measured with string-width), so cli-table3 only draws.
  const table = new Table({
    head: columns.map((column, i) => lines(chalk, wrapHeader(column.header, widths[i] - CELL_PADDING), 'bold').join('\n')),
    colWidths: widths,
    colAligns: columns.map((column) => column.align ?? 'left'),
    wordWrap: false,
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push(row.map((cell, i) => cellLines(cell, widths[i] - CELL_PADDING, chalk).join('\n')));
  return `${table.toString()}\n`;
}

const title = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export function createTableRenderer(options: RenderOptions): Renderer {
  const chalk = new Chalk({ level: options.colorLevel });
  const width = Math.max(options.width, MIN_WIDTH);
  const rowOptions = { explain: options.explain === true };
  let written = false;
  let lastSource: string | undefined;
  return {
    start: () => '',
    document(facts: DocumentFacts) {
      const tables = options.kinds.flatMap((kind) => {
        const found = facts[kind] ?? [];
        if (found.length === 0) return [];
        const { table } = kindNamed(kind);
        const rows = found.map((fact) => table.row(fact, facts.source, rowOptions));
        const heading = options.allKinds ? `${chalk.bold(title(kind))} (${rows.length})\n` : '';
        return [heading + drawTable(kind, rows, width, chalk)];
      });
      if (tables.length === 0) return '';
      // Consecutive calls for one source (a large document read in windows) share its heading.
      if (facts.source === lastSource) return tables.join('');
      // A blank line between documents, as ripgrep separates the matches of each file.
      const separator = written ? '\n' : '';
      const heading = wrapPath(facts.source, width)
        .split('\n')
        .map((line) => `${chalk.bold(line)}\n`)
        .join('');
      written = true;
      lastSource = facts.source;
      return separator + heading + tables.join('');
    },
    // "No quotes found." is a message, written on stderr by the command.
    end: () => '',
  };
}
