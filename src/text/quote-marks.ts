// Pairs quotation marks inside one stretch of text (a paragraph), so that a
// full stop inside a quotation that closes later is not read as a sentence
// end. Only marks that find their partner form a pair: an unbalanced or
// multi-paragraph quotation pairs nothing and swallows nothing.
//
// Curly marks pair by direction (“ ”, ‘ ’, „ “, ” ”, « », » «, ‹ ›); a straight "
// or ' decides its direction from its neighbours (space before: opening,
// space after: closing) and otherwise toggles. Apostrophes in words (don’t,
// Britain’s, ’90s) are not quote marks.

import { isLetter, isSpace } from './chars.js';

/**
 * Matched quotation pairs in text order: `open[k]` is the offset of an opening
 * mark and `close[k]` that of the mark closing it. Flat arrays keep memory
 * small on text with millions of marks.
 */
export interface QuotePairs {
  open: number[];
  close: number[];
  /**
   * The outermost double or angle mark still open at the end, after the last
   * pair, or -1: a quotation that runs on into the next paragraph.
   */
  unclosed: number;
}

/** Length of the mark at `offset`: 2 for a doubled apostrophe ('') standing for ", else 1. */
export function markWidth(text: string, offset: number): number {
  return text.charCodeAt(offset) === SQ && text.charCodeAt(offset + 1) === SQ ? 2 : 1;
}

const DQ = 0x22; // "
const SQ = 0x27; // '
const DDQ = -0x22; // '' (two apostrophes), a stand-in for "
const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const LOW_DQ = 0x201e; // „
const LSQ = 0x2018; // ‘
const RSQ = 0x2019; // ’
const LOW_SQ = 0x201a; // ‚
const LAQUO = 0xab; // «
const RAQUO = 0xbb; // »
const LSAQUO = 0x2039; // ‹
const RSAQUO = 0x203a; // ›

// A closing mark looks this far down the stack of open marks for its partner,
// and older open marks are forgotten, which keeps pairing linear even on text
// full of stray marks.
const SEARCH_DEPTH = 16;
// A straight ' also marks elisions and plural possessives (['s], parents'),
// so it pairs only with a mark this close on the same line.
const SQ_REACH = 250;
// No quotation in one paragraph runs longer than this; a farther partner is
// more likely a stray mark than the end of the quotation.
const REACH = 2000;

// Characters after which a mark still counts as preceded by a space.
const OPENING_CONTEXT = new Set([
  0x28, 0x5b, 0x7b, 0x2f, 0x2d, 0x2013, 0x2014, 0x3a, DQ, SQ, LDQ, LSQ, LOW_DQ, LOW_SQ,
  LAQUO, RAQUO, LSAQUO, RSAQUO,
]);
// Characters before which a mark still counts as followed by a space.
const CLOSING_CONTEXT = new Set([
  0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d, 0x2026, 0x2d, 0x2013, 0x2014,
  DQ, SQ, RDQ, RSQ, LAQUO, RAQUO, LSAQUO, RSAQUO,
]);

// Scratch space for the stack, shared by every call (pairing is synchronous):
// allocating it per call would dominate on text of many short paragraphs.
const stackPos = new Int32Array(2 * SEARCH_DEPTH);
const stackMark = new Int32Array(2 * SEARCH_DEPTH);

/**
 * The outermost matched quotation pairs between `start` and `end`, in text
 * order. Pairs nested in another pair are left out.
 */
export function pairQuoteMarks(text: string, start: number, end: number): QuotePairs {
  const pairOpen: number[] = [];
  const pairClose: number[] = [];
  // The stack of marks still open (offsets and mark characters), of bounded
  // size: when full, its older half is forgotten.
  const openPos = stackPos;
  const openMark = stackMark;
  let depth = 0;

  const spaceBefore = (i: number): boolean =>
    i === start || isSpace(text.charCodeAt(i - 1)) || OPENING_CONTEXT.has(text.charCodeAt(i - 1));
  const spaceAfter = (i: number): boolean =>
    i + 1 >= end || isSpace(text.charCodeAt(i + 1)) || CLOSING_CONTEXT.has(text.charCodeAt(i + 1));

  const push = (pos: number, mark: number): void => {
    if (depth === openPos.length) {
      openPos.copyWithin(0, SEARCH_DEPTH);
      openMark.copyWithin(0, SEARCH_DEPTH);
      depth -= SEARCH_DEPTH;
    }
    openPos[depth] = pos;
    openMark[depth] = mark;
    depth++;
  };
  /** Closes the nearest open mark `a` (or `b`, or `c`); false when none is open. */
  const close = (i: number, a: number, b = a, c = a): boolean => {
    const floor = Math.max(0, depth - SEARCH_DEPTH);
    for (let d = depth - 1; d >= floor; d--) {
      const mark = openMark[d];
      if (mark !== a && mark !== b && mark !== c) continue;
      const pos = openPos[d];
      if (i - pos > (mark === SQ ? SQ_REACH : REACH)) return false;
      depth = d; // marks opened inside and never closed are dropped
      // Pairs closed earlier and opened after this one are nested in it.
      while (pairOpen.length > 0 && pairOpen[pairOpen.length - 1] > pos) {
        pairOpen.pop();
        pairClose.pop();
      }
      pairOpen.push(pos);
      pairClose.push(i);
      return true;
    }
    return false;
  };
  const isOpen = (mark: number): boolean => {
    const floor = Math.max(0, depth - SEARCH_DEPTH);
    for (let d = depth - 1; d >= floor; d--) if (openMark[d] === mark) return true;
    return false;
  };
  /** Forgets open single quotes, which do not run across lines. */
  const dropSingles = (): void => {
    let kept = 0;
    for (let d = 0; d < depth; d++) {
      if (isSingle(openMark[d])) continue;
      openPos[kept] = openPos[d];
      openMark[kept] = openMark[d];
      kept++;
    }
    depth = kept;
  };

  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > SQ && c < LAQUO) continue; // letters, digits and most punctuation
    switch (c) {
      case 10:
      case 13:
        // An elision or a possessive left open must not pair with a mark
        // lines later.
        if (depth > 0) dropSingles();
        break;
      case DQ: {
        const before = spaceBefore(i);
        const after = spaceAfter(i);
        const closing = after && !before ? true : before && !after ? false : isOpen(DQ);
        if (!closing) push(i, c);
        else close(i, DQ);
        break;
      }
      case SQ:
        // '' stands for a double mark in some newspapers' text.
        if (text.charCodeAt(i + 1) === SQ) {
          const before = spaceBefore(i);
          const after = i + 2 >= end || spaceAfter(i + 1);
          const closing = after && !before ? true : before && !after ? false : isOpen(DDQ);
          if (!closing) push(i, DDQ);
          else close(i, DDQ);
          i++;
          break;
        }
        if (spaceBefore(i) && !spaceAfter(i)) {
          if (isLetter(text, i + 1)) push(i, c);
        } else if (spaceAfter(i) && !spaceBefore(i)) close(i, SQ);
        break;
      case LDQ:
        // „…“ (German) closes with “; a “ after a word and before a space
        // closes a “ typed in the wrong direction.
        if (close(i, LOW_DQ)) break;
        if (spaceAfter(i) && !spaceBefore(i) && close(i, LDQ)) break;
        push(i, c);
        break;
      case RDQ:
        // ”…” (Swedish, or a mistyped opening mark) opens when it closes
        // nothing and clings to the next word.
        if (!close(i, LDQ, LOW_DQ, RDQ) && spaceBefore(i) && !spaceAfter(i)) push(i, c);
        break;
      case LOW_DQ:
        push(i, c);
        break;
      case LSQ:
        if (close(i, LOW_SQ)) break;
        if (isApostrophe(text, i, start, end)) break;
        push(i, c);
        break;
      case RSQ:
        if (!isApostrophe(text, i, start, end) && spaceAfter(i)) close(i, LSQ, LOW_SQ);
        break;
      case LOW_SQ:
        if (spaceBefore(i)) push(i, c);
        break;
      case LAQUO:
      case LSAQUO: {
        const partner = c === LAQUO ? RAQUO : RSAQUO;
        if (!close(i, partner)) push(i, c);
        break;
      }
      case RAQUO:
      case RSAQUO: {
        const partner = c === RAQUO ? LAQUO : LSAQUO;
        // A » that closes nothing opens only when it clings to the next word
        // (»so«); a stray » bullet before a space is ignored.
        if (!close(i, partner) && spaceBefore(i) && !spaceAfter(i)) push(i, c);
        break;
      }
    }
  }
  const lastClose = pairClose.length > 0 ? pairClose[pairClose.length - 1] : -1;
  let unclosed = -1;
  for (let d = 0; d < depth && unclosed < 0; d++) {
    if (openPos[d] > lastClose && !isSingle(openMark[d])) unclosed = openPos[d];
  }
  return { open: pairOpen, close: pairClose, unclosed };
}

function isSingle(mark: number): boolean {
  return mark === SQ || mark === LSQ || mark === LOW_SQ || mark === LSAQUO || mark === RSAQUO;
}

/** A single quote between letters (don’t) or before a digit (’90s). */
function isApostrophe(text: string, i: number, start: number, end: number): boolean {
  const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  if (next >= 48 && next <= 57) return true;
  return i > start && i + 1 < end && isLetter(text, i - 1) && isLetter(text, i + 1);
}
