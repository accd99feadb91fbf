// Walks a folder for text files in a fixed order: entries sorted by name in
// UTF-16 code-unit order, depth first. Hidden entries (dot-names),
// node_modules and a project's own documents (README, LICENSE, …) are
// skipped. Symbolic links are skipped unless `follow` is set, as ripgrep and
// fd do; followed, each real folder is entered once, so link loops end.

import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputError } from '../facts.js';
import { fromSystemError } from './errors.js';

export type WalkEntry = { type: 'file'; path: string } | { type: 'error'; error: InputError };

export interface WalkOptions {
  /** Extensions to take, lower case, without the dot (`txt`, `md`). */
  extensions: readonly string[];
  /** Follow symbolic links met in folders (`--follow`); skipped otherwise. */
  follow?: boolean;
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', 'md', 'text'];

export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.length > ext.length + 1 && lower.endsWith(`.${ext}`));
}

/**
 * Files that describe a folder rather than hold an article: `README.md`,
 * `LICENSE.txt`, `CHANGELOG.md`… (the name before its first dot, any case).
 * A file named on the command line is read whatever its name.
 */
const FOLDER_DOCUMENTS = new Set(['readme', 'license', 'licence', 'changelog', 'contributing', 'code_of_conduct']);

export function isFolderDocument(name: string): boolean {
  const dot = name.indexOf('.');
  return FOLDER_DOCUMENTS.has((dot < 0 ? name : name.slice(0, dot)).toLowerCase());
}

function isSkipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function byCodeUnit(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Yields the text files below `root`. Paths are `join(root, …)`, so they keep
 * the folder as the user wrote it and serve as the documents' source names.
 */
export async function* walkFolder(root: string, options: WalkOptions): AsyncGenerator<WalkEntry> {
  const entered = new Set<string>();
  try {
    entered.add(await realpath(root));
  } catch (err) {
    yield { type: 'error', error: fromSystemError(root, err) };
    return;
  }
  yield* walkEntered(root, options, entered);
}

async function* walkEntered(dir: string, options: WalkOptions, entered: Set<string>): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { type: 'error', error: fromSystemError(dir, err) };
    return;
  }
  entries.sort(byCodeUnit);
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      if (!options.follow) continue;
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        // A dangling link named like a text file was meant to be read: say so.
        if (hasExtension(entry.name, options.extensions)) yield { type: 'error', error: fromSystemError(path, err) };
        continue;
      }
    }
    if (isDirectory) {
      let real: string;
      try {
        real = await realpath(path);
      } catch (err) {
        yield { type: 'error', error: fromSystemError(path, err) };
        continue;
      }
      if (entered.has(real)) continue;
      entered.add(real);
      yield* walkEntered(path, options, entered);
    } else if (isFile && hasExtension(entry.name, options.extensions) && !isFolderDocument(entry.name)) {
      yield { type: 'file', path };
    }
  }
}
