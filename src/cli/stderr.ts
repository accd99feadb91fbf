// Messages for people, on stderr: input errors as they happen, the summary
// line (the progress bar is in progress.ts).

import { kindNamed } from '../extract/registry.js';
import type { FactKind, InputError } from '../facts.js';
import { escapeLineControls } from '../render/controls.js';

const WARNINGS = new Set(['INVALID_UTF8', 'INVALID_UTF16']);

/** One line, whatever the source's name holds: its control characters are escaped, as in the table. */
export function errorLine(error: InputError): string {
  const level = WARNINGS.has(error.code) ? 'warning: ' : '';
  return escapeLineControls(`extract: ${level}${error.source}: ${error.message} (${error.code})`);
}

/** `extract: note: news/feed.txt: a FIFO, not a regular file: skipped (NOT_A_FILE)` */
export function noteLine(note: InputError): string {
  return escapeLineControls(`extract: note: ${note.source}: ${note.message} (${note.code})`);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `3 files, 12 quotes, 0 errors` */
export function summaryLine(documents: number, facts: Record<FactKind, number>, kinds: readonly FactKind[], errors: number): string {
  const parts = [plural(documents, 'file', 'files')];
  for (const kind of kinds) parts.push(plural(facts[kind], kindNamed(kind).singular, kind));
  parts.push(plural(errors, 'error', 'errors'));
  return parts.join(', ');
}

/** `quotes`, `quotes or votes`, `quotes, entities or votes`. */
function either(kinds: readonly FactKind[]): string {
  return kinds.length < 2 ? kinds.join('') : `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
}

/** `No quotes found.`, said once when no document has any fact of the asked kinds. */
export function nothingFoundLine(kinds: readonly FactKind[]): string {
  return `No ${either(kinds)} found.`;
}

/** `DEBUG=extract` (or `*`, or a list holding either) shows stack traces of internal errors. */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.DEBUG ?? '').split(/[\s,]+/).some((name) => name === 'extract' || name === '*' || name === 'extract:*');
}

/** `extract: internal error: …`, with the stack only when debugging. */
export function internalErrorText(err: unknown, where?: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const head = `${escapeLineControls(`extract: internal error: ${where ? `${where}: ` : ''}${message.split('\n')[0]}`)}\n`;
  return debugEnabled() && err instanceof Error && err.stack ? `${head}${err.stack}\n` : head;
}
