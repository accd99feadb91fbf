// Worker threads that read units in parallel. A unit goes to an idle worker
// or waits its turn; results come back as promises, so the caller decides
// the order they are written in.

import { Worker } from 'node:worker_threads';
import type { FactKind } from '../facts.js';
import type { WorkResult, WorkUnit } from './unit.js';

interface Job {
  id: number;
  unit: WorkUnit;
  resolve(result: WorkResult): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** Stops the worker when its unit takes longer than the budget. */
  timer?: NodeJS.Timeout;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A worker's heap. Reading a window of text keeps about 50 MB alive; left
 * alone, V8 lets a heap grow to several times what is alive before it
 * collects, and two or more workers would pass any memory budget. A worker
 * that needs more than this fails its unit and is replaced.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly kinds: readonly FactKind[],
    /** Milliseconds a unit may take before its worker is stopped and the unit fails with TIMEOUT. */
    private readonly budgetMs?: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.startWorker());
  }

  read(unit: WorkUnit): Promise<WorkResult> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, unit, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private startWorker(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: { kinds: [...this.kinds] }, resourceLimits: WORKER_HEAP });
    const slot: Slot = { worker, job: null };
    worker.on('message', ({ id, result }: { id: number; result: WorkResult }) => {
      if (slot.job?.id !== id) return;
      clearTimeout(slot.timer);
      const { resolve } = slot.job;
      slot.job = null;
      resolve(result);
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash) fails its unit, not the run.
    const lost = (reason: string) => {
      clearTimeout(slot.timer);
      if (this.closing) return;
      const job = slot.job;
      slot.job = null;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.startWorker();
      job?.resolve({ ok: false, message: reason });
      this.dispatch();
    };
    worker.on('error', (err) => lost(`worker failed: ${err.message}`));
    worker.on('exit', (code) => lost(`worker stopped (exit code ${code})`));
    return slot;
  }

  /** A unit over its budget: its worker is stopped (synchronous work cannot be interrupted otherwise) and replaced. */
  private overrun(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.startWorker();
    void slot.worker.terminate();
    job.resolve({ ok: false, code: 'TIMEOUT', message: `reading took longer than ${this.budgetMs! / 1000} s (--timeout-per-file); its facts are dropped` });
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.waiting.length === 0) continue;
      const job = this.waiting.shift()!;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, unit: job.unit });
      if (this.budgetMs !== undefined) slot.timer = setTimeout(() => this.overrun(slot), this.budgetMs);
    }
  }
}
