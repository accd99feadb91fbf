// Turns the command line's inputs (files, folders, `-`) into a lazy stream of
// decoded texts, one at a time, so memory holds one input at a time however
// large the folder.

import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputError } from '../facts.js';
import { decodeText } from './decode.js';
import { fromSystemError, inputError } from './errors.js';
import { readFileLimited, readStreamLimited, type ReadResult } from './read.js';
import { walkFolder } from './walk.js';

export const STDIN_ARG = '-';

export interface InputOptions {
  /** Extensions taken from folders, lower case without the dot. Files named on the command line are always read. */
  extensions: readonly string[];
  /** Inputs larger than this many bytes are skipped with TOO_LARGE. */
  maxBytes: number;
  /** Source name for stdin. */
  stdinName: string;
  stdin: Readable;
}

export type InputItem =
  | {
      type: 'text';
      source: string;
      text: string;
      /** Set when the text was decoded with loss (invalid UTF-8). */
      warning?: InputError;
    }
  | { type: 'error'; error: InputError };

export async function* readInputs(args: readonly string[], options: InputOptions): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === STDIN_ARG) {
      yield decoded(options.stdinName, await readStreamLimited(options.stdin, options.stdinName, options.maxBytes));
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(arg)).isDirectory();
    } catch (err) {
      yield { type: 'error', error: fromSystemError(arg, err) };
      continue;
    }
    if (isDirectory) yield* readFolder(arg, options);
    else yield decoded(arg, await readFileLimited(arg, arg, options.maxBytes));
  }
}

async function* readFolder(folder: string, options: InputOptions): AsyncGenerator<InputItem> {
  let files = 0;
  let errors = 0;
  for await (const entry of walkFolder(folder, options)) {
    if (entry.type === 'error') {
      errors++;
      yield entry;
      continue;
    }
    files++;
    yield decoded(entry.path, await readFileLimited(entry.path, entry.path, options.maxBytes));
  }
  if (files === 0 && errors === 0) {
    const wanted = options.extensions.map((ext) => `.${ext}`).join(', ');
    yield { type: 'error', error: inputError(folder, 'NO_INPUT', `no text files (${wanted}) in this folder`) };
  }
}

function decoded(source: string, read: ReadResult): InputItem {
  if (!read.ok) return { type: 'error', error: read.error };
  const result = decodeText(read.bytes);
  if (!result.ok) return { type: 'error', error: inputError(source, result.code, result.message) };
  if (!result.lossy) return { type: 'text', source, text: result.text };
  const warning = inputError(source, 'INVALID_UTF8', 'invalid UTF-8, the bad bytes were read as U+FFFD');
  return { type: 'text', source, text: result.text, warning };
}
