// A run cut short by Ctrl-C (SIGINT), a kill (SIGTERM) or a closed terminal
// (SIGHUP) removes the temporary files it was writing, so the file --output
// names keeps its old content, and exits with 128 + the signal's number
// (130, 143, 129), the code a shell shows for a process the signal ended.

import { constants } from 'node:os';
import { removeTemporaries } from '../io/temporary.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Handles the signals until the returned function is called; `beforeExit` tidies the terminal (the progress bar). */
export function exitOnInterrupt(beforeExit: () => void = () => undefined): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      removeTemporaries();
      beforeExit();
      process.exit(128 + constants.signals[signal]);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((remove) => remove());
}
