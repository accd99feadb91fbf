// Messages for people, on stderr: input errors as they happen, the summary
// line, and an optional progress line on terminals.

import { kindNamed } from '../extract/registry.js';
import type { FactKind, InputError } from '../facts.js';

const WARNINGS = new Set(['INVALID_UTF8']);

export function errorLine(error: InputError): string {
  const level = WARNINGS.has(error.code) ? 'warning: ' : '';
  return `extract: ${level}${error.source}: ${error.message} (${error.code})`;
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

export interface Progress {
  document(source: string): void;
  /** Erases the progress line, before other text is written to the terminal. */
  clear(): void;
}

const REDRAW_MS = 100;
/** Short runs show no progress at all. */
const FIRST_DRAW_MS = 500;

/** A `\r`-redrawn line counting documents; a no-op unless `enabled`. */
export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled) return { document() {}, clear() {} };
  let count = 0;
  let drawn = false;
  let lastDraw = 0;
  const startedAt = Date.now();
  return {
    document(source: string) {
      count++;
      const now = Date.now();
      if (now - startedAt < FIRST_DRAW_MS || now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      const line = `extract: ${count} ${count === 1 ? 'file' : 'files'}, ${source}`;
      const width = (stream.columns ?? 80) - 1;
      stream.write(`\r\x1b[K${line.length > width ? line.slice(0, width) : line}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
      lastDraw = 0;
    },
  };
}

/** `DEBUG=extract` (or `*`, or a list holding either) shows stack traces of internal errors. */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.DEBUG ?? '').split(/[\s,]+/).some((name) => name === 'extract' || name === '*' || name === 'extract:*');
}

/** `extract: internal error: …`, with the stack only when debugging. */
export function internalErrorText(err: unknown, where?: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const head = `extract: internal error: ${where ? `${where}: ` : ''}${message.split('\n')[0]}\n`;
  return debugEnabled() && err instanceof Error && err.stack ? `${head}${err.stack}\n` : head;
}
