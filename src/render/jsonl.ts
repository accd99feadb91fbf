// JSON Lines: one fact per line, tagged with `fact` (quote, entity, vote)
// and its document's `source`, the fact's own fields as in the JSON output;
// then one `{"fact":"error",…}` line per input error. The tag is `fact`
// rather than `kind` because a quote already has a `kind` (direct, …).

import type { DocumentFacts, InputError } from '../facts.js';
import { FACT_NAMES } from './columns.js';
import type { Renderer, RenderOptions } from './index.js';

// U+2028/U+2029 are valid in JSON but split lines for some line readers.
function line(value: unknown): string {
  return `${JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`;
}

export function createJsonLinesRenderer(options: Pick<RenderOptions, 'kinds'>): Renderer {
  return {
    start: () => '',
    document(facts: DocumentFacts) {
      let out = '';
      for (const kind of options.kinds) {
        for (const item of facts[kind] ?? []) out += line({ fact: FACT_NAMES[kind], source: facts.source, ...item });
      }
      return out;
    },
    end(errors: readonly InputError[]) {
      return errors.map((error) => line({ fact: 'error', ...error })).join('');
    },
  };
}
