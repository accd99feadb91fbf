// Extraction for callers that may ask for any kinds at any time (the
// benchmark, tests): every extractor is loaded with this module. A run of the
// command loads only the kinds it asks for, through `loadExtraction`.

import type { DocumentFacts, FactKind } from '../facts.js';
import type { TextDocument } from '../text/document.js';
import { KIND_NAMES, loadExtraction } from './registry.js';

export { KIND_NAMES as AVAILABLE_KINDS } from './registry.js';

const extractAll = await loadExtraction(KIND_NAMES);

/** The facts of `kinds` in one document, in the registry's output order. */
export function extractFacts(doc: TextDocument, kinds: readonly FactKind[]): DocumentFacts {
  return extractAll(doc, kinds);
}
