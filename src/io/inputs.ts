// Turns the command line's inputs (files, folders, `-`) into a lazy stream of
// decoded texts, one at a time, so memory holds one input at a time however
// large the folder. With `--input jsonl` each line of an input is a record
// and becomes one item (see jsonl-input.ts).

import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputError } from '../facts.js';
import { decodeText } from './decode.js';
import { fromSystemError, inputError } from './errors.js';
import { readRecordFile, readRecords } from './jsonl-input.js';
import type { ByteSource } from './byte-source.js';
import { readFileLimited, readStreamLimited, type ReadResult } from './read.js';
import { walkFolder } from './walk.js';
import { displayPath, type InputPath } from './paths.js';
import { WINDOW_SIZE } from '../text/windows.js';

export const STDIN_ARG = '-';

/** `text`: each input is one document; `jsonl`: each line of an input is a record `{"id", "text", …}`. */
export const INPUT_FORMATS = ['text', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface InputOptions {
  /** Extensions taken from folders, lower case without the dot. Files named on the command line are always read. */
  extensions: readonly string[];
  /** Inputs larger than this many bytes are skipped with TOO_LARGE (with jsonl, a record's text). */
  maxBytes: number;
  /** Source name for stdin. */
  stdinName: string;
  stdin: Readable;
  /** Default `text`. */
  format?: InputFormat;
  /** Follow symbolic links met in folders (`--follow`). A link named as an input is always followed. */
  follow?: boolean;
}

export type InputItem =
  | {
      type: 'text';
      source: string;
      text: string;
      /** Set when the text was decoded with loss (invalid UTF-8). */
      warning?: InputError;
      /** jsonl: the record the text came from, without its `text`. */
      record?: Record<string, unknown>;
      /** jsonl: the record's line in its input, from 1. */
      line?: number;
    }
  /** A text too long to hold as one string: its UTF-8 bytes, decoded window by window (text/windows.ts). */
  | { type: 'bytes'; source: string; bytes: ByteSource; warning?: InputError }
  /** Something skipped that is worth a word on stderr, not an error (a FIFO met in a folder). */
  | { type: 'note'; note: InputError }
  | {
      type: 'error';
      error: InputError;
      /** jsonl: set for an error of one record (its `line`, and what could be read of it); the item keeps the record's place. */
      record?: Record<string, unknown>;
      line?: number;
    };

/** `args` are files, folders and `-`; a name that is not valid UTF-8 comes as its bytes (paths.ts). */
export async function* readInputs(args: readonly InputPath[], options: InputOptions): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === STDIN_ARG) {
      if (options.format === 'jsonl') yield* readRecords(options.stdin, options.stdinName, options.maxBytes);
      else yield decoded(options.stdinName, await readStreamLimited(options.stdin, options.stdinName, options.maxBytes));
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(arg)).isDirectory();
    } catch (err) {
      yield { type: 'error', error: fromSystemError(displayPath(arg), err) };
      continue;
    }
    if (isDirectory) yield* readFolder(arg, options);
    else yield* readFile(arg, options);
  }
}

async function* readFile(path: InputPath, options: InputOptions): AsyncGenerator<InputItem> {
  const source = displayPath(path);
  if (options.format === 'jsonl') yield* readRecordFile(path, options.maxBytes, source);
  else yield decoded(source, await readFileLimited(path, source, options.maxBytes, WINDOW_SIZE));
}

async function* readFolder(folder: InputPath, options: InputOptions): AsyncGenerator<InputItem> {
  let files = 0;
  let errors = 0;
  for await (const entry of walkFolder(folder, options)) {
    if (entry.type === 'error') {
      errors++;
      yield entry;
      continue;
    }
    if (entry.type === 'note') {
      yield entry;
      continue;
    }
    files++;
    yield* readFile(entry.path, options);
  }
  if (files === 0 && errors === 0) {
    const wanted = options.extensions.map((ext) => `.${ext}`).join(', ');
    const what = options.format === 'jsonl' ? 'JSON Lines' : 'text';
    yield { type: 'error', error: inputError(displayPath(folder), 'NO_INPUT', `no ${what} files (${wanted}) in this folder`) };
  }
}

function decoded(source: string, read: ReadResult): InputItem {
  if (!read.ok) return { type: 'error', error: read.error };
  const result = decodeText(read.bytes, WINDOW_SIZE);
  if (!result.ok) return { type: 'error', error: inputError(source, result.code, result.message) };
  const warning = !result.lossy
    ? undefined
    : result.encoding
      ? inputError(source, 'INVALID_UTF16', 'invalid UTF-16 (an unpaired surrogate or an odd last byte), read as U+FFFD')
      : inputError(source, 'INVALID_UTF8', 'invalid UTF-8, the bad bytes were read as U+FFFD');
  const item: InputItem = 'text' in result ? { type: 'text', source, text: result.text } : { type: 'bytes', source, bytes: result.bytes };
  if (warning) item.warning = warning;
  return item;
}
