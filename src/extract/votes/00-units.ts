// The sentences the vote rules read. They come from the document's
// segmentation; a segment that still holds a line break or a plain
// ". Capital" boundary is cut there, so the rules see one sentence at a time
// whatever the segmenter decided. Headlines and datelines (lines without
// sentence-final punctuation) are kept apart: they restate a vote, they do
// not report it.

import type { TextDocument } from '../../text/document.js';
import type { Unit } from './types.js';

/** Words whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Hon|No|Nos|Inc|Corp|Ltd|Co|vs|v|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|a\.m|p\.m|e\.g|i\.e)\.$/;

/** A sentence end followed by the start of another sentence. */
const BOUNDARY = /[.!?]["'”’)\]]*\s+(?=["“‘(]?[A-Z0-9])/g;

const FINAL_PUNCTUATION = /[.!?:;"'”’)\]…]$/;

export function readUnits(doc: TextDocument): Unit[] {
  const pieces: { start: number; end: number }[] = [];
  for (const sentence of doc.sentences) {
    for (const line of splitLines(doc.text, sentence.start, sentence.end)) {
      pieces.push(...splitSentences(doc.text, line.start, line.end));
    }
  }
  const units: Unit[] = [];
  let para = 0;
  for (const [index, piece] of pieces.entries()) {
    const previous = pieces[index - 1];
    if (previous && /\n[ \t\r]*\n|\r[ \t]*\r/.test(doc.text.slice(previous.end, piece.start))) para += 1;
    const text = doc.text.slice(piece.start, piece.end);
    const ownLine = isWholeLine(doc.text, piece.start, piece.end);
    // the last line of a text is never its headline: a one-line input is a sentence
    units.push({ ...piece, text, index, para, title: ownLine && !FINAL_PUNCTUATION.test(text) && index < pieces.length - 1 });
  }
  return units;
}

function splitLines(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\r\n]+/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const trimmed = trim(text, start + m.index, start + m.index + m[0].length);
    if (trimmed.end > trimmed.start) out.push(trimmed);
  }
  return out;
}

function splitSentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const stop = m.index + 1;
    if (ABBREVIATION.test(slice.slice(Math.max(from, m.index - 6), stop))) continue;
    const closers = m[0].match(/^[.!?]["'”’)\]]*/)![0].length;
    out.push(trim(text, start + from, start + m.index + closers));
    from = m.index + m[0].length;
  }
  out.push(trim(text, start + from, end));
  return out.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function isWholeLine(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r') return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j === text.length || text[j] === '\n' || text[j] === '\r';
}
