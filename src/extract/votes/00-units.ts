// The sentences the vote rules read: the reading's own sentences, each
// with its paragraph number. Headlines and datelines (whole lines without
// sentence-final punctuation) are marked apart: they restate a vote, they do
// not report it.

import type { Reading } from '../../reading/index.js';
import type { Unit } from './types.js';

const FINAL_PUNCTUATION = /[.!?:;"'”’)\]…]$/;

export function readUnits(reading: Reading): Unit[] {
  const { text, sentences, paragraphs } = reading;
  const units: Unit[] = [];
  let para = 0;
  for (const [index, sentence] of sentences.entries()) {
    // Sentences and paragraphs are both in text order: one walk pairs them.
    while (para < paragraphs.length - 1 && paragraphs[para].end < sentence.end) para += 1;
    const unitText = text.slice(sentence.start, sentence.end);
    const ownLine = isWholeLine(text, sentence.start, sentence.end);
    // the last line of a text is never its headline: a one-line input is a sentence
    const title = ownLine && !FINAL_PUNCTUATION.test(unitText) && index < sentences.length - 1;
    units.push({ start: sentence.start, end: sentence.end, text: unitText, index, para, title });
  }
  return units;
}

function isWholeLine(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r') return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j === text.length || text[j] === '\n' || text[j] === '\r';
}
