// JSON text as `JSON.stringify(value, null, 2)` writes it, placed at some
// depth inside a larger document, as one string or in pieces. A fact can be
// large (an amount written 100,000 times is one entity with 100,000
// mentions): printed whole, its text is one string of many megabytes, held
// and copied while it is written; in pieces, no piece is much longer than
// PIECE_CHARS and each is garbage as soon as it is written.

/** About how long a piece is: well under what the heap holds as one large object. */
export const PIECE_CHARS = 16 * 1024;

/** A value holding this many array items is printed in pieces; anything smaller in one call. */
const SPLIT_FROM = 256;

/**
 * `value` pretty-printed as it would appear nested `depth` levels deep. It is
 * printed inside `depth` arrays and cut out of them, so JSON.stringify does
 * the indenting and no second pass over the text is needed.
 */
export function nestedJson(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each wrapper opens with "[", a line break and its indent, and closes with a line break, its indent and "]".
  const open = depth * 2 + depth * (depth + 1);
  const close = depth * 2 + depth * (depth - 1);
  return text.slice(open, text.length - close);
}

const pad = (depth: number) => '  '.repeat(depth);

/** A plain array or object, printed by JSON.stringify from its items and fields alone (no toJSON). */
function plainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Worth printing in pieces: holds SPLIT_FROM array items or more, at any depth (the count stops there). */
function large(value: unknown): boolean {
  let items = 0;
  const count = (node: unknown): boolean => {
    if (!plainContainer(node)) return false;
    if (Array.isArray(node)) {
      items += node.length;
      if (items >= SPLIT_FROM) return true;
      for (const item of node) if (count(item)) return true;
      return false;
    }
    for (const key in node) if (count(node[key])) return true;
    return false;
  };
  return count(value);
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
const unprintable = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** The same text as `nestedJson(value, depth)`, in pieces, split where the value is large. */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (!large(value)) {
    yield nestedJson(value, depth);
    return;
  }
  const inner = `\n${pad(depth + 1)}`;
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as unknown;
      yield `${i === 0 ? '' : ','}${inner}`;
      yield* unprintable(item) ? ['null'] : jsonPieces(item, depth + 1);
    }
    yield `\n${pad(depth)}]`;
    return;
  }
  const fields = Object.entries(value as Record<string, unknown>).filter(([, field]) => !unprintable(field));
  if (fields.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < fields.length; i++) {
    const [key, field] = fields[i];
    yield `${i === 0 ? '' : ','}${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(field, depth + 1);
  }
  yield `\n${pad(depth)}}`;
}

/** `before`, then `value` as `nestedJson(value, depth)` prints it: one string when the value is small, else pieces. */
export function jsonAt(before: string, value: unknown, depth: number): string | Iterable<string> {
  return large(value) ? joined([before], jsonPieces(value, depth)) : before + nestedJson(value, depth);
}

/** Short pieces joined into pieces of about PIECE_CHARS. */
export function* joined(...sequences: Iterable<string>[]): Generator<string> {
  let held = '';
  for (const sequence of sequences) {
    for (const part of sequence) {
      held += part;
      if (held.length >= PIECE_CHARS) {
        yield held;
        held = '';
      }
    }
  }
  if (held) yield held;
}
