// Fits table columns to a width and wraps text to them. Narrow columns (kind,
// position) take what their content needs up to a cap; the remaining width
// is shared by the growing columns (quote text, names) in proportion to their
// weight. Widths are terminal columns (string-width): a CJK character or an
// emoji takes 2, a combining mark 0, so wide text neither overflows nor is cut
// in the middle of a character.

import { columnsOf } from './cli-table.js';

export interface ColumnSpec {
  header: string;
  /** 0: sized to content; above 0: share of the width left over. */
  grow: number;
  /** Largest content width (without padding) for a column sized to content, as a share of the table width. */
  capShare?: number;
  /** Smallest content width. */
  min?: number;
  align?: 'left' | 'right';
}

/** Padding inside each cell (one space either side). */
export const CELL_PADDING = 2;
const MIN_CONTENT = 6;

/** Terminal columns the text takes: those of its widest line. */
export function textWidth(text: string): number {
  if (!text.includes('\n')) return columnsOf(text);
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, columnsOf(line));
  return widest;
}

/** Terminal columns of the widest word of the text. */
function longestWord(text: string): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, columnsOf(word));
  return widest;
}

/**
 * The largest width of the items, 0 for none. A loop, not Math.max(...):
 * spread into a call, a table of some 100,000 rows overflows the stack.
 */
function widest<T>(items: readonly T[], width: (item: T) => number): number {
  let most = 0;
  for (const item of items) most = Math.max(most, width(item));
  return most;
}

/**
 * Column widths including padding. `cells`
 * holds the plain text of every row. The total (with borders) is `width`
 * unless the columns' minimums do not fit.
 */
export function fitColumns(width: number, columns: readonly ColumnSpec[], cells: readonly (readonly string[])[]): number[] {
  const least = columns.map((column) => (column.min ?? MIN_CONTENT) + CELL_PADDING);
  // Headers wrap at their spaces and after dashes, so their longest piece counts, not their length.
  const natural = columns.map((column, i) =>
    Math.max(widest(headerPieces(column.header), textWidth), column.min ?? MIN_CONTENT, widest(cells, (row) => textWidth(row[i] ?? ''))),
  );
  const widths = columns.map((column, i) => {
    if (column.grow > 0) return 0;
    const cap = column.capShare === undefined ? Infinity : Math.floor(width * column.capShare);
    return Math.max(Math.min(natural[i], cap) + CELL_PADDING, least[i]);
  });
  const borders = columns.length + 1;
  let free = width - borders - widths.reduce((sum, w) => sum + w, 0);
  // Growing columns share what is left; one whose content is narrower than
  // its share keeps only what it needs and gives the rest to the others.
  let open = columns.map((column, i) => (column.grow > 0 ? i : -1)).filter((i) => i >= 0);
  while (open.length > 0) {
    const weight = open.reduce((sum, i) => sum + columns[i].grow, 0);
    const satisfied = open.filter((i) => natural[i] + CELL_PADDING <= Math.floor((free * columns[i].grow) / weight));
    if (satisfied.length === 0) break;
    for (const i of satisfied) {
      widths[i] = natural[i] + CELL_PADDING;
      free -= widths[i];
    }
    open = open.filter((i) => !satisfied.includes(i));
  }
  const weight = open.reduce((sum, i) => sum + columns[i].grow, 0);
  let left = free;
  open.forEach((i, n) => {
    const share = n === open.length - 1 ? left : Math.floor((free * columns[i].grow) / weight);
    widths[i] = Math.max(share, least[i]);
    left -= share;
  });
  // A growing column that would cut its longest word ("councillors") takes
  // room from another growing column that can spare it without cutting its own.
  const longest = columns.map((_, i) => Math.min(widest(cells, (row) => longestWord(row[i] ?? '')), Math.floor(width / 3)) + CELL_PADDING);
  for (const i of open) {
    for (const j of open) {
      const short = longest[i] - widths[i];
      if (short <= 0) break;
      const moved = j === i ? 0 : Math.min(short, widths[j] - Math.max(longest[j], least[j]));
      if (moved <= 0) continue;
      widths[i] += moved;
      widths[j] -= moved;
    }
  }
  // On a narrow terminal, take from the widest columns until the table fits
  // or every column is at its minimum.
  let excess = widths.reduce((sum, w) => sum + w, 0) + borders - width;
  while (excess > 0) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > least[i] && (widest < 0 || w - least[i] > widths[widest] - least[widest])) widest = i;
    });
    if (widest < 0) break;
    widths[widest]--;
    excess--;
  }
  return widths;
}

/** Where a header may wrap: at its spaces, and after an en dash (`for–`, `against–`, `abstain`). */
function headerPieces(header: string): string[] {
  return header.split(' ').flatMap((word) => word.split(/(?<=–)/));
}

/** Wraps a header to lines of at most `max` columns, at spaces or after an en dash; a piece too wide is cut as text is. */
export function wrapHeader(header: string, max: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of header.split(' ')) {
    word.split(/(?<=–)/).forEach((piece, i) => {
      const joined = line ? line + (i === 0 ? ' ' : '') + piece : piece;
      if (line && columnsOf(joined) > max) {
        lines.push(line);
        line = piece;
      } else {
        line = joined;
      }
    });
  }
  lines.push(line);
  return lines.map((text) => wrapText(text, max)).join('\n');
}

/** One line of text: runs of white space (line breaks included) become one space. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Cuts text into pieces of at most `max` columns, the first of at most
 * `first` (empty when not even one character fits there), between characters
 * as a terminal draws them: an emoji with its modifiers, or a letter with its
 * accents, stays whole. A character wider than `max` is a piece of its own.
 */
function cutToWidth(text: string, max: number, first = max): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  let room = first;
  for (const { segment } of graphemes.segment(text)) {
    const w = columnsOf(segment);
    if (width + w > room && (piece !== '' || room < max)) {
      pieces.push(piece);
      piece = '';
      width = 0;
      room = max;
    }
    piece += segment;
    width += w;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * Wraps text to lines of at most `max` columns, at spaces; a word wider than
 * `max` (a long name, or CJK text, which has no spaces) starts on the current
 * line and is cut between characters. Runs of white space become one space.
 */
export function wrapText(text: string, max: number): string {
  const words = singleLine(text).split(' ');
  if (max < 1) return words.join(' ');
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of words) {
    const w = columnsOf(word);
    const gap = line ? 1 : 0;
    if (width + gap + w <= max) {
      line += (gap ? ' ' : '') + word;
      width += gap + w;
      continue;
    }
    if (w <= max) {
      lines.push(line);
      line = word;
      width = w;
      continue;
    }
    const [head, ...rest] = cutToWidth(word, max, max - width - gap);
    if (head) lines.push(line + (gap ? ' ' : '') + head);
    else if (line) lines.push(line);
    line = rest.pop() ?? '';
    width = columnsOf(line);
    for (const piece of rest) lines.push(piece);
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * Wraps a path, or a `path:line:col`, to lines of at most `max` columns,
 * breaking after `/`, `-` or `_` where it can, inside a name only when it
 * must, and never inside the `:line:col` at the end.
 */
export function wrapPath(text: string, max: number): string {
  if (max < 1 || columnsOf(text) <= max) return text;
  const position = /:\d+:\d+$/.exec(text)?.[0] ?? '';
  const pieces = text.slice(0, text.length - position.length).split(/(?<=[/_-])/);
  if (position) pieces.push(position);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (columnsOf(line + piece) <= max) {
      line += piece;
      continue;
    }
    if (line) lines.push(line);
    const cut = cutToWidth(piece, max);
    line = cut.pop() ?? '';
    for (const piece of cut) lines.push(piece);
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * Wraps a rule name such as `speaker.description.organization → e3` to lines
 * of at most `max` columns: at spaces or after a dot where it can, after a
 * hyphen when a dotted part is too long, inside a word only when it must.
 */
export function wrapRule(text: string, max: number): string {
  if (max < 1) return text;
  const lines: string[] = [];
  let line = '';
  const place = (piece: string, glue: string) => {
    const joined = line ? line + glue + piece : piece;
    if (columnsOf(joined) <= max) {
      line = joined;
      return;
    }
    if (line) lines.push(line);
    const cut = cutToWidth(piece, max);
    line = cut.pop() ?? '';
    for (const piece of cut) lines.push(piece);
  };
  // `→ e3` stays in one piece: a link alone at the start of a line reads as nothing.
  for (const word of singleLine(text).replace(/→ /g, '→\u00a0').split(' ')) {
    word.split(/(?<=\.)/).forEach((part, i) => {
      const pieces = columnsOf(part) > max ? part.split(/(?<=-)/) : [part];
      pieces.forEach((piece, j) => place(piece, i === 0 && j === 0 ? ' ' : ''));
    });
  }
  if (line) lines.push(line);
  return lines.join('\n').replace(/\u00a0/g, ' ');
}
