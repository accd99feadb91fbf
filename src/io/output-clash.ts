// An output that is also an input would be lost with it; one inside an
// input folder would be read back as input. Both are found before anything
// is read or written, so the command can refuse them. Paths are compared
// where they really are (links resolved), and files that exist also by
// device and inode, so `./a.txt` for `a.txt` or a hard link is caught too.

import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { STDIN_ARG } from './inputs.js';
import { displayPath, type InputPath } from './paths.js';

interface Place {
  real: Buffer;
  info: Stats | null;
}

async function placeOf(path: InputPath): Promise<Place | null> {
  try {
    return { real: await realpath(path, { encoding: 'buffer' }), info: await stat(path) };
  } catch {
    return null;
  }
}

/** Where a file not written yet will be: its folder's real path and its name. */
async function placeToBe(path: string): Promise<Place | null> {
  try {
    const folder = await realpath(dirname(resolve(path)), { encoding: 'buffer' });
    const joint = folder[folder.length - 1] === sep.charCodeAt(0) ? '' : sep;
    return { real: Buffer.concat([folder, Buffer.from(joint + basename(path))]), info: null };
  } catch {
    // Its folder does not exist: nothing can be written there, and opening the output says so.
    return null;
  }
}

function isInside(path: Buffer, folder: Buffer): boolean {
  const prefix = folder[folder.length - 1] === sep.charCodeAt(0) ? folder : Buffer.concat([folder, Buffer.from(sep)]);
  return path.length > prefix.length && path.subarray(0, prefix.length).equals(prefix);
}

const sameFile = (a: Place, b: Place) => a.real.equals(b.real) || (a.info !== null && b.info !== null && a.info.dev === b.info.dev && a.info.ino === b.info.ino);

/** Why `output` cannot be written with these inputs, or null when it can. */
export async function outputClash(output: string, inputs: readonly InputPath[]): Promise<string | null> {
  const written = (await placeOf(output)) ?? (await placeToBe(output));
  // A device or FIFO is written to, not replaced: nothing is lost.
  if (!written || (written.info !== null && !written.info.isFile())) return null;
  for (const input of inputs) {
    if (input === STDIN_ARG) continue;
    const read = await placeOf(input);
    if (!read) continue;
    if (read.info?.isDirectory()) {
      if (isInside(written.real, read.real)) {
        return `--output ${output} is inside the input folder ${displayPath(input)}, where it would be read as input: write it elsewhere`;
      }
    } else if (sameFile(written, read)) {
      return `--output ${output} is the input ${displayPath(input)}, which it would replace: write it elsewhere`;
    }
  }
  return null;
}
