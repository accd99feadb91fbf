// How much there is to read, for the progress bar: the files the inputs
// name and their size, found by the same walk the run takes. Stdin and
// inputs that cannot be read add nothing.

import { stat } from 'node:fs/promises';
import { STDIN_ARG } from './inputs.js';
import { walkFolder, type WalkOptions } from './walk.js';
import type { InputPath } from './paths.js';

export interface InputTotals {
  files: number;
  bytes: number;
}

async function sizeOf(path: InputPath): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** Files and bytes the inputs hold; with `stopAbove`, the walk ends as soon as the bytes pass it. Stdin counts as unbounded. */
export async function measureInputs(args: readonly InputPath[], options: WalkOptions, stopAbove = Infinity): Promise<InputTotals> {
  const totals: InputTotals = { files: 0, bytes: 0 };
  const add = (size: number | null) => {
    if (size === null) return;
    totals.files++;
    totals.bytes += size;
  };
  for (const arg of args) {
    if (totals.bytes > stopAbove) break;
    if (arg === STDIN_ARG) {
      if (stopAbove < Infinity) totals.bytes = Infinity;
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info) continue;
    if (!info.isDirectory()) add(info.size);
    else {
      for await (const entry of walkFolder(arg, options)) {
        if (entry.type === 'file') add(await sizeOf(entry.path));
        if (totals.bytes > stopAbove) break;
      }
    }
  }
  return totals;
}
