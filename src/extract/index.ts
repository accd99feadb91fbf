// Runs the extractors a command asks for on one document.

import type { DocumentFacts, FactKind } from '../facts.js';
import { readingOf } from '../reading/index.js';
import type { TextDocument } from '../text/document.js';
import { extractEntities } from './entities/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractVotes } from './votes/index.js';

export { AVAILABLE_KINDS } from './kinds.js';

export function extractFacts(doc: TextDocument, kinds: readonly FactKind[]): DocumentFacts {
  const reading = readingOf(doc);
  const facts: DocumentFacts = { source: doc.source };
  if (kinds.includes('quotes')) facts.quotes = extractQuotes(reading);
  if (kinds.includes('entities')) facts.entities = extractEntities(reading);
  if (kinds.includes('votes')) facts.votes = extractVotes(reading);
  return facts;
}
