// The extract/v1 JSON document, written one input at a time. The bytes are
// exactly those of `JSON.stringify(output, null, 2)` plus a newline.

import type { DocumentFacts, FactKind, InputError } from '../facts.js';
import type { Renderer } from './index.js';

/** Pretty-prints `value` as it would appear nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

export function createJsonRenderer(): Renderer {
  let documents = 0;
  return {
    start: () => '{\n  "schema": "extract/v1",\n  "documents": [',
    document(facts: DocumentFacts) {
      return `${documents++ === 0 ? '' : ','}\n    ${nested(facts, 2)}`;
    },
    // The same bytes as `document` would write for the whole document.
    parts(source: string) {
      const opening = `${documents++ === 0 ? '' : ','}\n    {\n      "source": ${JSON.stringify(source)}`;
      // Facts written so far per kind: the run asks for the kinds' parts interleaved.
      const written = new Map<FactKind, number>();
      return {
        open: () => opening,
        kind(kind: FactKind, facts: DocumentFacts) {
          let items = written.get(kind);
          let out = items === undefined ? `,\n      ${JSON.stringify(kind)}: [` : '';
          items ??= 0;
          for (const fact of facts[kind] ?? []) out += `${items++ === 0 ? '' : ','}\n        ${nested(fact, 4)}`;
          written.set(kind, items);
          return out;
        },
        closeKind: (kind: FactKind) => (written.get(kind) ? '\n      ]' : ']'),
        close: () => '\n    }',
      };
    },
    end(errors: readonly InputError[]) {
      const close = documents === 0 ? ']' : '\n  ]';
      return `${close},\n  "errors": ${nested(errors, 1)}\n}\n`;
    },
  };
}
