// Word and punctuation tokens with their offsets, for rules that read the
// words around a quotation. Whitespace is skipped; offsets index the source.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** `word` holds letters or digits; `punct` is a single other character. */
  kind: 'word' | 'punct';
}

// Dotted acronyms (U.S., U.N.), then words with inner apostrophes, hyphens and
// dots between digits (Kuleba's, red-handed, 3.5), then any one other character.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}\p{M}]+(?:(?:['’\-]|\.(?=\p{N}))[\p{L}\p{N}\p{M}]+)*|\S/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + m.index;
    const word = /[\p{L}\p{N}]/u.test(m[0]);
    tokens.push({ start: s, end: s + m[0].length, text: m[0], kind: word ? 'word' : 'punct' });
  }
  return tokens;
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
