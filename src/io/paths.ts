// File names are bytes. Nearly all are UTF-8 and are handled as strings; a
// name that is not valid UTF-8 is kept as its bytes, a Buffer, which node:fs
// takes as it is, so the file is found and read (as ripgrep reads it). Such
// a path is shown with each byte that is not part of a UTF-8 character
// written as `\xNN` (`a\xff.txt`): readable, and two names never show alike
// unless one of them holds a backslash and an `x` there.

import { isUtf8 } from 'node:buffer';
import { join, sep } from 'node:path';

/** A path as fs takes it: a string, or the bytes of one that is not valid UTF-8. */
export type InputPath = string | Buffer;

/** The bytes as a string when they are valid UTF-8, else the bytes themselves. */
export function pathFromBytes(bytes: Buffer): InputPath {
  return isUtf8(bytes) ? bytes.toString('utf8') : bytes;
}

/** `dir` joined with an entry's name, as path.join does it (`seeds/` and `a.txt` give `seeds/a.txt`). */
export function joinPath(dir: InputPath, name: Buffer): InputPath {
  if (typeof dir === 'string' && isUtf8(name)) return join(dir, name.toString('utf8'));
  // What join puts before a name: `seeds/` for `seeds/`, nothing for `.`.
  if (typeof dir === 'string') return Buffer.concat([Buffer.from(join(dir, '_').slice(0, -1)), name]);
  const endsWithSep = dir[dir.length - 1] === sep.charCodeAt(0);
  return Buffer.concat(endsWithSep ? [dir, name] : [dir, Buffer.from(sep), name]);
}

/** Length of the UTF-8 sequence a lead byte starts; 1 for a byte that starts none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

/** The path as people read it: a string as it is; bytes as UTF-8, with every stray byte as `\xNN`. */
export function displayPath(path: InputPath): string {
  if (typeof path === 'string') return path;
  let shown = '';
  let i = 0;
  while (i < path.length) {
    const length = sequenceLength(path[i]);
    const sequence = path.subarray(i, i + length);
    if (path[i] < 0x80 || (length > 1 && sequence.length === length && isUtf8(sequence))) {
      shown += sequence.toString('utf8');
      i += length;
    } else {
      shown += `\\x${path[i].toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return shown;
}
