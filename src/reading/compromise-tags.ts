// The compromise pass: its lexicon and first tagging pass, with the tags
// copied onto the reading's tokens by offset. Its own phrase boundaries are
// not used: they swallow neighbours ("(United Nations) Russia") and their
// offsets drift after “ or (.
//
// Only the lexicon and the pre-tagger run: they give what the rules use
// (names compromise knows, parts of speech of unknown words). Its
// pattern-matching pass cost four fifths of the time for a tenth of a point
// of F1 on CoNLL-2003.
//
// The pass is lazy: rules read the tags of about two sentences in three.
// The first read in a paragraph splits it into compromise's sentences (never
// the whole document at once: its cost grows faster than the text); a read
// then tokenises and tags only the sentence that holds the token. Every step
// after the split reads one sentence alone, so its tags are those of a pass
// over the whole paragraph; where compromise's sentences or terms do not
// cover the text exactly, the paragraph is tagged in one pass instead.

import type { Segment } from '../text/segment.js';
import { tagLater, tokenIndexAt, type TagSource, type Token } from '../text/tokens.js';
import { compromise } from '../lexicon/compromise.js';
import { THRESHOLDS } from '../rules/thresholds.js';

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

interface View {
  document: Term[][];
  compute(steps: string[]): View;
}

interface Compromise {
  tokenize(text: string): View & { constructor: new (document: Term[][]) => View };
  world(): World;
}

interface World {
  model: unknown;
  methods: {
    one: {
      tokenize: {
        splitSentences(text: string, world: World): string[];
        splitTerms(text: string, model: unknown): string[];
        splitWhitespace(term: string, model: unknown): Term;
      };
    };
  };
}

// What `nlp.tokenize` runs on each sentence after splitting it into terms
// (`normal` twice there: once is enough), then the term's place in its
// sentence, which the pre-tagger reads.
const SENTENCE_STEPS = ['normal', 'alias', 'machine', 'contractions', 'index', 'lexicon', 'preTagger'];
const PARAGRAPH_STEPS = ['index', 'lexicon', 'preTagger'];
const NONE: readonly string[] = [];

/** Makes the tokens of every paragraph with a capital get their tags on first read. */
export function tagWithCompromise(text: string, paragraphs: readonly Segment[], tokens: Token[]): void {
  for (const p of paragraphs) {
    for (const piece of piecesOf(text, p)) {
      const from = tokenIndexAt(tokens, piece.start);
      let to = from;
      while (to < tokens.length && tokens[to].start < piece.end) to++;
      if (from === to) continue;
      const paragraph = text.slice(piece.start, piece.end);
      if (!/\p{Lu}/u.test(paragraph)) continue; // nothing capitalised: no name to find
      const source = new ParagraphTags(paragraph, piece.start, tokens, from, to);
      for (let k = from; k < to; k++) tagLater(tokens[k], source);
    }
  }
}

/**
 * A paragraph in pieces of at most `compromiseMaxChars`, cut after a full stop
 * and a space where there is one, else at a space, else anywhere: compromise's
 * sentence splitter and tagger cost more than linear time on one long run of
 * text (a paragraph of abbreviations, a page with no full stop).
 */
function piecesOf(text: string, paragraph: Segment): Segment[] {
  const max = THRESHOLDS.compromiseMaxChars;
  const pieces: Segment[] = [];
  let start = paragraph.start;
  while (paragraph.end - start > max) {
    const window = text.slice(start, start + max);
    const stop = window.lastIndexOf('. ');
    const space = window.lastIndexOf(' ');
    const cut = stop > max / 2 ? stop + 2 : space > max / 2 ? space + 1 : max;
    pieces.push({ start, end: start + cut });
    start += cut;
  }
  pieces.push({ start, end: paragraph.end });
  return pieces;
}

/**
 * Copies the tags of `sentences`' terms onto the tokens [from, to) that start
 * where a term starts; the text they cover starts at `offset`. A term starts
 * where the text before it ends (compromise's own offsets, without asking for
 * them); where two terms start on one token (an expanded contraction) the later
 * wins. With `lengths`, checks first that the sentences cover text of those
 * lengths, each term starting inside its own, and returns false, changing
 * nothing, where they do not.
 */
function copyTags(sentences: Term[][], offset: number, tokens: Token[], from: number, to: number, lengths?: readonly number[]): boolean {
  if (lengths && sentences.length !== lengths.length) return false;
  const starts: number[] = [];
  let at = offset;
  for (let n = 0; n < sentences.length; n++) {
    for (const term of sentences[n]) {
      starts.push(at + term.pre.length);
      at += term.pre.length + term.text.length + term.post.length;
    }
    if (lengths) {
      offset += lengths[n];
      if (at !== offset || (starts.length && starts[starts.length - 1] >= offset)) return false;
    }
  }
  for (let k = from; k < to; k++) tokens[k].tags = NONE;
  let k = from;
  let i = 0;
  for (const terms of sentences) {
    for (const term of terms) {
      const start = starts[i++];
      while (k < to && tokens[k].start < start) k++;
      if (k < to && tokens[k].start === start) tokens[k].tags = Array.from(term.tags);
    }
  }
  return true;
}

let compromiseView: (new (document: Term[][]) => View) | undefined;

/** One paragraph: its sentences, found on the first read of a tag. */
class ParagraphTags implements TagSource {
  private whole = false;

  constructor(
    private readonly paragraph: string,
    private readonly offset: number,
    readonly tokens: Token[],
    private readonly from: number,
    private readonly to: number,
  ) {}

  tag(token: Token): void {
    const world = (compromise() as unknown as Compromise).world();
    const sentences = world.methods.one.tokenize.splitSentences(this.paragraph, world);
    if (sentences.join('') !== this.paragraph) {
      this.tagWhole();
      return;
    }
    // A unit is one sentence, or several where a sentence ends on no space
    // (an expanded contraction there may start a term on the next one's first token).
    let start = 0;
    let k = this.from;
    for (let n = 0; n < sentences.length; ) {
      const unitSentences = [sentences[n++]];
      while (n < sentences.length && !/\s$/.test(unitSentences[unitSentences.length - 1])) unitSentences.push(sentences[n++]);
      const end = start + unitSentences.reduce((length, s) => length + s.length, 0);
      const from = k;
      while (k < this.to && this.tokens[k].start < this.offset + end) k++;
      const unit = new SentenceTags(this, unitSentences, this.offset + start, from, k);
      for (let i = from; i < k; i++) tagLater(this.tokens[i], unit);
      start = end;
    }
    void token.tags;
  }

  /** Tags every token of the paragraph from one pass over all of it. */
  tagWhole(): void {
    if (this.whole) return;
    this.whole = true;
    const view = (compromise() as unknown as Compromise).tokenize(this.paragraph).compute(PARAGRAPH_STEPS);
    for (let k = this.from; k < this.to; k++) tagLater(this.tokens[k], undefined);
    copyTags(view.document, this.offset, this.tokens, this.from, this.to);
  }
}

/** One or more of compromise's sentences, tokenised and tagged when one of their tokens is read. */
class SentenceTags implements TagSource {
  constructor(
    private readonly paragraph: ParagraphTags,
    private readonly sentences: readonly string[],
    private readonly offset: number,
    private readonly from: number,
    private readonly to: number,
  ) {}

  tag(): void {
    const nlp = compromise() as unknown as Compromise;
    const world = nlp.world();
    // What `nlp.tokenize` does with each sentence of the paragraph, for these alone.
    const { splitTerms, splitWhitespace } = world.methods.one.tokenize;
    const document = this.sentences.map((s) => splitTerms(s, world.model).map((term) => splitWhitespace(term, world.model)));
    compromiseView ??= nlp.tokenize('').constructor;
    new compromiseView(document).compute(SENTENCE_STEPS);
    const { paragraph, offset, from, to, sentences } = this;
    const lengths = sentences.map((s) => s.length);
    if (!copyTags(document, offset, paragraph.tokens, from, to, lengths)) paragraph.tagWhole();
  }
}
