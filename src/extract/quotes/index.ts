import type { Quote } from '../../facts.js';
import type { TextDocument } from '../../text/document.js';

export function extractQuotes(doc: TextDocument): Quote[] {
  void doc;
  return [];
}
