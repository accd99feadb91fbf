// Paragraph and sentence segmentation. Both scan the text once, character by
// character, so a very large input segments in linear time without building
// substrings or running backtracking regular expressions over it. Segments
// are offsets into the original string (CRLF stays CRLF) and are trimmed of
// surrounding whitespace.

import {
  isAmbiguousAbbreviation,
  isListMarker,
  isNeverFinal,
  isSentenceStarter,
} from './abbreviations.js';
import { isCloser, isLetter, isLineBreak, isOpener, isSpace, isTerminator, startsSentence } from './chars.js';
import { pairQuoteMarks, type QuotePairs } from './quote-marks.js';
import { THRESHOLDS } from '../rules/thresholds.js';

export interface Segment {
  start: number;
  end: number;
}

/**
 * Blocks of text separated by one or more blank lines (lines holding only
 * whitespace). Lines end at `\n`, `\r\n` or a lone `\r`.
 */
export function segmentParagraphs(text: string): Segment[] {
  const paragraphs: Segment[] = [];
  const n = text.length;
  let start = -1;
  let end = -1;
  let i = 0;
  while (i < n) {
    let first = -1;
    let last = -1;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      // Printable ASCII first: never a space, never a line break.
      const word = (c > 32 && c < 127) || (!isLineBreak(c) && !isSpace(c));
      if (word) {
        if (first < 0) first = i;
        last = i + 1;
      } else if (isLineBreak(c)) break;
    }
    if (first < 0) {
      if (start >= 0) paragraphs.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = first;
      end = last;
    }
    if (i < n) i += text.charCodeAt(i) === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  }
  if (start >= 0) paragraphs.push({ start, end });
  return paragraphs;
}

/**
 * The sentences of one paragraph, in order, trimmed, covering every
 * non-whitespace character of it exactly once. A line break always ends a
 * sentence; within a line a sentence ends at `.` `!` `?` `…` (with any
 * closing quotes or brackets after it) followed by whitespace and a capital,
 * a digit or an opening mark, unless the full stop belongs to an
 * abbreviation, an initial or a list number, or the mark sits inside a
 * quotation that closes later in the paragraph.
 */
export function segmentSentences(
  text: string,
  paragraph: Segment,
  pairs: QuotePairs = pairQuoteMarks(text, paragraph.start, paragraph.end),
): Segment[] {
  const sentences: Segment[] = [];
  const push = (from: number, to: number): void => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    // A run of text with no sentence end (a list, a table, a page of noise) is cut at a space
    // every sentenceMaxChars: every rule that reads a sentence then reads a bounded text.
    while (to - from > THRESHOLDS.sentenceMaxChars) {
      let cut = from + THRESHOLDS.sentenceMaxChars;
      while (cut > from + THRESHOLDS.sentenceMaxChars / 2 && !isSpace(text.charCodeAt(cut))) cut--;
      if (!isSpace(text.charCodeAt(cut))) cut = from + THRESHOLDS.sentenceMaxChars;
      if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--; // never between the halves of a surrogate pair
      sentences.push({ start: from, end: cut });
      from = cut;
      while (from < to && isSpace(text.charCodeAt(from))) from++;
    }
    if (to > from) sentences.push({ start: from, end: to });
  };
  const quoted = new QuotedTest(pairs);

  let lineStart = paragraph.start;
  while (lineStart < paragraph.end) {
    let lineEnd = lineStart;
    while (lineEnd < paragraph.end && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    const line: Line = { start: lineStart, end: lineEnd, head: lineHead(text, lineStart, lineEnd) };
    let sentenceStart = lineStart;
    let i = lineStart;
    while (i < lineEnd) {
      if (!isTerminator(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const breakAt = sentenceBreak(text, i, line, quoted);
      if (breakAt.end >= 0) {
        push(sentenceStart, breakAt.end);
        sentenceStart = breakAt.end;
      }
      i = breakAt.next;
    }
    push(sentenceStart, lineEnd);
    lineStart = lineEnd + 1; // \r\n: the \n is a line of its own and empty
  }
  return sentences;
}

/**
 * Decides whether the terminator at `i` ends a sentence. `end` is where the
 * sentence ends (after closing marks) or -1; `next` is where to scan on.
 */
function sentenceBreak(text: string, i: number, line: Line, quoted: QuotedTest): { end: number; next: number } {
  const lineEnd = line.end;
  let j = i + 1;
  while (j < lineEnd && isTerminator(text.charCodeAt(j))) j++;
  const singleStop = text.charCodeAt(i) === 46 && j === i + 1;
  let k = j;
  while (k < lineEnd && (isCloser(text.charCodeAt(k)) || isTerminator(text.charCodeAt(k)))) k++;
  const end = k;
  const closed = end > j;
  // Whitespace, then the start of a new sentence on the same line.
  if (k >= lineEnd || !isSpace(text.charCodeAt(k))) return { end: -1, next: Math.max(k, i + 1) };
  while (k < lineEnd && isSpace(text.charCodeAt(k))) k++;
  if (k >= lineEnd || !startsSentence(text, k)) return { end: -1, next: k };
  if (singleStop && !closed && !stopEndsSentence(text, i, line, k)) return { end: -1, next: k };
  if (quoted.inside(end)) return { end: -1, next: k };
  return { end, next: k };
}

// Longer words are never abbreviations; the cap keeps the look-back short.
const MAX_WORD = 24;

/** Whether the single full stop at `i`, followed by a sentence start at `next`, ends the sentence. */
function stopEndsSentence(text: string, i: number, line: Line, next: number): boolean {
  const lineStart = line.start;
  let from = i;
  while (from > lineStart && i - from < MAX_WORD && !isSpace(text.charCodeAt(from - 1))) from--;
  if (from > lineStart && !isSpace(text.charCodeAt(from - 1))) return true;
  const atLineHead = from === line.head;
  // Quote marks and brackets before the word and a prefix joined by a hyphen
  // or slash ("(U.S", "anti-U.S") do not change what the word is.
  while (from < i && (isOpener(text.charCodeAt(from)) || isCloser(text.charCodeAt(from)))) from++;
  for (let h = i - 1; h > from; h--) {
    const c = text.charCodeAt(h);
    if (c === 45 || c === 47 || c === 0x2013 || c === 0x2014) {
      from = h + 1;
      break;
    }
  }
  const word = text.slice(from, i);
  if (word === '') return true;
  if (isNeverFinal(word)) return false;
  if (atLineHead && isListMarker(word)) return false;
  if (isAmbiguousAbbreviation(word)) {
    // An opening quote starts a new sentence; a bracket is an aside ("at
    // 5 p.m. (2100 UTC)").
    const c = text.charCodeAt(next);
    if (isOpener(c)) return c !== 40 && c !== 91;
    const following = wordAt(text, next);
    // Another initial ("Wayne A. I. Frederick") continues the name.
    if (following.length === 1 && text.charCodeAt(next + 1) === 46) return false;
    return isSentenceStarter(following);
  }
  return true;
}

/** One line of a paragraph; `head` is where its first word starts, after indentation and bullets. */
interface Line {
  start: number;
  end: number;
  head: number;
}

const BULLETS = new Set([42 /* * */, 45 /* - */, 35 /* # */, 0x2022 /* • */, 0x2013 /* – */, 0x2014 /* — */]);

function lineHead(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && (isSpace(text.charCodeAt(p)) || BULLETS.has(text.charCodeAt(p)))) p++;
  return p;
}

/** The run of letters starting at `i` (capped; longer words are never starters). */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j - i <= MAX_WORD && isLetter(text, j)) j++;
  return text.slice(i, j);
}

/** Answers, for increasing offsets, whether an offset lies inside a quotation pair. */
class QuotedTest {
  private next = 0;
  constructor(private readonly pairs: QuotePairs) {}

  inside(offset: number): boolean {
    const { open, close } = this.pairs;
    while (this.next < close.length && close[this.next] < offset) this.next++;
    return this.next < close.length && open[this.next] < offset && offset < close[this.next];
  }
}
