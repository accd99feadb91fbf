// The human-readable output, written as the run goes: for each document with
// facts, its path as a heading, then a small table per kind, fitted to the
// terminal width and coloured only when asked to. Column widths depend only
// on the document's own rows, so nothing is kept between documents.
//
// Cells are wrapped here, measured in terminal columns (string-width, in
// table-layout.ts), and cli-table3 draws the boxes around them with the same
// measure (cli-table.ts). Text from the input has its control characters
// escaped first (controls.ts): the table is written to a terminal.

import { Chalk, type ChalkInstance } from 'chalk';
import Table from './cli-table.js';
import { kindNamed } from '../extract/registry.js';
import type { DocumentFacts, FactKind } from '../facts.js';
import type { Renderer, RenderOptions } from './index.js';
import { escapeControls, escapeLineControls } from './controls.js';
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
  const out = [lines(chalk, wrapText(cell.text, room), cell.tone)];
  for (const note of notesOf(cell)) if (singleLine(note)) out.push(lines(chalk, wrapText(note, room), 'dim'));
  for (const rule of cell.explain ?? []) if (singleLine(rule)) out.push(lines(chalk, wrapRule(rule, room), 'dim'));
  return out.flat();
}

function escapeCell(cell: TableCell): TableCell {
  const note = cell.note === undefined ? undefined : typeof cell.note === 'string' ? escapeControls(cell.note) : cell.note.map(escapeControls);
  return { ...cell, text: escapeControls(cell.text), note, explain: cell.explain?.map(escapeControls) };
}

/**
 * cli-table3 lays a table out in time that grows with the square of its
 * rows (a document with 100,000 facts took minutes), so a long table is
 * drawn in blocks of this many rows, joined where one block's bottom border
 * meets the next one's top.
 */
const ROWS_PER_BLOCK = 100;

/** Blocks joined into one box: each block's bottom border dropped, and the next one's top border made a row separator. */
function joinBlocks(blocks: readonly string[]): string {
  if (blocks.length === 1) return blocks[0];
  const out: string[] = [];
  blocks.forEach((block, i) => {
    let lines = block.split('\n');
    if (i > 0) {
      out.push(lines[0].replace('┌', '├').replace('┐', '┤').replace(/┬/g, '┼'));
      lines = lines.slice(1);
    }
    if (i < blocks.length - 1) lines = lines.slice(0, -1);
    for (const line of lines) out.push(line);
  });
  return out.join('\n');
}

function drawTable(kind: FactKind, rows: readonly TableCell[][], width: number, chalk: ChalkInstance): string {
  const { columns } = kindNamed(kind).table;
  const widths = fitColumns(width, columns, rows.map((row) => row.map(plain)));
  const head = columns.map((column, i) => lines(chalk, wrapHeader(column.header, widths[i] - CELL_PADDING), 'bold').join('\n'));
  const blocks: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_BLOCK) {
    // Cells arrive wrapped to their column (measured with string-width), so cli-table3 only draws.
    const table = new Table({
      head: start === 0 ? head : [],
      colWidths: widths,
      colAligns: columns.map((column) => column.align ?? 'left'),
      wordWrap: false,
      style: { head: [], border: [] },
    });
    for (const row of rows.slice(start, start + ROWS_PER_BLOCK)) {
      table.push(row.map((cell, i) => cellLines(cell, widths[i] - CELL_PADDING, chalk).join('\n')));
    }
    blocks.push(table.toString());
  }
  return `${joinBlocks(blocks)}\n`;
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
        const rows = found.map((fact) => table.row(fact, facts.source, rowOptions).map(escapeCell));
        const heading = options.allKinds ? `${chalk.bold(title(kind))} (${rows.length})\n` : '';
        return [heading + drawTable(kind, rows, width, chalk)];
      });
      if (tables.length === 0) return '';
      // Consecutive calls for one source (a large document read in windows) share its heading.
      if (facts.source === lastSource) return tables.join('');
      // A blank line between documents, as ripgrep separates the matches of each file.
      const separator = written ? '\n' : '';
      const heading = wrapPath(escapeLineControls(facts.source), width)
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
