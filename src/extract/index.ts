// Runs the extractors a command asks for on one document.

import type { DocumentFacts, FactKind } from '../facts.js';
export { AVAILABLE_KINDS } from './kinds.js';
import type { TextDocument } from '../text/document.js';
import { extractQuotes } from './quotes/index.js';

export function extractFacts(doc: TextDocument, kinds: readonly FactKind[]): DocumentFacts {
  const facts: DocumentFacts = { source: doc.source };
  if (kinds.includes('quotes')) facts.quotes = extractQuotes(doc);
  return facts;
}
