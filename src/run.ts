// One run of the tool: read the inputs in turn, cut each text into the units
// it is read in (the whole text, or windows of a long one), read the units
// in this thread or on worker threads, and write each document's facts in
// input order as soon as they and everything before them are done. A
// bounded number of units is in flight, so memory stays flat however many
// inputs there are. Failures of one input are recorded and the run goes on.

import { KIND_NAMES } from './extract/registry.js';
import type { DocumentFacts, EntityType, FactKind, InputError } from './facts.js';
import { inputError } from './io/errors.js';
import { measureInputs } from './io/measure.js';
import { readInputs, type InputItem, type InputOptions } from './io/inputs.js';
import type { Output } from './io/output.js';
import type { InputPath } from './io/paths.js';
import { Spool } from './io/spool.js';
import type { Renderer, Rendered } from './render/index.js';
import { factByFactParts, type DocumentParts } from './render/parts.js';
import { byteWindowsOf, windowsOf, WINDOW_SIZE } from './text/windows.js';
import { decodeUtf8 } from './io/decode.js';
import { highestEntityNumber, shiftEntityIds } from './work/entity-ids.js';
import { DocumentWindows, InFlight, type SentWindow } from './work/in-flight.js';
import { inThreadReader, workerReader } from './work/readers.js';
import type { WorkResult } from './work/unit.js';

export interface RunOptions {
  kinds: readonly FactKind[];
  /** Files, folders and `-`, as given (a name that is not valid UTF-8 as its bytes). */
  inputs: readonly InputPath[];
  /** Texts already in memory (the library's `extract`), read instead of `inputs`. */
  items?: AsyncIterable<InputItem>;
  /** Keep only entities of these types (`--type`); undefined keeps every entity. */
  entityTypes?: readonly EntityType[];
  input: InputOptions;
  /** Seconds one unit of text (a document, or a window of a long one) may take (`--timeout-per-file`); given, the run reads in worker threads. */
  timeoutPerFile?: number;
  /** Worker threads (`--jobs`); 1 reads everything in this thread. */
  jobs?: number;
  /** Longest text read in one piece, in UTF-16 code units. */
  windowSize?: number;
}

export interface RunEvents {
  /** `bytes` of text (UTF-8) have been read and their facts written. */
  onRead?(bytes: number): void;
  /** A document's facts have been written. */
  onDocument?(source: string): void;
  /** An input error or warning, in input order. */
  onError?(error: InputError): void;
  /** Something skipped that is no error (a FIFO in a folder), in input order. */
  onNote?(note: InputError): void;
  /** An extractor failed on a document (a bug, not a bad input). */
  onInternalError?(source: string, err: unknown): void;
  /** Every input is done; the renderer's last part is about to be written. */
  onInputsDone?(): void;
}

export interface RunResult {
  documents: number;
  facts: Record<FactKind, number>;
  errors: InputError[];
}

/**
 * The facts that are shown: entities of the asked-for types only. Filtered
 * here rather than in the renderers so every format, the counts and the exit
 * code agree. Returns new arrays: extractors may keep theirs.
 */
export function selectFacts(facts: DocumentFacts, entityTypes: readonly EntityType[] | undefined): DocumentFacts {
  if (!entityTypes || !facts.entities) return facts;
  const keep = new Set(entityTypes);
  return { ...facts, entities: facts.entities.filter((entity) => keep.has(entity.type)) };
}

/** Rendered text as the pieces it is written in. */
const piecesOf = (rendered: Rendered): Iterable<string> => (typeof rendered === 'string' ? [rendered] : rendered);

/** An input as it is read: an error or a note, or a document whose windows' facts are to come. */
type Entry = Extract<InputItem, { type: 'error' | 'note' }> | TextEntry;
interface TextEntry {
  type: 'text';
  item: Exclude<InputItem, { type: 'error' | 'note' }>;
  windows: DocumentWindows;
}

/**
 * Less text than this is read on the main thread: starting a worker and
 * warming it up costs about as much as reading half a megabyte.
 */
const SHARED_FROM_BYTES = 512 * 1024;

/** Whether the inputs hold enough text to be worth worker threads (stdin always may). */
async function worthSharing(options: RunOptions): Promise<boolean> {
  const totals = await measureInputs(options.inputs, options.input, SHARED_FROM_BYTES);
  return totals.bytes > SHARED_FROM_BYTES;
}

/** The budget of a unit read in a worker thread when none is asked for: generous, for a stuck rule, not a slow machine. */
const DEFAULT_BUDGET_S = 300;

export async function run(options: RunOptions, renderer: Renderer, output: Output, events: RunEvents = {}): Promise<RunResult> {
  const counts = Object.fromEntries(KIND_NAMES.map((kind) => [kind, 0])) as Record<FactKind, number>;
  const result: RunResult = { documents: 0, facts: counts, errors: [] };
  const jobs = Math.max(1, options.jobs ?? 1);
  const windowSize = options.windowSize ?? WINDOW_SIZE;
  const fail = (error: InputError) => {
    result.errors.push(error);
    events.onError?.(error);
  };

  const write = async (rendered: Rendered) => {
    for (const piece of piecesOf(rendered)) {
      if (output.closed) return;
      await output.write(piece);
    }
  };

  const writeEntry = async (entry: Entry) => {
    if (entry.type === 'note') {
      events.onNote?.(entry.note);
      return;
    }
    if (entry.type === 'error') {
      fail(entry.error);
      // A failed record keeps its place among the others' output (--input jsonl).
      if (entry.line !== undefined) await output.write(renderer.inputError?.(entry.error, entry) ?? '');
      return;
    }
    const { item, windows } = entry;
    if (item.warning) fail(item.warning);
    const written = windows.whole ? await writeWhole(item, windows.take(0)!) : await writeInWindows(entry);
    if (!written) return;
    result.documents++;
    events.onDocument?.(item.source);
  };

  const internal = (source: string, outcome: Extract<WorkResult, { ok: false }>) => {
    // over its budget: a clear message, like an input that could not be read
    if (outcome.code === 'TIMEOUT') {
      const error = inputError(source, 'TIMEOUT', outcome.message);
      events.onError?.(error);
      result.errors.push(error);
      return error;
    }
    const err = Object.assign(new Error(outcome.message), { stack: outcome.stack });
    events.onInternalError?.(source, err);
    const error = inputError(source, 'INTERNAL', `internal error: ${outcome.message}`);
    result.errors.push(error);
    return error;
  };

  const shown = (facts: DocumentFacts) => {
    const selected = selectFacts(facts, options.entityTypes);
    for (const kind of options.kinds) result.facts[kind] += selected[kind]?.length ?? 0;
    return selected;
  };

  const writeWhole = async (item: TextEntry['item'], window: SentWindow): Promise<boolean> => {
    const outcome = await window.result;
    if (!outcome.ok) {
      const error = internal(item.source, outcome);
      if (item.type === 'text' && item.line !== undefined) await output.write(renderer.inputError?.(error, item) ?? '');
      return false;
    }
    const record = item.type === 'text' ? item.record : undefined;
    await write(renderer.document(shown(outcome.facts), { record, text: window.text }));
    events.onRead?.(window.bytes);
    return true;
  };

  // The first kind is written as its windows come; the others wait in spools.
  const writeInWindows = async ({ item, windows }: TextEntry): Promise<boolean> => {
    const { source } = item;
    const record = item.type === 'text' ? item : undefined;
    const parts: DocumentParts = renderer.parts?.(source, record) ?? factByFactParts((facts) => renderer.document(facts), source);
    const [first, ...later] = options.kinds;
    const spools = new Map(later.map((kind) => [kind, new Spool()]));
    try {
      await output.write(parts.open());
      let entityBase = 0;
      for (let k = 0, window; (window = windows.take(k)); k++) {
        const outcome = await window.result;
        const facts = outcome.ok ? outcome.facts : { source };
        if (!outcome.ok) internal(`${source} (line ${window.line})`, outcome);
        const highest = highestEntityNumber(facts);
        const selected = shown(shiftEntityIds(facts, entityBase));
        entityBase += highest;
        const text = { text: window.text, offset: window.offset };
        await write(parts.kind(first, selected, text));
        for (const kind of later) for (const piece of piecesOf(parts.kind(kind, selected, text))) spools.get(kind)!.append(piece);
        events.onRead?.(window.bytes);
      }
      await output.write(parts.closeKind(first));
      for (const kind of later) {
        await spools.get(kind)!.writeTo(output);
        await output.write(parts.closeKind(kind));
      }
      await output.write(parts.close());
    } finally {
      for (const spool of spools.values()) spool.dispose();
    }
    return true;
  };

  await output.write(renderer.start());
  const inputs = (options.items ?? readInputs(options.inputs, options.input))[Symbol.asyncIterator]();
  // One look ahead: a run of one short text is read in this thread.
  let next = await inputs.next();
  let flight: InFlight | null = null;
  const pending: Entry[] = [];
  const writeOldest = () => writeEntry(pending.shift()!);

  try {
    while (!next.done && !output.closed) {
      const item = next.value;
      next = await inputs.next();
      if (item.type === 'error' || item.type === 'note') {
        pending.push(item);
      } else {
        const windows = item.type === 'text' ? windowsOf(item.text, windowSize) : byteWindowsOf(item.bytes, decodeUtf8, windowSize);
        if (!flight) {
          const alone = next.done === true && item.type === 'text' && item.text.length <= windowSize;
          // a budget asked for is kept by reading in worker threads, which can be stopped
          const share = options.timeoutPerFile !== undefined || (jobs > 1 && !alone && (await worthSharing(options)));
          const reader = share ? workerReader(options.kinds, jobs, (options.timeoutPerFile ?? DEFAULT_BUDGET_S) * 1000) : await inThreadReader(options.kinds);
          flight = new InFlight(reader, options.kinds, reader.ahead);
        }
        const entry: TextEntry = { type: 'text', item, windows: new DocumentWindows(flight, item.source, windows) };
        pending.push(entry);
        // Send its windows to be read, writing older documents while too many are in flight
        // (the entry itself, once it is the oldest, sends the rest of its windows as it is written).
        while (!entry.windows.done && !output.closed) {
          if (!flight.full) entry.windows.send();
          else await writeOldest();
        }
      }
      while (pending.length > 0 && pending[0].type !== 'text') await writeOldest();
    }
    while (pending.length > 0 && !output.closed) await writeOldest();
  } finally {
    await flight?.reader.close();
  }
  events.onInputsDone?.();
  await output.write(renderer.end(result.errors));
  await output.close();
  return result;
}
