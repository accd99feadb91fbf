// JSON Lines for `--input jsonl`: exactly one line per input record, in
// input order, even when nothing is found, so the output lines up with the
// input however an engine splits it (GNU parallel, Hadoop Streaming, Spark).
// A record's line is its id, its other fields as given (not its text), then
// the facts of each asked-for kind; a record that could not be read gives
// `{"id", "error", "line"}` in its place.

import type { DocumentFacts, FactKind, InputError } from '../facts.js';
import type { RecordInput, Renderer, RenderOptions } from './index.js';
import { line } from './jsonl.js';
import type { DocumentParts } from './parts.js';

/** The line's fields before the facts: the id first (null when the record has none), then the record's other fields. */
function head(source: string, input: Pick<RecordInput, 'record'> | undefined, kinds: readonly FactKind[]): Record<string, unknown> {
  const { id = null, ...fields } = input?.record ?? { id: source };
  // A field named like an asked-for kind is replaced, and moves last with the facts.
  for (const kind of kinds) delete fields[kind];
  return { id, ...fields };
}

/** JSON text without the line end, with the same escapes as `line`. */
const json = (value: unknown) => line(value).slice(0, -1);

export function createRecordsRenderer(options: Pick<RenderOptions, 'kinds'>): Renderer {
  return {
    start: () => '',
    document(facts: DocumentFacts, input?: Pick<RecordInput, 'record'>) {
      const out = head(facts.source, input, options.kinds);
      for (const kind of options.kinds) out[kind] = facts[kind] ?? [];
      return line(out);
    },
    // A long text read in windows still gives one line, written piece by piece.
    parts(source: string, input?: Pick<RecordInput, 'record'>): DocumentParts {
      const written = new Map<FactKind, number>();
      return {
        // The head object without its closing brace; it always has `id`, so facts follow a comma.
        open: () => json(head(source, input, options.kinds)).slice(0, -1),
        kind(kind: FactKind, facts: DocumentFacts) {
          let items = written.get(kind);
          let out = items === undefined ? `,${JSON.stringify(kind)}:[` : '';
          items ??= 0;
          for (const fact of facts[kind] ?? []) out += `${items++ === 0 ? '' : ','}${json(fact)}`;
          written.set(kind, items);
          return out;
        },
        closeKind: () => ']',
        close: () => '}\n',
      };
    },
    inputError(error: InputError, input?: RecordInput) {
      // Only a record has a line to take; whole inputs (a missing file) are reported on stderr.
      if (input?.line === undefined) return '';
      return line({ id: input.record?.id ?? null, error: { code: error.code, message: error.message }, line: input.line });
    },
    end: () => '',
  };
}
