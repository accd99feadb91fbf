// JSON Lines inputs (`--input jsonl`): one record per line, `{"id": …,
// "text": "…", …}`, each read into one document. Lines are read one at a time
// with node:readline, so a large input never sits in memory whole; a line
// that is not a usable record becomes an error item at its place in the
// stream, and the next line is read.

import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fromSystemError, inputError } from './errors.js';
import type { InputItem } from './inputs.js';
import { formatSize } from './size.js';
import { displayPath, type InputPath } from './paths.js';

/** Extensions taken from folders with `--input jsonl`, unless `--ext` is given. */
export const JSONL_EXTENSIONS: readonly string[] = ['jsonl', 'ndjson'];

export const BAD_RECORD = 'BAD_RECORD';

// Blank lines (JSON whitespace only) hold no record and are skipped.
const BLANK = /^[ \t\r]*$/;
// A line is read as latin1 (one character per byte) so its bytes can be
// checked for invalid UTF-8; an ASCII line needs no second decoding.
const NON_ASCII = /[^\x00-\x7f]/;
const UTF8_BOM = '\xef\xbb\xbf';

/**
 * The records of a byte stream (stdin, a file), one item per non-blank line.
 * `name` (the file, or stdin's name) locates lines in sources and messages.
 */
export async function* readRecords(stream: Readable, name: string, maxBytes: number): AsyncGenerator<InputItem> {
  stream.setEncoding('latin1');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (let raw of lines) {
      number++;
      if (number === 1 && raw.startsWith(UTF8_BOM)) raw = raw.slice(UTF8_BOM.length);
      if (BLANK.test(raw)) continue;
      yield recordItem(raw, name, number, maxBytes);
    }
  } catch (err) {
    // Unreadable (missing file, EISDIR, EIO): the lines read so far stand.
    yield { type: 'error', error: fromSystemError(name, err) };
  } finally {
    lines.close();
  }
}

/** The records of a file; `name` (by default `path`) names it in sources and messages. */
export async function* readRecordFile(path: InputPath, maxBytes: number, name = displayPath(path)): AsyncGenerator<InputItem> {
  const stream = createReadStream(path);
  try {
    yield* readRecords(stream, name, maxBytes);
  } finally {
    // The run may stop early (a closed output): release the file then too.
    stream.destroy();
  }
}

/** One line's item: a text item carrying the record without its text, or an error item. `raw` is the line as latin1. */
export function recordItem(raw: string, name: string, line: number, maxBytes: number): InputItem {
  const where = `${name}:${line}`;
  let json = raw;
  let lossy = false;
  if (NON_ASCII.test(raw)) {
    const bytes = Buffer.from(raw, 'latin1');
    lossy = !isUtf8(bytes);
    json = bytes.toString('utf8');
  }
  const bad = (message: string, record?: Record<string, unknown>): InputItem => ({
    type: 'error',
    error: inputError(where, BAD_RECORD, message),
    record,
    line,
  });

  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return bad(lossy ? 'not valid JSON (and not valid UTF-8)' : 'not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad(`not a JSON object but ${describe(value)}`);
  const { text, ...record } = value as Record<string, unknown>;
  if (typeof text !== 'string') {
    return bad(text === undefined ? 'no "text" field' : `"text" is ${describe(text)}, not a string`, record);
  }
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBytes) {
    const message = `text is ${formatSize(bytes)}, over the ${formatSize(maxBytes)} limit, skipped (raise it with --max-size)`;
    return { type: 'error', error: inputError(where, 'TOO_LARGE', message), record, line };
  }
  const item: InputItem = { type: 'text', source: sourceOf(record.id, where), text, record, line };
  if (!lossy) return item;
  return { ...item, warning: inputError(where, 'INVALID_UTF8', 'invalid UTF-8, the bad bytes were read as U+FFFD') };
}

/** A document's source: its id as a string, or `<file>:<line>` when it has none. */
export function sourceOf(id: unknown, where: string): string {
  if (id === undefined || id === null) return where;
  return typeof id === 'string' ? id : JSON.stringify(id);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
