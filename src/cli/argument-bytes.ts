// Node decodes the command line as UTF-8 and reads bytes that are not UTF-8
// as U+FFFD, so a file whose name is not valid UTF-8 cannot be found by the
// name it is given. On Linux the arguments' own bytes are in
// /proc/self/cmdline: an input holding U+FFFD is matched with its argument
// there and read by those bytes. Elsewhere (no /proc) the name stays as
// Node gives it.

import { readFileSync } from 'node:fs';
import { pathFromBytes, type InputPath } from '../io/paths.js';

/** The program's arguments (after node and the script) as bytes, or null when they cannot be matched to `argv`. */
export function argumentBytes(cmdline: Buffer, argv: readonly string[]): Buffer[] | null {
  const all: Buffer[] = [];
  for (let start = 0; start < cmdline.length; ) {
    const end = cmdline.indexOf(0, start);
    const stop = end < 0 ? cmdline.length : end;
    all.push(cmdline.subarray(start, stop));
    start = stop + 1;
  }
  const count = argv.length - 2;
  if (count < 0 || all.length < count) return null;
  const args = all.slice(all.length - count);
  // The bytes must be those Node decoded, argument by argument.
  return args.every((bytes, i) => bytes.toString('utf8') === argv[i + 2]) ? args : null;
}

/**
 * The inputs, each one holding U+FFFD as the bytes it was given as. Inputs
 * are matched with the arguments in order, each with the next argument
 * that reads the same.
 */
export function inputsAsGiven(inputs: readonly string[], args: readonly Buffer[]): InputPath[] {
  let next = 0;
  return inputs.map((input) => {
    const at = args.findIndex((bytes, i) => i >= next && bytes.toString('utf8') === input);
    if (at < 0) return input;
    next = at + 1;
    return input.includes('\ufffd') ? pathFromBytes(args[at]) : input;
  });
}

/** The inputs of this process's command line, by their bytes where Node's strings lost some. */
export function inputPaths(inputs: readonly string[], argv: readonly string[] = process.argv): InputPath[] {
  if (!inputs.some((input) => input.includes('\ufffd'))) return [...inputs];
  let cmdline: Buffer;
  try {
    cmdline = readFileSync('/proc/self/cmdline');
  } catch {
    return [...inputs];
  }
  const args = argumentBytes(cmdline, argv);
  return args ? inputsAsGiven(inputs, args) : [...inputs];
}
