// The compromise pass: its lexicon and first tagging pass over each
// paragraph (never the whole document at once: its cost grows faster than
// the text), with the tags copied onto the reading's tokens by offset. Its
// own phrase boundaries are not used: they swallow neighbours ("(United
// Nations) Russia") and their offsets drift after “ or (.
//
// Only the lexicon and the pre-tagger run: they give what the rules use
// (names compromise knows, parts of speech of unknown words). Its
// pattern-matching pass cost four fifths of the time for a tenth of a point
// of F1 on CoNLL-2003.

import type { Segment } from '../text/segment.js';
import type { Token } from '../text/tokens.js';
import { compromise } from '../lexicon/compromise.js';

const TAGGING = ['alias', 'machine', 'index', 'id', 'lexicon', 'preTagger'];

interface TermJson {
  tags: string[];
  offset: { start: number; length: number };
}

export function tagWithCompromise(text: string, paragraphs: readonly Segment[], tokens: Token[]): void {
  const nlp = compromise();
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  for (const p of paragraphs) {
    const paragraph = text.slice(p.start, p.end);
    if (!/\p{Lu}/u.test(paragraph)) continue; // nothing capitalised: no name to find
    const json = nlp
      .tokenize(paragraph)
      .compute(TAGGING)
      .json({ offset: true, terms: { offset: true, tags: true }, text: false, normal: false }) as Array<{ terms: TermJson[] }>;
    for (const sentence of json) {
      for (const term of sentence.terms) {
        const index = byStart.get(p.start + term.offset.start);
        if (index !== undefined) tokens[index].tags = term.tags;
      }
    }
  }
}
