// Step 1: pair quotation marks into quotations.
// Marks are paired inside a paragraph; a quotation left open at the end of a
// paragraph continues when the next paragraph opens with a mark of the same
// family (the news convention for quotes over several paragraphs), and
// otherwise ends with its paragraph. Single marks are told apart from
// apostrophes (don’t, Britain’s, the ’90s, workers’) by their neighbours.

import type { Segment } from '../../text/segment.js';

export interface MarkedQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when unclosed. */
  close: number;
  contentStart: number;
  contentEnd: number;
  /** True when no closing mark was found. */
  unclosed: boolean;
  /** Quote marks nested inside another quotation are not quotations of their own. */
  depth: number;
}

type Family = 'double' | 'single' | 'guillemet';

interface Open {
  family: Family;
  at: number;
  /** 1, or 2 for a doubled apostrophe ('') standing for a double quote mark. */
  width: number;
  closers: string;
  depth: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{\u2014\u2013\-/]/;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}

/** How a mark at `i` may act: as an opener, a closer, both, or not at all (an apostrophe). */
function roles(text: string, i: number, c: string, width: number, seg: Segment): { open: boolean; close: boolean } {
  const prev = i > seg.start ? text[i - 1] : undefined;
  const next = i + width < seg.end ? text[i + width] : undefined;
  const leftFlank = prev === undefined || SPACE_BEFORE.test(prev) || '“‘"\'«„'.includes(prev);
  const rightFlank = next === undefined || /[\s.,;:!?)\]}…\u2014\u2013-]/.test(next) || '”’"\'»'.includes(next);
  switch (c) {
    case '“':
      return { open: true, close: !leftFlank && rightFlank };
    case '”':
      // a closing mark written where an opening one belongs: at a paragraph start before a word
      return { open: prev === undefined && next !== undefined && /[\p{L}\p{N}]/u.test(next), close: true };
    case '„':
    case '«':
      return { open: true, close: false };
    case '»':
      return { open: false, close: true };
    case '‘':
      return { open: !isWordChar(prev), close: false };
    case '"':
      return { open: leftFlank || !rightFlank, close: !leftFlank || rightFlank };
    case "'":
    case '’': {
      if (isWordChar(prev) && isWordChar(next)) return { open: false, close: false }; // don't
      if (next !== undefined && /\d/.test(next) && !isWordChar(prev)) return { open: false, close: false }; // ’90s
      const open = c === "'" && leftFlank && next !== undefined && !/\s/.test(next);
      return { open, close: !leftFlank && rightFlank };
    }
    default:
      return { open: false, close: false };
  }
}

function family(c: string): Family {
  if (c === '«' || c === '»') return 'guillemet';
  if (c === '‘' || c === '’' || c === "'") return 'single';
  return 'double';
}

function closersFor(c: string): string {
  switch (c) {
    case '“':
    case '”':
      return '”"';
    case '„':
      return '“”"';
    case '«':
      return '»';
    case '"':
      return '"”';
    case '‘':
      return '’\'';
    case "'":
      return '\'’';
    default:
      return '';
  }
}

const MARKS = /''|["'“”‘’„«»]/g;

/** A doubled apostrophe ('') is a double quote mark, as some newspapers write it. */
const markChar = (mark: string): string => (mark === "''" ? '"' : mark);

/** Pairs the marks of every paragraph; paragraphs are in document order. */
export function findMarkedQuotes(text: string, paragraphs: readonly Segment[]): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  let carried: Open | null = null; // a quotation running on from the previous paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const seg = paragraphs[p];
    const stack: Open[] = [];
    if (carried) {
      const first = markChar(text.startsWith("''", seg.start) ? "''" : text[seg.start]);
      if (closersFor(first) && family(first) === carried.family) {
        stack.push(carried);
      } else {
        closeUnclosed(quotes, carried, paragraphs[p - 1].end);
      }
      carried = null;
    }
    const skipFirst = stack.length > 0; // the paragraph's opening mark re-opens the carried quote
    MARKS.lastIndex = seg.start;
    for (let m = MARKS.exec(text); m && m.index < seg.end; m = MARKS.exec(text)) {
      const i = m.index;
      if (skipFirst && i === seg.start) continue;
      const width = m[0].length;
      const c = markChar(m[0]);
      const role = roles(text, i, c, width, seg);
      const top = stack[stack.length - 1];
      const match = findOpen(stack, c);
      if (role.close && match >= 0) {
        const opened = stack[match];
        stack.length = match;
        quotes.push({
          open: opened.at,
          close: i + width,
          contentStart: opened.at + opened.width,
          contentEnd: i,
          unclosed: false,
          depth: opened.depth,
        });
      } else if (role.open && (!top || top.family !== family(c) || c === '„' || c === '«' || c === '“' || c === '‘')) {
        stack.push({ family: family(c), at: i, width, closers: closersFor(c), depth: stack.length });
      }
    }
    // Only an outermost double or guillemet quotation runs on into the next paragraph.
    const outer = stack[0];
    if (outer && outer.family !== 'single') carried = outer;
    else if (outer) closeUnclosed(quotes, outer, seg.end);
  }
  if (carried) closeUnclosed(quotes, carried, paragraphs[paragraphs.length - 1].end);
  quotes.sort((a, b) => a.open - b.open || b.close - a.close);
  return quotes;
}

function findOpen(stack: Open[], closer: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].closers.includes(closer)) return k;
  return -1;
}

function closeUnclosed(quotes: MarkedQuote[], opened: Open, end: number): void {
  quotes.push({ open: opened.at, close: end, contentStart: opened.at + opened.width, contentEnd: end, unclosed: true, depth: opened.depth });
}
