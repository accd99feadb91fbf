// Step 2: place each quotation in its sentence and decide what it is.
// The frame is the sentence(s) the quotation stands in; the head and the tail
// are the writer's words before and after it, up to a neighbouring quotation.
// Titles, nicknames and scare quotes are left out here.

import type { QuoteKind } from '../../facts.js';
import type { Reading } from '../../reading/index.js';
import { lastStartingBy } from '../../text/search.js';
import { isCapitalized, type Token } from '../../text/tokens.js';
import type { MarkedQuote } from './01-marks.js';
import { cueAt } from './cues.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

export interface FramedQuote extends MarkedQuote {
  kind: QuoteKind;
  /** Offsets of the frame: from the start of the opening sentence to the end of the closing one. */
  frameStart: number;
  frameEnd: number;
  /** The writer's words before and after the quotation, within the frame. */
  head: Token[];
  tail: Token[];
  /** The quotation opens its paragraph. */
  opensParagraph: boolean;
}

/** Index of the segment containing `offset` (segments sorted and disjoint), or the one before it. */
export function segmentAt(segments: readonly { start: number; end: number }[], offset: number): number {
  return Math.max(0, lastStartingBy(segments, offset));
}

// Words that, right before a quotation, announce a title or a name rather than speech.
const TITLE_CUES = new Set(
  `so-called dubbed titled entitled nicknamed film movie book novel song album show series episode
   play musical documentary newspaper magazine program programme operation campaign slogan hashtag
   word words term phrase label known as the`.split(/\s+/),
);

const SMALL_TITLE_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'de', 'is', 'at', 'with']);
const TITLE_PREPOSITIONS = new Set(['of', 'on', 'in', 'from', 'at', 'about']);

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A short quotation naming a work, a nickname or a term, not reporting speech. */
function isTitleOrScare(doc: Reading, q: MarkedQuote, head: Token[]): boolean {
  const content = doc.text.slice(q.contentStart, q.contentEnd).trim();
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  // An attribute value (author="…") is markup, not speech.
  if (doc.text[q.open - 1] === '=') return true;
  if (words.length > THRESHOLDS.titleMaxWords) return false;
  const before = head
    .slice(-4)
    .map((t) => t.text.toLowerCase())
    .filter((w) => w !== ',' && w !== 'the' && w !== 'a' && w !== 'an' && w !== 'his' && w !== 'her' && w !== 'their');
  const prev = before[before.length - 1];
  if (prev && TITLE_CUES.has(prev)) return true;
  if (before.slice(-2).join(' ') === 'known as') return true;
  const bare = content.replace(/[.!?,;:]$/, '');
  const titleWords = bare.split(/\s+/);
  const isTitleCase = titleWords.length >= 2 && titleWords.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_TITLE_WORDS.has(w));
  // "broadcast of “Fox News Sunday,”", "CBS's “Face the Nation,”": a title after a preposition or possessive.
  if (isTitleCase && prev && (TITLE_PREPOSITIONS.has(prev) || /['’]s$/.test(prev))) return true;
  if (/[.!?,;:]["'”’]?$/.test(content)) return false;
  // Title case over several words, inside a sentence: a work or a nickname ("The Iron Lady").
  const titleCase = words.every((w) => !/^\p{Ll}/u.test(w) || /^(of|the|and|a|an|in|on|for|to|de)$/.test(w));
  return words.length >= 2 && titleCase && head.length > 0 && !q.unclosed;
}

/** The head is only an attribution: `Ruiz said,` / `Luis Ortega said` / `he added:`. */
function headEndsInCue(head: Token[]): boolean {
  let end = head.length;
  while (end > 0 && [',', ':'].includes(head[end - 1].text)) end--;
  return end > 0 && cueAt(head, end - 1) === end;
}

function kindOf(doc: Reading, q: MarkedQuote, head: Token[], tail: Token[], previous: FramedQuote | undefined): QuoteKind {
  const content = doc.text.slice(q.contentStart, q.contentEnd).trim();
  const startsSentence = head.length === 0 || [':', '—', '–'].includes(head[head.length - 1].text);
  // “We will win this vote,” Ruiz said, “and we will…”: the second half of an interrupted quotation.
  if (previous && previous.kind === 'direct' && previous.frameEnd > q.open && headEndsInCue(head)) return 'direct';
  if (isCapitalized(content) && headEndsInCue(head)) return 'direct';
  if (startsSentence && isCapitalized(content)) return 'direct';
  if (/[.!?]["'”’]?\s+\p{Lu}/u.test(content) || wordCount(content) >= THRESHOLDS.directMinWords) return 'direct';
  // “…,” X said: a quotation that ends in a comma before its attribution stands for a sentence.
  if (isCapitalized(content) && /[,!?]$/.test(content) && tail.length > 0) return 'direct';
  return 'partial';
}

/** Frames the outermost quotations and drops titles and scare quotes. */
export function frameQuotes(doc: Reading, marked: MarkedQuote[]): FramedQuote[] {
  const outer = marked;
  const framed: FramedQuote[] = [];
  for (let k = 0; k < outer.length; k++) {
    const q = outer[k];
    const first = doc.sentences[segmentAt(doc.sentences, q.open)];
    const last = doc.sentences[segmentAt(doc.sentences, Math.max(q.open, q.close - 1))];
    const frameStart = first ? Math.min(first.start, q.open) : q.open;
    let frameEnd = last ? Math.max(last.end, q.close) : q.close;
    // “…?” Graham asked. — a sentence split after the closing mark leaves the attribution in the next one.
    // Only a quotation that opens its sentence is read on into the next: after words of its own the sentence is whole.
    const opensSentence = !first || doc.text.slice(first.start, q.open).trim() === '';
    const lastIndex = segmentAt(doc.sentences, Math.max(q.open, q.close - 1));
    const following = doc.sentences[lastIndex + 1];
    const paragraph = doc.paragraphs[segmentAt(doc.paragraphs, q.open)];
    if (opensSentence && following && frameEnd - q.close <= 1 && paragraph && following.end <= paragraph.end && /[?!.,]$/.test(doc.text.slice(q.contentStart, q.contentEnd).trim())) {
      frameEnd = following.end;
    }
    const prevClose = k > 0 ? outer[k - 1].close : 0;
    const nextOpen = k + 1 < outer.length ? outer[k + 1].open : Infinity;
    const head = doc.tokensIn(Math.max(frameStart, prevClose), q.open);
    const tail = doc.tokensIn(q.close, Math.max(q.close, Math.min(frameEnd, nextOpen)));
    if (isTitleOrScare(doc, q, head)) continue;
    framed.push({
      ...q,
      kind: kindOf(doc, q, head, tail, framed[framed.length - 1]),
      frameStart,
      frameEnd,
      head,
      tail,
      opensParagraph: paragraph !== undefined && paragraph.start === q.open,
    });
  }
  return framed;
}
