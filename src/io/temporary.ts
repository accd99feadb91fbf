// Temporary files and folders a run is writing (the output before it is
// renamed into place, spools). Listed here so that a run cut short by a
// signal can remove them on its way out (cli/interrupt.ts).

import { rmSync } from 'node:fs';

const held = new Set<string | Buffer>();

export function holdTemporary(path: string | Buffer): void {
  held.add(path);
}

/** The path is gone or has become permanent: no longer removed. */
export function releaseTemporary(path: string | Buffer): void {
  held.delete(path);
}

/** Removes every temporary path still held, synchronously: the process is about to exit. */
export function removeTemporaries(): void {
  for (const path of held) rmSync(path, { recursive: true, force: true });
  held.clear();
}
