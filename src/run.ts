// One run of the tool: read each input in turn, build its document, extract
// the asked-for facts, hand them to the renderer and write the result before
// reading the next input. Failures of one input are recorded and the run
// goes on.

import { KIND_NAMES, loadExtraction } from './extract/registry.js';
import type { DocumentFacts, EntityType, FactKind, InputError } from './facts.js';
import { inputError } from './io/errors.js';
import { readInputs, type InputOptions } from './io/inputs.js';
import type { Output } from './io/output.js';
import type { Renderer } from './render/index.js';
import { createDocument } from './text/document.js';

export interface RunOptions {
  kinds: readonly FactKind[];
  /** Files, folders and `-`, as given. */
  inputs: readonly string[];
  /** Keep only entities of these types (`--type`); undefined keeps every entity. */
  entityTypes?: readonly EntityType[];
  input: InputOptions;
}

export interface RunEvents {
  /** Before an input's text is processed. */
  onDocument?(source: string): void;
  /** An input error or warning, when it happens. */
  onError?(error: InputError): void;
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

export async function run(options: RunOptions, renderer: Renderer, output: Output, events: RunEvents = {}): Promise<RunResult> {
  const counts = Object.fromEntries(KIND_NAMES.map((kind) => [kind, 0])) as Record<FactKind, number>;
  const result: RunResult = { documents: 0, facts: counts, errors: [] };
  const fail = (error: InputError) => {
    result.errors.push(error);
    events.onError?.(error);
  };

  const extract = await loadExtraction(options.kinds);
  await output.write(renderer.start());
  for await (const item of readInputs(options.inputs, options.input)) {
    // The reader went away (or writing failed): nothing more can be shown.
    if (output.closed) break;
    if (item.type === 'error') {
      fail(item.error);
      continue;
    }
    if (item.warning) fail(item.warning);
    events.onDocument?.(item.source);
    let facts;
    try {
      facts = selectFacts(extract(createDocument(item.source, item.text)), options.entityTypes);
    } catch (err) {
      events.onInternalError?.(item.source, err);
      result.errors.push(inputError(item.source, 'INTERNAL', `internal error: ${err instanceof Error ? err.message : String(err)}`));
      continue;
    }
    result.documents++;
    for (const kind of options.kinds) result.facts[kind] += facts[kind]?.length ?? 0;
    await output.write(renderer.document(facts));
  }
  events.onInputsDone?.();
  await output.write(renderer.end(result.errors));
  await output.close();
  return result;
}
