// Where units are read: in this thread, or by a pool of worker threads. A
// run that turns out to be one short document never starts a worker, since
// starting one costs more than reading a short text.

import type { FactKind } from '../facts.js';
import { loadExtraction } from '../extract/registry.js';
import { WorkerPool } from './pool.js';
import { readUnit, type WorkResult, type WorkUnit } from './unit.js';

export interface UnitReader {
  read(unit: WorkUnit): Promise<WorkResult>;
  close(): Promise<void>;
  /** Units worth having sent and not yet taken: more than one only where units are read in parallel. */
  readonly ahead: number;
}

/** Units read ahead of the one being written, per worker thread. */
const AHEAD_PER_WORKER = 2;

export async function inThreadReader(kinds: readonly FactKind[]): Promise<UnitReader> {
  const extract = await loadExtraction(kinds);
  return {
    read: async (unit) => readUnit(extract, unit),
    close: async () => undefined,
    // A unit sent is read at once, in this thread: one sent ahead would only hold its facts longer.
    ahead: 1,
  };
}

export function workerReader(kinds: readonly FactKind[], workers: number, budgetMs?: number): UnitReader {
  const pool = new WorkerPool(workers, kinds, budgetMs);
  return { read: (unit) => pool.read(unit), close: () => pool.close(), ahead: workers * AHEAD_PER_WORKER };
}
