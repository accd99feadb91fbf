// The extract/v1 JSON document, written one input at a time. The bytes are
// exactly those of `JSON.stringify(output, null, 2)` plus a newline.

import type { DocumentFacts, InputError } from '../facts.js';
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
    end(errors: readonly InputError[]) {
      const close = documents === 0 ? ']' : '\n  ]';
      return `${close},\n  "errors": ${nested(errors, 1)}\n}\n`;
    },
  };
}
