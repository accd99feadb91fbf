// Step 1: the compromise pass. compromise tags every term once per
// paragraph (never the whole document at once); its tags are copied onto our
// tokens by offset. Its own phrase boundaries are not used: they swallow
// neighbours ("(United Nations) Russia") and their offsets drift after “ or (.
//
// Only the lexicon and the first tagging pass run: they give what the later
// steps use (names compromise knows, parts of speech of unknown words). Its
// pattern-matching pass cost four fifths of the time for a tenth of a point
// of F1 on CoNLL-2003.

import nlp from 'compromise';
import type { TextDocument } from '../../text/document.js';
import type { Tokens } from './tokens.js';

const TAGGING = ['alias', 'machine', 'index', 'id', 'lexicon', 'preTagger'];

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

export function tagWithCompromise(doc: TextDocument, { tokens }: Tokens): void {
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: doc.text.length }];
  for (const p of paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    if (!/\p{Lu}/u.test(text)) continue; // nothing capitalised: no name to find
    const json = nlp.tokenize(text).compute(TAGGING).json({ offset: true, terms: { offset: true, tags: true }, text: false, normal: false }) as Array<{
      terms: TermJson[];
    }>;
    for (const sentence of json) {
      for (const term of sentence.terms) {
        const index = byStart.get(p.start + term.offset.start);
        if (index === undefined) continue;
        tokens[index].tags = term.tags;
      }
    }
  }
}
