// A document: its source name, its text exactly as decoded, and its
// segmentation (paragraphs, sentences and the quotation-mark pairs that
// segmentation needs). The reading (src/reading/) builds the rest on it. All spans are made here, so offsets are
// computed in one place.

import type { Located, Span } from '../facts.js';
import { indexLines, lineColumn, type LineIndex } from './lines.js';
import { pairQuoteMarks, type QuotePairs } from './quote-marks.js';
import { segmentParagraphs, segmentSentences, type Segment } from './segment.js';

export interface TextDocument {
  /** The path as the user gave it (or the stdin name). */
  readonly source: string;
  /** The decoded text: BOM removed, nothing else changed. */
  readonly text: string;
  readonly lines: LineIndex;
  readonly paragraphs: readonly Segment[];
  readonly sentences: readonly Segment[];
  /** The quotation-mark pairs of each paragraph, as segmentation found them. */
  readonly quotePairs: readonly QuotePairs[];
}

export function createDocument(source: string, text: string): TextDocument {
  const paragraphs = segmentParagraphs(text);
  const quotePairs = paragraphs.map((p) => pairQuoteMarks(text, p.start, p.end));
  return {
    source,
    text,
    lines: indexLines(text),
    paragraphs,
    sentences: paragraphs.flatMap((p, k) => segmentSentences(text, p, quotePairs[k])),
    quotePairs,
  };
}

export function spanOf(doc: TextDocument, start: number, end: number): Span {
  // Written out rather than spread: a span is made for every mention, and a spread leaves each with a second allocation.
  const { line, column } = lineColumn(doc.lines, start);
  return { start, end, line, column };
}

/** The text between two offsets with its span. */
export function located(doc: TextDocument, start: number, end: number): Located {
  return { text: doc.text.slice(start, end), span: spanOf(doc, start, end) };
}
