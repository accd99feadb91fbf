// Input failures as they appear in the output's `errors` list: a stable
// code and a short message for a person, never a stack trace.

import type { InputError } from '../facts.js';

/** Codes `extract` reports besides the system ones (ENOENT, EACCES, EISDIR, …). */
export type InputErrorCode = 'BINARY' | 'INVALID_UTF8' | 'INVALID_UTF16' | 'TOO_LARGE' | 'NO_INPUT' | 'INTERNAL' | string;

const SYSTEM_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  ENAMETOOLONG: 'file name too long',
};

export function inputError(source: string, code: InputErrorCode, message: string): InputError {
  return { source, code, message };
}

/** Maps an error thrown by `node:fs` to an input error; the code is kept as Node gives it. */
export function fromSystemError(source: string, err: unknown): InputError {
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : 'EIO';
  const message = SYSTEM_MESSAGES[code] ?? systemMessage(err);
  return inputError(source, code, message);
}

// Node's messages look like "EACCES: permission denied, open '/abs/path'":
// keep the human part and drop the absolute path so output stays portable.
function systemMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const match = /^[A-Z0-9_]+: ([^,]+)/.exec(raw);
  return match ? match[1] : raw.split('\n')[0];
}
