// Flat columns for CSV: one row per fact, lists joined with "; ", absent
// values empty. Each kind lists its own columns in its registry entry.

export type Cell = string | number | null | undefined;

export interface Column<T> {
  name: string;
  value(fact: T, source: string): Cell;
}

const LIST_SEPARATOR = '; ';

/** A list as one cell: empty when there is nothing in it. */
export function list(items: readonly string[] | undefined): Cell {
  return items && items.length > 0 ? items.join(LIST_SEPARATOR) : null;
}

/**
 * A list that runs parallel to another (entity ids beside names): gaps stay
 * as empty items so each item keeps its position.
 */
export function parallelList(items: ReadonlyArray<string | null> | undefined): Cell {
  return list(items?.map((item) => item ?? ''));
}

