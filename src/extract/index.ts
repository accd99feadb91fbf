// Runs the extractors a command asks for on one document.

import type { DocumentFacts, FactKind } from '../facts.js';
import type { TextDocument } from '../text/document.js';
import { extractQuotes } from './quotes/index.js';

/** The kinds this build can extract, in output order. `all` runs every one. */
export const AVAILABLE_KINDS: readonly FactKind[] = ['quotes'];

export function extractFacts(doc: TextDocument, kinds: readonly FactKind[]): DocumentFacts {
  const facts: DocumentFacts = { source: doc.source };
  if (kinds.includes('quotes')) facts.quotes = extractQuotes(doc);
  return facts;
}
