// Capitalised words that look like names to both the rules and the tagger
// but name nothing: a party-and-state tag after a legislator ("R-Ohio",
// "D-Vt."), a number written in words opening a sentence ("Forty-one").

import { parseNumber } from '../../text/number-words.js';
import type { Token } from '../../text/tokens.js';

/** "R-Ohio", "D-Vt", "I-Maine": party letter, hyphen, state. */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** Whether tokens `from`..`to` are a party-and-state tag, its full stop included ("R-Ky", "."). */
export function isPartyAndState(tokens: readonly Token[], from: number, to: number): boolean {
  return to > from && PARTY_AND_STATE.test(tokens[from].text) && (to - from === 1 || (to - from === 2 && tokens[from + 1].text === '.'));
}

/** Whether tokens `from`..`to` are such a word, to be dropped from the names. */
export function namesNothing(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from === 1 && PARTY_AND_STATE.test(tokens[from].text)) return true;
  for (let i = from; i < to; i++) if (parseNumber(tokens[i].text) === null) return false;
  return true;
}
