// The one tokeniser: word and punctuation tokens with exact offsets, grouped
// into the document's sentences. Every span a rule reports starts and ends on
// these tokens, so a name never takes a neighbour's punctuation and never
// cuts a word. A possessive ending is a token of its own ("Russia" "'s"); an
// abbreviation keeps its full stop ("U.S.", "Dr."); a sentence's full stop
// does not.

import { ABBREVIATIONS } from '../lexicon/words.js';
import type { Segment } from './segment.js';
import { firstEndingAfter } from './search.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** First word of its sentence, where a capital says nothing. */
  first: boolean;
  sentence: number;
  /** Tags from the compromise pass (none until the reading asks for them; then computed on first read). */
  tags: readonly string[];
}

const NO_TAGS: readonly string[] = [];

/** Supplies a token's tags on first request: the compromise pass runs only where a rule reads them. */
export interface TagSource {
  tag(token: Token): void;
}

class TokenRecord implements Token {
  first = false;
  private tagList = NO_TAGS;
  /** Set while the tags are still to be computed. */
  tagSource: TagSource | undefined = undefined;

  constructor(
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public word: boolean,
    public sentence: number,
  ) {}

  get tags(): readonly string[] {
    const source = this.tagSource;
    if (source) {
      this.tagSource = undefined;
      source.tag(this);
    }
    return this.tagList;
  }

  set tags(tags: readonly string[]) {
    this.tagSource = undefined;
    this.tagList = tags;
  }
}

/** Makes `source` supply the tags of `token`, which must come from `tokenize`. */
export function tagLater(token: Token, source: TagSource | undefined): void {
  (token as TokenRecord).tagSource = source;
}

export interface Sentence {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  /** Mostly upper case (a wire headline): capitals say nothing. */
  shouting: boolean;
  /** Every longer word capitalised (a heading): capitals say little. */
  headline: boolean;
}

export interface Tokens {
  tokens: Token[];
  sentences: Sentence[];
  /** Words the document writes in lower case somewhere. */
  lowerWords: Set<string>;
}

// A word: letters, marks and digits, with inner . ' ’ & - joining parts ("U.S", "O'Brien",
// "AT&T", "Jean-Claude", "1996-08-22"), and an optional full stop decided below.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.&\-][\p{L}\p{M}\p{N}]+)*\.?|['’][sS](?![\p{L}\p{N}])|\S/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}?$/u;
const END_PUNCT = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '’', ')', ']', '»']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '„', '-', '–', '—', '*', '•', '»']);

/** Keeps a word's full stop when the word is an abbreviation ("U.S.", "Inc.", "J."). */
function keepsStop(word: string): boolean {
  if (INITIALISM.test(word)) return true;
  if (word.length === 1 && /^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

const token = (start: number, text: string, word: boolean, sentence: number): Token =>
  new TokenRecord(start, start + text.length, text, text.toLowerCase(), word, sentence);

/** Ends in 's or ’s. */
function endsPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const mark = word.charCodeAt(word.length - 2);
  return (s === 115 || s === 83) && (mark === 39 || mark === 0x2019);
}

/** Pushes a matched word, splitting off a sentence's full stop and a possessive ending. */
function pushWord(out: Token[], text: string, start: number, sentence: number): void {
  if (!WORD.test(text)) {
    out.push(token(start, text, false, sentence));
    return;
  }
  let stop = false;
  if (text.length > 1 && text.charCodeAt(text.length - 1) === 46 /* . */ && !keepsStop(text.slice(0, -1))) {
    text = text.slice(0, -1);
    stop = true;
  }
  // "Russia's" -> "Russia" "'s" (the pattern runs only on words that end so).
  const possessive = text.length > 3 && endsPossessive(text) && /^(.{2,}?)(['’][sS])$/u.exec(text);
  if (possessive) {
    out.push(token(start, possessive[1], true, sentence));
    out.push(token(start + possessive[1].length, possessive[2], false, sentence));
  } else out.push(token(start, text, true, sentence));
  if (stop) out.push(token(start + text.length, '.', false, sentence));
}

// A first letter a-z settles it without upper-casing the word.
const isAllCaps = (t: string) => t.length > 1 && !(t.charCodeAt(0) >= 97 && t.charCodeAt(0) <= 122) && t === t.toUpperCase() && /\p{Lu}/u.test(t);
const isCapital = (t: string) => /^\p{Lu}/u.test(t);

function classify(tokens: Token[], from: number, to: number): Pick<Sentence, 'shouting' | 'headline'> {
  let words = 0;
  let caps = 0;
  let long = 0;
  let longCapital = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word || !/\p{L}{2,}/u.test(t.text)) continue;
    words += 1;
    if (isAllCaps(t.text)) caps += 1;
    if (t.text.length >= 4 && /^\p{L}+$/u.test(t.text)) {
      long += 1;
      if (isCapital(t.text)) longCapital += 1;
    }
  }
  const shouting = words >= 2 && caps / words >= 0.6;
  const headline = !shouting && long >= 2 && longCapital === long;
  return { shouting, headline };
}

/**
 * Tokens of every sentence, in order. The segmenter ends a sentence at every
 * line break, so no token crosses a line; sentence `k` of the result is
 * `sentences[k]`.
 */
export function tokenize(text: string, segments: readonly Segment[]): Tokens {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const { start, end } of segments) {
    const from = tokens.length;
    const index = sentences.length;
    TOKEN.lastIndex = start;
    for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
      // A match may not run past the sentence (a full stop glued to its last word).
      const text = m.index + m[0].length > end ? m[0].slice(0, end - m.index) : m[0];
      pushWord(tokens, text, m.index, index);
    }
    const to = tokens.length;
    markFirstWords(tokens, from, to);
    sentences.push({ from, to, ...classify(tokens, from, to) });
  }
  const lowerWords = new Set<string>();
  for (const t of tokens) if (t.word && t.text === t.lower) lowerWords.add(t.text);
  return { tokens, sentences, lowerWords };
}

/**
 * The first word of the sentence, and words after . ! ? : within it (the
 * segmentation is the authority on sentences; this only keeps capitals honest).
 */
function markFirstWords(tokens: Token[], from: number, to: number): void {
  let atStart = true;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.word) {
      t.first = atStart;
      atStart = false;
    } else if (END_PUNCT.has(t.text) || t.text === ':') atStart = true;
    else if (!OPENERS.has(t.text) && !CLOSERS.has(t.text)) atStart = false;
  }
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Index of the first token ending after `offset` (tokens sorted and disjoint). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstEndingAfter(tokens, offset);
}

/**
 * The tokens lying wholly inside [start, end), as a new array: rules that
 * read the words around one quotation or in one sentence index from 0.
 */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  let from = tokenIndexAt(tokens, start);
  while (from < tokens.length && tokens[from].start < start) from++;
  let to = from;
  while (to < tokens.length && tokens[to].end <= end) to++;
  return tokens.slice(from, to);
}
