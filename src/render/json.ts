// The extract/v1 JSON document, written one input at a time. The bytes are
// exactly those of `JSON.stringify(output, null, 2)` plus a newline.

import type { DocumentFacts, FactKind, InputError } from '../facts.js';
import type { Renderer } from './index.js';
import { joined, jsonAt, jsonPieces, nestedJson } from './json-text.js';

/** Facts as items of a document's kind array that already holds `count` items. */
function* itemsAfter(count: number, facts: readonly unknown[]): Generator<string> {
  for (const fact of facts) {
    yield `${count++ === 0 ? '' : ','}\n        `;
    yield* jsonPieces(fact, 4);
  }
}

export function createJsonRenderer(): Renderer {
  let documents = 0;
  return {
    start: () => '{\n  "schema": "extract/v1",\n  "documents": [',
    document(facts: DocumentFacts) {
      return jsonAt(`${documents++ === 0 ? '' : ','}\n    `, facts, 2);
    },
    // The same bytes as `document` would write for the whole document.
    parts(source: string) {
      const opening = `${documents++ === 0 ? '' : ','}\n    {\n      "source": ${JSON.stringify(source)}`;
      // Facts written so far per kind: the run asks for the kinds' parts interleaved.
      const written = new Map<FactKind, number>();
      return {
        open: () => opening,
        kind(kind: FactKind, facts: DocumentFacts) {
          const before = written.get(kind);
          const found = facts[kind] ?? [];
          written.set(kind, (before ?? 0) + found.length);
          const opening = before === undefined ? `,\n      ${JSON.stringify(kind)}: [` : '';
          return joined([opening], itemsAfter(before ?? 0, found));
        },
        closeKind: (kind: FactKind) => (written.get(kind) ? '\n      ]' : ']'),
        close: () => '\n    }',
      };
    },
    end(errors: readonly InputError[]) {
      const close = documents === 0 ? ']' : '\n  ]';
      return `${close},\n  "errors": ${nestedJson(errors, 1)}\n}\n`;
    },
  };
}
