// Step 4: block quotations. A pull-quote paragraph without quote marks whose
// attribution is the line after it ("Barbara Woodward, British Ambassador to
// the UN"), or a paragraph introduced by "X said:" / "And from X:".

import type { Reading } from '../../reading/index.js';
import type { Token } from '../../text/tokens.js';
import { phraseAfter, type NounPhrase } from './noun-phrase.js';
import { attributeHead } from './03-attribute.js';
import { segmentAt } from './02-frames.js';
import { ROLE_NOUNS, ROLE_MODIFIERS, ORGANIZATION_NOUNS } from './words.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

export interface BlockQuote {
  start: number;
  end: number;
  tokens: Token[];
  phrase: NounPhrase | null;
  cue: [number, number] | null;
  role?: [number, number];
  rule: string;
}

const QUOTE_MARKS = /["“”«»„]/;
const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** A paragraph of prose: at least two sentences' worth of words and a full stop. */
function isProse(text: string): boolean {
  return text.split(/\s+/).length >= THRESHOLDS.blockMinWords && /[.!?]["”’]?$/.test(text) && !QUOTE_MARKS.test(text);
}

/** "Name, Role" or "— Name, Role" alone on a line: a signature. */
function readSignature(tokens: Token[]): { phrase: NounPhrase; role?: [number, number] } | null {
  let i = 0;
  if (['-', '–', '—', '―'].includes(tokens[0]?.text)) i = 1;
  const phrase = phraseAfter(tokens, i);
  if (!phrase || phrase.kind !== 'name' || phrase.last - phrase.nameFirst < 2) return null;
  if (phrase.last === tokens.length) return { phrase };
  if (tokens[phrase.last].text !== ',' || tokens.length - phrase.last > THRESHOLDS.roleMaxTokens) return null;
  if (tokens.some((t) => QUOTE_MARKS.test(t.text) || t.text === ':')) return null;
  const role: [number, number] = [phrase.last + 1, tokens.length];
  const roleWords = tokens.slice(role[0], role[1]).map(lower);
  const official = roleWords.some((w) => ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || ORGANIZATION_NOUNS.has(w));
  return official ? { phrase, role } : null;
}

export function findBlockQuotes(doc: Reading): BlockQuote[] {
  const blocks: BlockQuote[] = [];
  const paras = doc.paragraphs;
  for (let p = 0; p + 1 < paras.length; p++) {
    const body = doc.text.slice(paras[p].start, paras[p].end);
    if (!isProse(body)) continue;
    const next = paras[p + 1];
    const nextText = doc.text.slice(next.start, next.end);
    if (nextText.length <= THRESHOLDS.signatureMaxChars && !/[.!?]$/.test(nextText) && !/\n/.test(nextText)) {
      const tokens = doc.tokensIn(next.start, next.end);
      const signature = readSignature(tokens);
      if (signature) {
        blocks.push({ start: paras[p].start, end: paras[p].end, tokens, phrase: signature.phrase, cue: null, role: signature.role, rule: 'quote.block.signature' });
        continue;
      }
    }
    // "Hugh Hill, a doctor, said:" closing the previous paragraph
    if (p > 0) {
      const prev = paras[p - 1];
      if (doc.text[prev.end - 1] !== ':') continue;
      const lastSentence = doc.sentences[segmentAt(doc.sentences, prev.end - 1)];
      if (!lastSentence || lastSentence.start < prev.start) continue;
      const head = doc.tokensIn(lastSentence.start, lastSentence.end);
      const found = attributeHead(head);
      if (found && (found.cue === null || found.cue[1] >= head.length - 3)) {
        blocks.push({ start: paras[p].start, end: paras[p].end, tokens: head, phrase: found.phrase, cue: found.cue, role: found.role, rule: 'quote.block.colon' });
      }
    }
  }
  return blocks;
}
