// The human-readable output: one table per kind of fact, fitted to the
// terminal width, coloured only when asked to. Rows are kept until the end
// because column widths depend on every row.

import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { DocumentFacts, FactKind } from '../facts.js';
import type { Renderer, RenderOptions } from './index.js';
import { breakLongWords, CELL_PADDING, fitColumns, singleLine, wrapPath } from './table-layout.js';
import { KIND_TABLES, type TableCell, type Tone } from './table-rows.js';

const MIN_WIDTH = 40;

function paint(chalk: ChalkInstance, text: string, tone: Tone | undefined): string {
  return tone && text ? chalk[tone](text) : text;
}

/** The cell's text as the table wraps it, before colouring. */
function plain(cell: TableCell): string {
  const note = cell.note ? singleLine(cell.note) : '';
  return note ? `${singleLine(cell.text)}\n${note}` : singleLine(cell.text);
}

function renderKind(kind: FactKind, rows: TableCell[][], width: number, chalk: ChalkInstance): string {
  const spec = KIND_TABLES[kind];
  const widths = fitColumns(width, spec.columns, rows.map((row) => row.map(plain)));
  const table = new Table({
    head: spec.columns.map((column) => chalk.bold(column.header)),
    colWidths: widths,
    colAligns: spec.columns.map((column) => column.align ?? 'left'),
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) {
    table.push(
      row.map((cell, i) => {
        const room = widths[i] - CELL_PADDING;
        const wrapped = cell.path ? wrapPath(cell.text, room) : breakLongWords(singleLine(cell.text), room);
        const text = paint(chalk, wrapped, cell.tone);
        const note = cell.note ? paint(chalk, breakLongWords(singleLine(cell.note), room), 'dim') : '';
        return note ? `${text}\n${note}` : text;
      }),
    );
  }
  return `${table.toString()}\n`;
}

export function createTableRenderer(options: RenderOptions): Renderer {
  const chalk = new Chalk({ level: options.colorLevel });
  const width = Math.max(options.width, MIN_WIDTH);
  const rows = new Map<FactKind, TableCell[][]>(options.kinds.map((kind) => [kind, []]));
  return {
    start: () => '',
    document(facts: DocumentFacts) {
      for (const kind of options.kinds) {
        const spec = KIND_TABLES[kind];
        for (const fact of facts[kind] ?? []) rows.get(kind)!.push(spec.row(fact as never, facts.source));
      }
      return '';
    },
    end() {
      const parts = options.kinds.map((kind) => {
        const spec = KIND_TABLES[kind];
        const kindRows = rows.get(kind)!;
        const title = options.allKinds ? `${chalk.bold(spec.title)} (${kindRows.length})\n` : '';
        const body = kindRows.length > 0 ? renderKind(kind, kindRows, width, chalk) : `No ${spec.plural} found.\n`;
        return title + body;
      });
      return parts.join('\n');
    },
  };
}
