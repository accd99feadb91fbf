// JSON Lines: one fact per line, tagged with `kind` (quote, entity, vote)
// and its document's `source`, the fact's own fields as in the JSON output;
// then one `{"kind":"error",…}` line per input error. A quote's own kind
// (direct, partial, …) moves to `quote_kind` so the tag can be `kind`.

import { kindNamed } from '../extract/registry.js';
import type { DocumentFacts, InputError } from '../facts.js';
import type { Renderer, RenderOptions } from './index.js';

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
  return {
    start: () => '',
    document(facts: DocumentFacts) {
      let out = '';
      for (const kind of options.kinds) {
        const { singular } = kindNamed(kind);
        for (const item of facts[kind] ?? []) out += line(tagged(singular, facts.source, item));
      }
      return out;
    },
    end(errors: readonly InputError[]) {
      return errors.map((error) => line({ kind: 'error', ...error })).join('');
    },
  };
}
