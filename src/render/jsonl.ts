// JSON Lines: one fact per line, tagged with `kind` (quote, entity, vote)
// and its document's `source`, the fact's own fields as in the JSON output;
// after a document's facts, one `{"kind":"document",…}` line with its counts,
// so that every input read is accounted for, even one with nothing found;
// last, one `{"kind":"error",…}` line per input error. A quote's own kind
// (direct, partial, …) moves to `quote_kind` so the tag can be `kind`.

import { kindNamed } from '../extract/registry.js';
import type { DocumentFacts, FactKind, InputError } from '../facts.js';
import type { Renderer, RenderOptions } from './index.js';
import type { DocumentParts } from './parts.js';

/** One JSON Lines line. U+2028/U+2029 are valid in JSON but split lines for some line readers, so they are escaped. */
export function line(value: unknown): string {
  return `${JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`;
}

function tagged(name: string, source: string, item: object): object {
  if (!('kind' in item)) return { kind: name, source, ...item };
  const { kind, ...rest } = item as { kind: unknown };
  return { kind: name, source, [`${name}_kind`]: kind, ...rest };
}

export function createJsonLinesRenderer(options: Pick<RenderOptions, 'kinds'>): Renderer {
  /** The lines of one kind's facts, counted into `counts`. */
  const factLines = (kind: FactKind, facts: DocumentFacts, counts: Partial<Record<FactKind, number>>) => {
    const { singular } = kindNamed(kind);
    const found = facts[kind] ?? [];
    counts[kind] = (counts[kind] ?? 0) + found.length;
    return found.map((item) => line(tagged(singular, facts.source, item))).join('');
  };
  /** The document's own line: the facts of each asked-for kind it had, 0 included. */
  const documentLine = (source: string, counts: Partial<Record<FactKind, number>>) =>
    line({ kind: 'document', source, counts: Object.fromEntries(options.kinds.map((kind) => [kind, counts[kind] ?? 0])) });

  return {
    start: () => '',
    document(facts: DocumentFacts) {
      const counts = {};
      return options.kinds.map((kind) => factLines(kind, facts, counts)).join('') + documentLine(facts.source, counts);
    },
    // A long text read in windows: its facts as they come, its document line once all are written.
    parts(source: string): DocumentParts {
      const counts = {};
      return {
        open: () => '',
        kind: (kind, facts) => factLines(kind, { ...facts, source }, counts),
        closeKind: () => '',
        close: () => documentLine(source, counts),
      };
    },
    end(errors: readonly InputError[]) {
      return errors.map((error) => line({ kind: 'error', ...error })).join('');
    },
  };
}
