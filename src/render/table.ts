// The human-readable output: one table per kind of fact, fitted to the
// terminal width, coloured only when asked to. Rows are kept until the end
// because column widths depend on every row.

import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { kindNamed } from '../extract/registry.js';
import type { DocumentFacts, FactKind } from '../facts.js';
import type { Renderer, RenderOptions } from './index.js';
import { breakLongWords, CELL_PADDING, fitColumns, singleLine, wrapPath, wrapRule } from './table-layout.js';
import type { TableCell, Tone } from './table-rows.js';

const MIN_WIDTH = 40;

function paint(chalk: ChalkInstance, text: string, tone: Tone | undefined): string {
  return tone && text ? chalk[tone](text) : text;
}

/** The cell's lines as the table sizes them, before wrapping and colouring. */
function plain(cell: TableCell): string {
  const lines = [cell.text, cell.note ?? '', ...(cell.explain ?? [])].map(singleLine);
  return [lines[0], ...lines.slice(1).filter((line) => line)].join('\n');
}

function renderKind(kind: FactKind, rows: TableCell[][], width: number, chalk: ChalkInstance): string {
  const { columns } = kindNamed(kind).table;
  const widths = fitColumns(width, columns, rows.map((row) => row.map(plain)));
  const table = new Table({
    head: columns.map((column) => chalk.bold(column.header)),
    colWidths: widths,
    colAligns: columns.map((column) => column.align ?? 'left'),
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) {
    table.push(
      row.map((cell, i) => {
        const room = widths[i] - CELL_PADDING;
        const wrapped = cell.path ? wrapPath(cell.text, room) : breakLongWords(singleLine(cell.text), room);
        const lines = [paint(chalk, wrapped, cell.tone)];
        const note = cell.note ? breakLongWords(singleLine(cell.note), room) : '';
        if (note) lines.push(paint(chalk, note, 'dim'));
        for (const rule of cell.explain ?? []) if (singleLine(rule)) lines.push(paint(chalk, wrapRule(rule, room), 'dim'));
        return lines.join('\n');
      }),
    );
  }
  return `${table.toString()}\n`;
}

const title = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export function createTableRenderer(options: RenderOptions): Renderer {
  const chalk = new Chalk({ level: options.colorLevel });
  const width = Math.max(options.width, MIN_WIDTH);
  const rowOptions = { explain: options.explain === true };
  const rows = new Map<FactKind, TableCell[][]>(options.kinds.map((kind) => [kind, []]));
  return {
    start: () => '',
    document(facts: DocumentFacts) {
      for (const kind of options.kinds) {
        const { table } = kindNamed(kind);
        for (const fact of facts[kind] ?? []) rows.get(kind)!.push(table.row(fact, facts.source, rowOptions));
      }
      return '';
    },
    end() {
      const parts = options.kinds.map((kind) => {
        const kindRows = rows.get(kind)!;
        const heading = options.allKinds ? `${chalk.bold(title(kind))} (${kindRows.length})\n` : '';
        const body = kindRows.length > 0 ? renderKind(kind, kindRows, width, chalk) : `No ${kind} found.\n`;
        return heading + body;
      });
      return parts.join('\n');
    },
  };
}
