// Titles and roles. A title ("Russian Ambassador", "Foreign
// Minister", "Mr") is never part of a name, but it says that the name after
// it is a person's and gives that person's role. An apposition after a name
// ("Matthew Miller, spokesperson for the US State Department") gives a role
// too.

import { isDemonym, lookupName } from '../../lexicon/gazetteers.js';
import type { Token, Tokens } from '../../text/tokens.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/words.js';

const isCapital = (t: Token) => /^\p{Lu}/u.test(t.text);
const isTitleHead = (t: Token) => TITLE_HEADS.has(t.lower.replace(/\.$/, ''));
const isModifier = (t: Token) => TITLE_MODIFIERS.has(t.lower) || t.lower === 'affairs';

/**
 * Marks the tokens of capitalised titles that stand before a capitalised word:
 * "Foreign Minister" in "Foreign Minister Dmytro Kuleba", "Mr" in "Mr Smith",
 * "Secretary of State" in "Secretary of State Antony Blinken". Returns, for
 * each token, whether it is part of such a title.
 */
export function markTitles({ tokens }: Tokens, covered: Uint8Array): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || covered[i] || !isTitleHead(t) || !isCapital(t)) continue;
    // The title may go on: "Secretary of State", "Minister for Foreign Affairs", "Secretary General".
    let end = i + 1;
    const next = tokens[end];
    if (next && (next.lower === 'of' || next.lower === 'for') && next.sentence === t.sentence) {
      let j = end + 1;
      if (tokens[j]?.lower === 'the') j += 1;
      const from = j;
      while (j < tokens.length && tokens[j].sentence === t.sentence && isCapital(tokens[j]) && (isModifier(tokens[j]) || tokens[j].lower === 'state'))
        j++;
      if (j > from) end = j;
    }
    while (end < tokens.length && tokens[end].sentence === t.sentence && isCapital(tokens[end]) && isTitleHead(tokens[end]) && !covered[end])
      end++;
    const after = tokens[end];
    const beforeName = after && after.word && after.sentence === t.sentence && isCapital(after) && !covered[end - 1];
    if (!beforeName) continue;
    // Capitalised modifiers before the head belong to the title: "Foreign", "Deputy Prime".
    let start = i;
    while (start > 0) {
      const p = tokens[start - 1];
      if (p.sentence !== t.sentence || !p.word || !isCapital(p) || covered[start - 1]) break;
      if (!isModifier(p) && !isTitleHead(p)) break;
      start--;
    }
    for (let k = start; k < end; k++) marks[k] = 1;
    i = end - 1;
  }
  return marks;
}

/** Where a role phrase may stop. */
const CLAUSE_END = new Set([',', '.', ';', ':', '(', ')', '[', ']', '“', '”', '"', '‘', '!', '?', '—', '–']);
const STOP_WORDS = new Set(['who', 'said', 'says', 'told', 'which', 'that', 'and', 'was', 'is', 'has', 'had', 'will', 'would', 'on', 'in']);

function text(doc: string, tokens: Token[], from: number, to: number): string {
  return doc.slice(tokens[from].start, tokens[to - 1].end);
}

/**
 * The role written before a person's name: the title right before it and
 * the nationality, country or organisation right before that, with no
 * punctuation between ("Ukrainian Foreign Minister", "South Korean Ambassador").
 */
export function roleBefore(source: string, { tokens }: Tokens, titles: Uint8Array, nameFrom: number): string | undefined {
  let start = nameFrom;
  while (start > 0 && titles[start - 1] && tokens[start - 1].sentence === tokens[nameFrom].sentence) start--;
  // A lower-case title right before the name: "spokesperson Ned Price", "former president X".
  if (start === nameFrom) {
    while (start > 0 && tokens[start - 1].word && tokens[start - 1].sentence === tokens[nameFrom].sentence) {
      const p = tokens[start - 1];
      if (isCapital(p)) break;
      if (start === nameFrom ? !isTitleHead(p) : !isModifier(p) && !isTitleHead(p)) break;
      start--;
    }
  }
  if (start === nameFrom) return undefined;
  const head = tokens.slice(start, nameFrom).filter((t) => isTitleHead(t) && !HONORIFICS.has(t.lower.replace(/\.$/, '')));
  if (!head.length) return undefined;
  // Who the title is for: "Russian", "US", "UN", "South Korean".
  while (start > 0) {
    const p = tokens[start - 1];
    if (!p.word || !isCapital(p) || p.sentence !== tokens[nameFrom].sentence) break;
    const two = start > 1 ? `${tokens[start - 2].lower} ${p.lower}` : '';
    if (two && (isDemonym(two) || lookupName(two)?.source === 'country')) {
      start -= 2;
      break;
    }
    const info = lookupName(p.lower);
    if (!isDemonym(p.lower) && !(info && (info.type === 'place' || info.type === 'organization')) && !/^\p{Lu}{2,}$/u.test(p.text.replace(/\./g, '')))
      break;
    start--;
  }
  return text(source, tokens, start, nameFrom);
}

/**
 * The role in an apposition after a person's name: ", spokesperson for the US
 * State Department", ", British Ambassador to the UN". It must name a title
 * within its first words and ends where the clause does.
 */
export function roleAfter(source: string, { tokens }: Tokens, nameTo: number): string | undefined {
  const comma = tokens[nameTo];
  if (!comma || comma.text !== ',' || comma.sentence !== tokens[nameTo - 1].sentence) return undefined;
  let start = nameTo + 1;
  if (tokens[start] && /^(a|an|the)$/.test(tokens[start].lower)) start++;
  let end = start;
  let titled = false;
  while (end < tokens.length && tokens[end].sentence === comma.sentence && end - start < 14) {
    const t = tokens[end];
    if (CLAUSE_END.has(t.text)) break;
    if (!t.word && t.text !== '’s' && t.text !== "'s" && t.text !== '-' && t.text !== '&') break;
    if (STOP_WORDS.has(t.lower) && !(t.lower === 'and' && titled && isCapital(tokens[end + 1] ?? t))) break;
    if (end - start < 5 && isTitleHead(t)) titled = true;
    end++;
  }
  if (!titled || end === start) return undefined;
  // A role ends on a word, not on "of" or "the".
  while (end > start && !tokens[end - 1].word) end--;
  while (end > start && /^(of|the|for|to|at|a|an)$/.test(tokens[end - 1].lower)) end--;
  return end > start ? text(source, tokens, start, end) : undefined;
}
