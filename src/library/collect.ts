// The library keeps the facts instead of writing them: a renderer that
// collects each document's facts as the run hands them over, and an output
// that writes nothing. The run is the command's, so the facts are the same.

import type { DocumentFacts, FactKind } from '../facts.js';
import type { Output } from '../io/output.js';
import type { Renderer } from '../render/index.js';
import type { DocumentParts } from '../render/parts.js';

export function collectingRenderer(documents: DocumentFacts[]): Renderer {
  return {
    start: () => '',
    document(facts: DocumentFacts) {
      documents.push(facts);
      return '';
    },
    // A long text comes window by window: its facts are added to one document.
    parts(source: string): DocumentParts {
      const document: DocumentFacts = { source };
      return {
        open() {
          documents.push(document);
          return '';
        },
        kind(kind: FactKind, facts: DocumentFacts) {
          const found = (document[kind] ??= []) as unknown[];
          for (const fact of facts[kind] ?? []) found.push(fact);
          return '';
        },
        closeKind: () => '',
        close: () => '',
      };
    },
    end: () => '',
  };
}

/** An output for renderers that write nothing. */
export const NOWHERE: Output = {
  write: async () => undefined,
  close: async () => undefined,
  closed: false,
  failure: null,
};
