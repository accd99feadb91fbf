// One document's text with its facts marked on it: a paragraph element for
// each stretch between blank lines (line breaks inside one are kept by the
// stylesheet), marks cut at paragraph edges, and each fact's side note put at
// the start of the line where the fact starts, so it floats beside it.

import type { Mark } from './marks.js';
import { marksOf } from './marks.js';
import { markup, type Insert, type Source } from './nest.js';
import { notesOf } from './notes.js';
import type { NumberedFacts } from './numbered.js';

interface Range {
  start: number;
  end: number;
}

/** A line break followed by one or more blank lines (spaces and tabs allowed). */
const PARAGRAPH_BREAK = /(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))+/g;

/** The paragraphs of the text, in document offsets, without blank ones and without their closing line breaks. */
export function paragraphsOf(source: Source): Range[] {
  const ranges: Range[] = [];
  const add = (start: number, end: number) => {
    while (end > start && /[\r\n]/.test(source.text[end - 1])) end--;
    if (/\S/.test(source.text.slice(start, end))) ranges.push({ start: source.offset + start, end: source.offset + end });
  };
  let from = 0;
  for (const gap of source.text.matchAll(PARAGRAPH_BREAK)) {
    add(from, gap.index);
    from = gap.index + gap[0].length;
  }
  add(from, source.text.length);
  return ranges;
}

/** Where the line holding `at` starts (document offsets). */
function lineStart(source: Source, at: number): number {
  let i = Math.min(Math.max(at - source.offset, 0), source.text.length);
  while (i > 0 && source.text[i - 1] !== '\n' && source.text[i - 1] !== '\r') i--;
  return source.offset + i;
}

/** Each paragraph's marks: those that cover part of it. */
function marksByParagraph(paragraphs: readonly Range[], marks: readonly Mark[]): Mark[][] {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let next = 0;
  let carried: Mark[] = [];
  return paragraphs.map((paragraph) => {
    while (next < sorted.length && sorted[next].start < paragraph.end) carried.push(sorted[next++]);
    carried = carried.filter((mark) => mark.end > paragraph.start);
    return carried.filter((mark) => mark.start < paragraph.end);
  });
}

/** Each paragraph's notes: those of facts starting on one of its lines, put at that line's start. */
function notesByParagraph(source: Source, paragraphs: readonly Range[], notes: readonly Insert[]): Insert[][] {
  const byParagraph: Insert[][] = paragraphs.map(() => []);
  let p = 0;
  for (const note of notes) {
    const at = lineStart(source, note.at);
    while (p < paragraphs.length - 1 && paragraphs[p].end <= at) p++;
    if (paragraphs.length > 0) byParagraph[p].push({ at: Math.max(at, paragraphs[p].start), html: note.html });
  }
  return byParagraph;
}

/** The text's paragraphs as HTML, one per line of output; nothing for a text of blanks. */
export function markedText(source: Source, facts: NumberedFacts): string {
  const paragraphs = paragraphsOf(source);
  const marks = marksByParagraph(paragraphs, marksOf(facts));
  const notes = notesByParagraph(source, paragraphs, notesOf(facts));
  return paragraphs.map((paragraph, i) => `<p>${markup(source, paragraph.start, paragraph.end, marks[i], notes[i])}</p>\n`).join('');
}
