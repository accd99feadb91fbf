// Fits table columns to a width. Narrow columns (kind, position) take what
// their content needs up to a cap; the remaining width is shared by the
// growing columns (quote text, names) in proportion to their weight.

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

/** Padding cli-table3 adds inside each cell (one space either side). */
export const CELL_PADDING = 2;
const MIN_CONTENT = 6;

/** Display width used for sizing: code points, the longest line of the text. */
export function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, [...line].length);
  return widest;
}

/**
 * Column widths including padding, for cli-table3's `colWidths`. `cells`
 * holds the plain text of every row. The total (with borders) is `width`
 * unless the columns' minimums do not fit.
 */
export function fitColumns(width: number, columns: readonly ColumnSpec[], cells: readonly (readonly string[])[]): number[] {
  const least = columns.map((column) => (column.min ?? MIN_CONTENT) + CELL_PADDING);
  // Headers wrap at their spaces, so their longest word counts, not their length.
  const natural = columns.map((column, i) =>
    Math.max(
      ...column.header.split(' ').map(textWidth),
      column.min ?? MIN_CONTENT,
      ...cells.map((row) => textWidth(row[i] ?? '')),
    ),
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

/** One line of text: runs of white space (line breaks included) become one space. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Breaks words longer than `max` with line breaks so the table wraps them
 * instead of cutting them off.
 */
export function breakLongWords(text: string, max: number): string {
  if (max < 1) return text;
  return text.replace(new RegExp(`\\S{${max + 1},}`, 'gu'), (word) => {
    const chars = [...word];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += max) pieces.push(chars.slice(i, i + max).join(''));
    return pieces.join('\n');
  });
}

/**
 * Wraps a `path:line:col` to lines of at most `max` characters, breaking
 * after `/`, `-` or `_` where it can, inside a name only when it must, and
 * never inside the `:line:col` at the end.
 */
export function wrapPath(text: string, max: number): string {
  if (max < 1 || [...text].length <= max) return text;
  const position = /:\d+:\d+$/.exec(text)?.[0] ?? '';
  const pieces = text.slice(0, text.length - position.length).split(/(?<=[/_-])/);
  if (position) pieces.push(position);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if ([...line].length + [...piece].length <= max) {
      line += piece;
      continue;
    }
    if (line) lines.push(line);
    const chars = [...piece];
    while (chars.length > max) lines.push(chars.splice(0, max).join(''));
    line = chars.join('');
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * Wraps a rule name such as `speaker.description.organization → e3` to lines
 * of at most `max` characters: at spaces or after a dot where it can, after a
 * hyphen when a dotted part is too long, inside a word only when it must.
 */
export function wrapRule(text: string, max: number): string {
  if (max < 1) return text;
  const lines: string[] = [];
  let line = '';
  const place = (piece: string, glue: string) => {
    const joined = line ? line + glue + piece : piece;
    if ([...joined].length <= max) {
      line = joined;
      return;
    }
    if (line) lines.push(line);
    const chars = [...piece];
    while (chars.length > max) lines.push(chars.splice(0, max).join(''));
    line = chars.join('');
  };
  // `→ e3` stays in one piece: a link alone at the start of a line reads as nothing.
  for (const word of singleLine(text).replace(/→ /g, '→\u00a0').split(' ')) {
    word.split(/(?<=\.)/).forEach((part, i) => {
      const pieces = [...part].length > max ? part.split(/(?<=-)/) : [part];
      pieces.forEach((piece, j) => place(piece, i === 0 && j === 0 ? ' ' : ''));
    });
  }
  if (line) lines.push(line);
  return lines.join('\n').replace(/\u00a0/g, ' ');
}
