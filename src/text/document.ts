// The document every extractor reads: its source name, its text exactly as
// decoded, and its segmentation. All spans are made here, so offsets are
// computed in one place.

import type { Located, Span } from '../facts.js';
import { indexLines, lineColumn, type LineIndex } from './lines.js';
import { segmentParagraphs, segmentSentences, type Segment } from './segment.js';

export interface TextDocument {
  /** The path as the user gave it (or the stdin name). */
  readonly source: string;
  /** The decoded text: BOM removed, nothing else changed. */
  readonly text: string;
  readonly lines: LineIndex;
  readonly paragraphs: readonly Segment[];
  readonly sentences: readonly Segment[];
}

export function createDocument(source: string, text: string): TextDocument {
  const paragraphs = segmentParagraphs(text);
  return {
    source,
    text,
    lines: indexLines(text),
    paragraphs,
    sentences: paragraphs.flatMap((p) => segmentSentences(text, p)),
  };
}

export function spanOf(doc: TextDocument, start: number, end: number): Span {
  return { start, end, ...lineColumn(doc.lines, start) };
}

/** The text between two offsets with its span. */
export function located(doc: TextDocument, start: number, end: number): Located {
  return { text: doc.text.slice(start, end), span: spanOf(doc, start, end) };
}
