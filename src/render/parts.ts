// A document read in windows is written as it is read, without holding its
// facts: kind by kind, each kind's windows in order (the run holds back the
// later kinds until the first is written). Formats that write fact by fact
// need nothing more than their `document`; JSON, which nests the facts of a
// document in one object, writes the object's pieces itself.

import type { DocumentFacts, FactKind } from '../facts.js';

/**
 * What a renderer gives for a document or a window: its text, or, where the
 * facts are large, the text in pieces, made as they are written (so the
 * whole is never held at once). Pieces are taken in order, once.
 */
export type Rendered = string | Iterable<string>;

/** A window's text and where it starts in the document (UTF-16 code units); facts' spans are document positions. */
export interface WindowText {
  text: string;
  offset: number;
}

export interface DocumentParts {
  open(): string;
  /** One window's facts of `kind`, windows in order. Called for every window, even one with none. */
  kind(kind: FactKind, facts: DocumentFacts, window?: WindowText): Rendered;
  /** After the last window of `kind`. */
  closeKind(kind: FactKind): string;
  close(): string;
}

/** Parts for a format whose `document` output is a sequence of facts, one kind after the other (JSON Lines, CSV). */
export function factByFactParts(document: (facts: DocumentFacts) => Rendered, source: string): DocumentParts {
  return {
    open: () => '',
    kind: (kind, facts) => document({ source, [kind]: facts[kind] ?? [] }),
    closeKind: () => '',
    close: () => '',
  };
}
