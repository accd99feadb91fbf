// A worker thread's side of the pool: loads the extractors once, then reads
// the units it is sent, one at a time, and sends back their facts.

import { parentPort, workerData } from 'node:worker_threads';
import { loadExtraction } from '../extract/registry.js';
import type { FactKind } from '../facts.js';
import { readUnit, type WorkUnit } from './unit.js';

export interface UnitMessage {
  id: number;
  unit: WorkUnit;
}

const extract = await loadExtraction((workerData as { kinds: FactKind[] }).kinds);
parentPort!.on('message', ({ id, unit }: UnitMessage) => {
  parentPort!.postMessage({ id, result: readUnit(extract, unit) });
});
