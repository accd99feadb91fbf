// Names the gazetteers know, matched longest first over the tokens,
// case-insensitively (so "NORTH KOREA" in a headline is found as well).

import { isCommonWord, lookupName, startsName, type NameInfo } from '../../lexicon/gazetteers.js';
import type { Sentence, Token, Tokens } from '../../text/tokens.js';
import { NEVER_NAMES } from '../../lexicon/words.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

export interface GazetteerMatch {
  /** Token range, end exclusive. */
  from: number;
  to: number;
  info: NameInfo;
}

const MAX_WORDS = 6;
const isCapital = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);

/** The lookup key of tokens [from, to): lower-cased words joined by spaces. */
export function keyOf(tokens: Token[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) key += (i > from ? ' ' : '') + tokens[i].lower;
  return key;
}

/** Whether a match is believable where it stands. */
function plausible(tokens: Token[], sentence: Sentence, from: number, to: number, info: NameInfo): boolean {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!isCapital(first) || !last.word) return false;
  const next = tokens[to];
  if (next && next.text === '$' && next.start === last.end) return false; // "US$", "HK$": currencies
  if (/^\p{N}+$/u.test(first.text) && to - from === 1) return false;
  // Inside a name every word is capitalised, except short connectors ("Bank of England").
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word && t.text !== '&') return false;
    if (!isCapital(t) && !(t.text.length <= 3 && i > from && i < to - 1)) return false;
  }
  // "us" is a pronoun, "US" in ordinary text a country.
  const acronym = !sentence.shouting && /^\p{Lu}{2,}$/u.test(first.text);
  if (to - from === 1 && NEVER_NAMES.has(first.lower) && !acronym) return false;
  if (info.source === 'country' || info.source === 'demonym') return true;
  // A single common word ("Police", "March") needs a strong gazetteer to be a name.
  if (to - from === 1 && isCommonWord(first.lower)) return info.weight >= THRESHOLDS.strongGazetteerWeight && !(sentence.shouting && info.weight < 1);
  return true;
}

export function matchGazetteers({ tokens, sentences }: Tokens): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  for (const sentence of sentences) {
    let i = sentence.from;
    while (i < sentence.to) {
      let found: GazetteerMatch | null = null;
      if (tokens[i].word && isCapital(tokens[i])) {
        // No further than the words go on to begin some known name.
        const max = Math.min(sentence.to, i + MAX_WORDS);
        let limit = i;
        let key = tokens[i].lower;
        while (limit < max && startsName(key)) {
          limit++;
          if (limit < max) key += ` ${tokens[limit].lower}`;
        }
        for (let j = limit; j > i; j--) {
          const info = lookupName(keyOf(tokens, i, j));
          if (info && plausible(tokens, sentence, i, j, info)) {
            found = { from: i, to: j, info };
            break;
          }
        }
      }
      if (found) {
        matches.push(found);
        i = found.to;
      } else i += 1;
    }
  }
  return matches;
}
