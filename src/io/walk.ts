// Walks a folder for text files in a fixed order: entries sorted by name in
// UTF-16 code-unit order, depth first. Hidden entries (dot-names),
// node_modules and a project's own documents (README, LICENSE, …) are
// skipped. Symbolic links are skipped unless `follow` is set, as ripgrep and
// fd do; followed, each real folder is entered once, so link loops end.
// FIFOs, sockets and devices are never opened.
// Names are read as bytes: one that is not valid UTF-8 gives a path of
// bytes (paths.ts), so its file is read too.

import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import type { InputError } from '../facts.js';
import { fromSystemError, inputError } from './errors.js';
import { displayPath, joinPath, type InputPath } from './paths.js';

export type WalkEntry =
  | { type: 'file'; path: InputPath }
  | { type: 'error'; error: InputError }
  /** A FIFO, socket or device named like a text file, skipped: said on stderr, not an error. */
  | { type: 'note'; note: InputError };

/** The code of a special file met in a folder and skipped. */
export const NOT_A_FILE = 'NOT_A_FILE';

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

/** An entry with its name as shown (`\xNN` for a byte that is no UTF-8), which sorts and is matched against. */
interface Named {
  entry: Dirent<Buffer>;
  name: string;
}

function byCodeUnit(a: Named, b: Named): number {
  // Two names shown alike (one with a stray byte, one spelling out `\xNN`) keep a fixed order by their bytes.
  return a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.entry.name, b.entry.name);
}

/**
 * A folder's identity, its device and inode: one stat, where resolving its
 * real path costs a look-up per level of the path (a folder 1,000 levels
 * deep took 28 s to walk that way).
 */
async function folderKey(path: InputPath): Promise<string> {
  const { dev, ino } = await stat(path, { bigint: true });
  return `${dev}:${ino}`;
}

/**
 * Yields the text files below `root`. Paths are `join(root, …)`, so they keep
 * the folder as the user wrote it and serve as the documents' source names.
 */
export async function* walkFolder(root: InputPath, options: WalkOptions): AsyncGenerator<WalkEntry> {
  const entered = new Set<string>();
  try {
    entered.add(await folderKey(root));
  } catch (err) {
    yield { type: 'error', error: fromSystemError(displayPath(root), err) };
    return;
  }
  yield* walkEntered(root, options, entered);
}

async function* walkEntered(dir: InputPath, options: WalkOptions, entered: Set<string>): AsyncGenerator<WalkEntry> {
  let named: Named[];
  try {
    const entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    named = entries.map((entry) => ({ entry, name: displayPath(entry.name) }));
  } catch (err) {
    yield { type: 'error', error: fromSystemError(displayPath(dir), err) };
    return;
  }
  named.sort(byCodeUnit);
  for (const { entry, name } of named) {
    if (isSkipped(name)) continue;
    const path = joinPath(dir, entry.name);
    let kind = kindOf(entry);
    if (entry.isSymbolicLink()) {
      if (!options.follow) continue;
      try {
        kind = kindOf(await stat(path));
      } catch (err) {
        // A dangling link named like a text file was meant to be read: say so.
        if (hasExtension(name, options.extensions)) yield { type: 'error', error: fromSystemError(displayPath(path), err) };
        continue;
      }
    }
    if (kind === 'folder') {
      // Without links followed a folder is met once (folders have no hard links): only a followed link can loop.
      if (options.follow) {
        let key: string;
        try {
          key = await folderKey(path);
        } catch (err) {
          yield { type: 'error', error: fromSystemError(displayPath(path), err) };
          continue;
        }
        if (entered.has(key)) continue;
        entered.add(key);
      }
      yield* walkEntered(path, options, entered);
    } else if (hasExtension(name, options.extensions) && !isFolderDocument(name)) {
      if (kind === 'file') yield { type: 'file', path };
      // Named like a text file but not one: never opened (a FIFO would block the run), and said so.
      else if (kind !== 'other') yield { type: 'note', note: inputError(displayPath(path), NOT_A_FILE, `${kind}, not a regular file: skipped`) };
    }
  }
}

/** What an entry is: a special file by what it is called in messages. */
function kindOf(entry: Dirent<Buffer> | Stats): 'file' | 'folder' | 'a FIFO' | 'a socket' | 'a device' | 'other' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'other';
}
