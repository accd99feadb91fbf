// The learned name tagger's features and decoding: an averaged perceptron
// over the words of a sentence, trained from the CoNLL-2003 training file by
// `npm run train` (scripts/train-tagger.mjs). Each word gets a tag,
// B-/I- and a type (PER, ORG, LOC, MISC) or O, read left to right with the
// tags already given as features. The features are the word, its shape,
// its prefixes and suffixes, its neighbours, compromise's lexicon tags for
// it and what the document says of the same word elsewhere (written in
// lower case, or tagged already). The project's CoNLL gazetteers are left
// out: they were counted from the training file, so in training they know
// the answer and the model learns to trust them more than they deserve. The training script and the
// document's reading call the same feature function, so the model sees at
// run time what it saw in training.

import { isFirstName, lexiconTags } from '../../lexicon/gazetteers.js';
import { HONORIFICS, LEGAL_FORMS, ORG_HEADS } from '../../lexicon/words.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

/** What the features read of one word: its text, and what the document says of it. */
export interface TaggerWord {
  text: string;
  /** The document writes this word in lower case somewhere (a common word when capitalised). */
  lowerElsewhere: boolean;
  /** The sentence is written in capitals (a headline): case says nothing. */
  shouting: boolean;
  /** The types the tagger gave this word where the document had it before ("PER", "ORG|PER"), if any. */
  seen?: string;
  /** What the document shows of this word anywhere (see documentCues). */
  cues?: readonly string[];
}

/** Adds a sentence's tags to the document's memory: each word's types so far, sorted and joined ("ORG|PER"). */
export function rememberTags(memory: Map<string, string>, words: readonly TaggerWord[], tags: readonly string[]): void {
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const word = words[i].text.toLowerCase();
    const type = tag.slice(2);
    const known = memory.get(word);
    if (known === undefined) memory.set(word, type);
    else if (!known.split('|').includes(type)) memory.set(word, [...known.split('|'), type].sort().join('|'));
  });
}

const CUE_AFTER: Record<string, string> = { said: 'said', says: 'said', told: 'said', shares: 'shares', stock: 'shares' };
const CUE_BEFORE: Record<string, string> = { in: 'in', at: 'in', the: 'the' };

/**
 * What a document shows of each capitalised word, wherever it stands: before a
 * company's legal form ("Kestrel Inc"), after an honorific ("Mr Kestrel"),
 * after "in" or "at", before "said" or "shares". A word's type in one sentence
 * is told by these in another. Keyed by the word in lower case.
 */
export function documentCues(sentences: readonly (readonly string[])[]): Map<string, string[]> {
  const cues = new Map<string, Set<string>>();
  const add = (word: string, cue: string) => {
    let set = cues.get(word);
    if (!set) cues.set(word, (set = new Set()));
    set.add(cue);
  };
  for (const words of sentences) {
    const lower = words.map((w) => w.toLowerCase());
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      // the capitalised run this word opens or continues, up to three words on
      for (let k = i + 1; k < words.length && k <= i + 3 && /^\p{Lu}/u.test(words[k]); k++) {
        if (LEGAL_FORMS.has(lower[k])) {
          add(lower[i], 'legal');
          break;
        }
        if (ORG_HEADS.has(lower[k])) add(lower[i], 'head');
      }
      if (i > 0 && /^\p{Lu}/u.test(words[i - 1]) && isFirstName(lower[i - 1])) add(lower[i], 'first-name');
      const before = lower[i - 1];
      if (before !== undefined && (HONORIFICS.has(before) || HONORIFICS.has(before.replace(/\.$/, '')))) add(lower[i], 'honorific');
      if (before !== undefined && CUE_BEFORE[before]) add(lower[i], CUE_BEFORE[before]);
      const after = lower[i + 1];
      if (after !== undefined && CUE_AFTER[after]) add(lower[i], CUE_AFTER[after]);
      // "Lind , 34 ,": a person's age after the name
      if (after === ',' && /^\d{1,2}$/.test(words[i + 2] ?? '') && words[i + 3] === ',') add(lower[i], 'age');
    }
  }
  return new Map([...cues].map(([word, set]) => [word, [...set].sort()]));
}

/** "Xxxx", "XX", "d", "Xx.", "x-x": the word's shape, runs of one kind shortened. */
export function shapeOf(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // ASCII by its code, other letters and digits by their Unicode class
    const c =
      code >= 65 && code <= 90 ? 'X'
      : code >= 97 && code <= 122 ? 'x'
      : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch
      : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out.length < 2 || out[out.length - 1] !== c || out[out.length - 2] !== c) out += c;
  }
  return out;
}

/** Each word's lower case and shape, computed once per sentence whatever the number of features that read them. */
interface Prepared {
  lower: string[];
  shape: string[];
}
const prepared = new WeakMap<readonly TaggerWord[], Prepared>();
function prepare(words: readonly TaggerWord[]): Prepared {
  let p = prepared.get(words);
  if (!p) prepared.set(words, (p = { lower: words.map((w) => w.text.toLowerCase()), shape: words.map((w) => shapeOf(w.text)) }));
  return p;
}

/** The features of word `i` of a sentence, given the tags of the two words before it. */
export function featuresOf(words: readonly TaggerWord[], i: number, prev: string, prev2: string): string[] {
  const w = words[i];
  const { lower: lowers, shape: shapes } = prepare(words);
  const lower = lowers[i];
  const shape = shapes[i];
  const lowerAt = (k: number) => lowers[k] ?? '<edge>';
  const shapeAt = (k: number) => shapes[k] ?? '<edge>';
  const f = [
    'b',
    `w=${lower}`,
    `W=${w.text}`,
    `s=${shape}`,
    `p1=${lower.slice(0, 1)}`,
    `p2=${lower.slice(0, 2)}`,
    `p3=${lower.slice(0, 3)}`,
    `p4=${lower.slice(0, 4)}`,
    `x2=${lower.slice(-2)}`,
    `x3=${lower.slice(-3)}`,
    `x4=${lower.slice(-4)}`,
    `w-1=${lowerAt(i - 1)}`,
    `w+1=${lowerAt(i + 1)}`,
    `w-2=${lowerAt(i - 2)}`,
    `w+2=${lowerAt(i + 2)}`,
    `s-1=${shapeAt(i - 1)}`,
    `s+1=${shapeAt(i + 1)}`,
    `t-1=${prev}`,
    `t-2=${prev2}|${prev}`,
    `t-1w=${prev}|${lower}`,
    `w-1w=${lowerAt(i - 1)}|${lower}`,
    `ww+1=${lower}|${lowerAt(i + 1)}`,
    `s-1s=${shapeAt(i - 1)}|${shape}`,
    `ss+1=${shape}|${shapeAt(i + 1)}`,
    `s3=${shapeAt(i - 1)}|${shape}|${shapeAt(i + 1)}`,
    `t-1w+1=${prev}|${lowerAt(i + 1)}`,
    `x3w+1=${lower.slice(-3)}|${lowerAt(i + 1)}`,
  ];
  for (const tag of lexiconTags(lower)) f.push(`lex=${tag}`);
  if (w.seen) f.push(`seen=${w.seen}`, `seen=${w.seen}|${shape}`);
  if (w.cues) for (const cue of w.cues) f.push(`cue=${cue}`, `cue=${cue}|${shape}`);
  if (i === 0) f.push('first');
  if (w.shouting) f.push(`shout|s=${shape}`);
  if (w.lowerElsewhere) f.push('lower-elsewhere');
  return f;
}

/** The tags of one sentence, each chosen from the words and the tags before it; I- only after its B- or I-. */
/** Feature → weights, one per tag (a Map: looking up fresh strings in it is faster than in an object). */
export type Weights = ReadonlyMap<string, ArrayLike<number>>;

export function tagSentence(words: readonly TaggerWord[], weights: Weights): Tag[] {
  return tagWithMargins(words, weights).tags;
}

const LOWER_SHAPE = /^[x.,;:'"()-]+$/;
/** A word with no capital, in lower case or with no letter at all: after no name, it opens none. */
const quiet = (shape: string) => !shape.includes('X') && (!shape.includes('x') || LOWER_SHAPE.test(shape));

/** The tags, and for each how far its score stood above the next best (the tagger's certainty). */
export function tagWithMargins(words: readonly TaggerWord[], weights: Weights): { tags: Tag[]; margins: number[] } {
  const tags: Tag[] = [];
  const margins: number[] = [];
  const { shape: shapes } = prepare(words);
  for (let i = 0; i < words.length; i++) {
    const prev = tags[i - 1] ?? '<s>';
    const prev2 = tags[i - 2] ?? '<s>';
    // after no name, a word with no capital opens none: not worth scoring
    if (prev === 'O' && quiet(shapes[i])) {
      tags.push('O');
      margins.push(Infinity);
      continue;
    }
    const scores = new Array<number>(TAGS.length).fill(0);
    for (const feature of featuresOf(words, i, prev, prev2)) {
      const row = weights.get(feature);
      if (row) for (let t = 0; t < TAGS.length; t++) scores[t] += row[t];
    }
    let best = 0;
    let second = -Infinity;
    for (let t = 1; t < TAGS.length; t++) {
      if (TAGS[t].startsWith('I-') && prev.slice(2) !== TAGS[t].slice(2)) continue;
      if (scores[t] > scores[best]) {
        second = scores[best];
        best = t;
      } else if (scores[t] > second) second = scores[t];
    }
    if (best === 0) for (let t = 1; t < TAGS.length; t++) if (!(TAGS[t].startsWith('I-') && prev.slice(2) !== TAGS[t].slice(2)) && scores[t] > second) second = scores[t];
    tags.push(TAGS[best]);
    margins.push(scores[best] - second);
  }
  return { tags, margins };
}
