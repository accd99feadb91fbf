// The learned tagger's names in a document: each sentence tagged in text
// order, the document remembering the type it gave each word, as in
// training; then its names as token spans with a type.

import type { EntityType } from '../../facts.js';
import { isDemonym } from '../../lexicon/gazetteers.js';
import { HONORIFICS, TITLE_HEADS } from '../../lexicon/words.js';
import type { Token, Tokens } from '../../text/tokens.js';
import { headLed } from './name-spans.js';
import { documentCues, rememberTags, type TaggerWord } from './tagger-features.js';
import { tagWords } from './tagger.js';

export interface LearnedSpan {
  /** Token range, end exclusive. */
  from: number;
  to: number;
  type: EntityType;
  /** The tagger's least certainty over the span's words (its score above the next best tag). */
  margin: number;
}

const TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export function learnedSpans({ tokens, sentences, lowerWords }: Tokens): LearnedSpan[] {
  const out: LearnedSpan[] = [];
  const memory = new Map<string, string>();
  // the tagger reads words; punctuation is a word to CoNLL too
  const texts = sentences.map((sentence) => {
    const out: string[] = [];
    for (let i = sentence.from; i < sentence.to; i++) out.push(asConll(tokens[i].text));
    return out;
  });
  const cues = documentCues(texts);
  sentences.forEach((sentence, n) => {
    const words: TaggerWord[] = texts[n].map((text) => {
      const lower = text.toLowerCase();
      return { text, lowerElsewhere: lowerWords.has(lower), shouting: sentence.shouting, seen: memory.get(lower), cues: cues.get(lower) };
    });
    const { tags, margins } = tagWords(words);
    rememberTags(memory, words, tags);
    let open: LearnedSpan | null = null;
    let openType = '';
    tags.forEach((tag, k) => {
      if (open && tag === `I-${openType}`) {
        open.to = sentence.from + k + 1;
        open.margin = Math.min(open.margin, margins[k]);
        return;
      }
      if (open) out.push(open);
      openType = tag.slice(2);
      open = tag === 'O' ? null : { from: sentence.from + k, to: sentence.from + k + 1, type: TYPES[openType], margin: margins[k] };
    });
    if (open) out.push(open);
  });
  // "Essex and Kent": two names, unless "and" is inside one ("Association of Fire Chiefs and Paramedics")
  const named = out.flatMap((span) => splitAtAnd(tokens, span));
  // titles before a name are no part of it ("Senators Ama Lind" → "Ama Lind"), as CoNLL marks them
  for (const span of named) while (span.to - span.from > 1 && isTitleWord(tokens[span.from].lower)) span.from++;
  // and a title alone names no one ("Mayor" tagged apart from the name after it)
  const names = named.filter((span) => !(span.to - span.from === 1 && isTitleWord(tokens[span.from].lower)));
  // a demonym the tagger calls MISC is a nationality
  for (const span of names) if (span.type === 'other' && span.to - span.from === 1 && isDemonym(tokens[span.from].lower)) span.type = 'nationality';
  return names;
}

function splitAtAnd(tokens: readonly Token[], span: LearnedSpan): LearnedSpan[] {
  const out: LearnedSpan[] = [];
  let from = span.from;
  for (let i = span.from + 1; i < span.to - 1; i++) {
    if (tokens[i].lower !== 'and' || headLed(tokens, span.from, i)) continue;
    out.push({ ...span, from, to: i });
    from = i + 1;
  }
  out.push(from === span.from ? span : { ...span, from });
  return out;
}

/** A word as CoNLL writes it: straight quotes, and a possessive apart ("Kiribati’s" reads as "Kiribati"). */
function asConll(text: string): string {
  const plain = text.replace(/[“”„]/g, '"').replace(/[‘’‚]/g, "'");
  return plain.length > 2 ? plain.replace(/'s$/i, '') : plain;
}

const isTitleWord = (lower: string) => {
  const word = lower.replace(/\.$/, '');
  return TITLE_HEADS.has(word) || TITLE_HEADS.has(word.replace(/s$/, '')) || HONORIFICS.has(word);
};
