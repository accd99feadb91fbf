// Step 1: quotations from paired quote marks. Marks are paired inside each
// paragraph, once, by segmentation (src/text/quote-marks.ts); a quotation
// left open at the end of a paragraph runs on when the next paragraph opens
// with a mark (the news convention for quotes over several paragraphs), and
// otherwise ends with its paragraph.

import type { Reading } from '../../reading/index.js';
import { markWidth } from '../../text/quote-marks.js';

export interface MarkedQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when unclosed. */
  close: number;
  contentStart: number;
  contentEnd: number;
  /** True when no closing mark was found. */
  unclosed: boolean;
}

const OPENING = /^(?:''|["“”„«»])/;

/** "WALLACE: Let's start…": a transcript's speaker label opening a quotation. */
export const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}):\s+/u;

/** The outermost quotations of every paragraph, in document order. */
export function findMarkedQuotes(reading: Reading): MarkedQuote[] {
  const { text, paragraphs } = reading;
  const quotes: MarkedQuote[] = [];
  let carried = -1; // the opening mark of a quotation running on from an earlier paragraph
  let carriedEnd = -1; // the end of the last paragraph it covers
  for (const [index, p] of paragraphs.entries()) {
    const pairs = reading.quotePairs(index);
    let first = 0;
    if (carried >= 0) {
      const opening = OPENING.exec(text.slice(p.start, p.start + 2));
      // A new speaker's label ends the running quotation: a transcript's next turn.
      const newTurn = opening !== null && SPEAKER_LABEL.test(text.slice(p.start + opening[0].length, p.start + 40));
      if (!opening || newTurn) {
        quotes.push(unclosed(text, carried, carriedEnd));
        carried = -1;
      } else if (pairs.open[0] === p.start) {
        // The paragraph's opening mark and its partner: the quotation ends here.
        quotes.push(closed(text, carried, pairs.close[0]));
        carried = -1;
        first = 1;
      } else if (pairs.unclosed === p.start || pairs.open.length === 0) {
        carriedEnd = p.end;
        continue;
      } else {
        quotes.push(unclosed(text, carried, carriedEnd));
        carried = -1;
      }
    }
    for (let k = first; k < pairs.open.length; k++) quotes.push(closed(text, pairs.open[k], pairs.close[k]));
    if (pairs.unclosed >= 0) {
      carried = pairs.unclosed;
      carriedEnd = p.end;
    }
  }
  if (carried >= 0) quotes.push(unclosed(text, carried, carriedEnd));
  return quotes;
}

function closed(text: string, open: number, close: number): MarkedQuote {
  const width = markWidth(text, close);
  return { open, close: close + width, contentStart: open + markWidth(text, open), contentEnd: close, unclosed: false };
}

function unclosed(text: string, open: number, end: number): MarkedQuote {
  return { open, close: end, contentStart: open + markWidth(text, open), contentEnd: end, unclosed: true };
}
