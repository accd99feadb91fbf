// Voting bodies named in a sentence: the head word ("Senate", "council",
// "House of Representatives") widened to the name around it ("United States
// House of Representatives", "Parliament of Iraq", "Minneapolis city council").

import { MONTHS, WEEKDAYS } from '../../lexicon/words.js';
import { BODY_HEADS, BODY_HEADS_CAPITALISED } from './lexicon.js';
import { tail } from './tail.js';
import type { BodyMention, Unit } from './types.js';

const HEAD_ANY_CASE = new RegExp(`\\b(?:${BODY_HEADS})\\b`, 'gi');
const HEAD_CAPITALISED = new RegExp(`\\b(?:${BODY_HEADS_CAPITALISED})\\b`, 'g');

/** A capitalised "House" that is a building or a title, not the chamber. */
const NOT_A_CHAMBER_BEFORE = /\b(?:White|Opera|Government|Guest|Court|Town|Tree|Green|Coffee|Power|Boat|Ranch|State|Publishing|Fashion|Auction|Clearing|Haunted)\s+$/;
const NOT_A_CHAMBER_AFTER = /^\s+(?:arrest|party|music|of\s+(?:Cards|Windsor|Saud|Lancaster|God|Worship))/i;

const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);

/** Capitalised words that open a sentence or a phrase and never name a body. */
const NOT_A_NAME = new Set([
  ...`The A An On In At By For From With To As If But And Or So Yet Then Now Today Yesterday Tonight Earlier Later
   This That These Those Its Their His Her Our Only Once After Before When While Since Despite During Also
   However Meanwhile Back Last Next Following Under Over Among Both All Each Every Some Many Most Of`.split(/\s+/),
  ...WEEKDAYS.map(capitalised),
]);

/** A people voting in a ballot, named by their demonym: "Valdorians voted …", "Islanders have voted …". */
const PEOPLE_VOTING = /\b[A-Z][a-z]+(?:ians|ans|ese|ites|ots|ers)(?=\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?voted\b)/g;
/** In a sentence about a ballot, the people who decide by it: "the union's drivers rejected the offer in a ballot". */
const BALLOT_SENTENCE = /\b(?:ballot|referendum|turnout)\b/i;
const GROUP_DECIDING = /\b(?:(?:the|its|their)\s+)?(?:[\w-]+['’]s\s+)?[a-z]{3,}s(?=\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?(?:voted|backed|rejected|approved|endorsed|accepted|supported|threw\s+out|turned\s+down)\b)/g;

export function findBodies(unit: Unit): BodyMention[] {
  const found: BodyMention[] = [];
  const text = unit.text;
  const groups = BALLOT_SENTENCE.test(text) ? [...text.matchAll(GROUP_DECIDING)] : [];
  for (const m of [...text.matchAll(PEOPLE_VOTING), ...groups]) {
    const start = unit.start + m.index;
    const span = { start, end: start + m[0].length };
    found.push({ ...span, text: m[0], head: 'voters', headSpan: span });
  }
  for (const re of [HEAD_ANY_CASE, HEAD_CAPITALISED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const head = m[0];
      if (/^house$/i.test(head) && head !== 'House') continue;
      if (head === 'House' || head === 'Representatives') {
        if (NOT_A_CHAMBER_BEFORE.test(tail(text, m.index, 30))) continue;
        if (NOT_A_CHAMBER_AFTER.test(text.slice(m.index + head.length))) continue;
      }
      const start = widenLeft(text, m.index);
      const end = widenRight(text, m.index + head.length, head);
      found.push({
        start: unit.start + start,
        end: unit.start + end,
        text: text.slice(start, end),
        head: head.toLowerCase().replace(/\s+/g, ' '),
        headSpan: { start: unit.start + m.index, end: unit.start + m.index + head.length },
      });
    }
  }
  return dropContained(found);
}

/** Capitalised modifiers and possessive names before the head ("United States", "Alabama State"). */
function widenLeft(text: string, start: number): number {
  let at = start;
  for (;;) {
    const before = tail(text, at, 40);
    const m = /(?:^|[\s(])((?:[A-Z][\w.'’&-]*|U\.S\.|city|state|town|county|federal|full|national|provincial|regional|municipal)\s+)$/.exec(before);
    if (!m) break;
    const word = m[1].trim();
    if (NOT_A_NAME.has(word)) break;
    if (/^(?:city|state|town|county|federal|full|national|provincial|regional|municipal)$/.test(word) && at !== start) break;
    at -= m[1].length;
  }
  return at;
}

/** Titles that follow a body's name without being part of it ("Senate Majority Leader Ada Quist"). */
const ROLE_WORD = /^(?:Speaker|Majority|Minority|Leader|Chairman|Chairwoman|Chair|President|Vice|Member|Members|Clerk|Secretary|Judge|Justice|Spokesman|Spokeswoman|Spokesperson)$/;

/** Days and months end a body's name ("the Senate of Ohio on Monday"). */
const TIME_WORDS = new Set([...WEEKDAYS, ...MONTHS]);

/** "of the United Kingdom", "of Iraq", "on Foreign Affairs" after the head (a few capitalised words). */
function widenRight(text: string, end: number, head: string): number {
  if (/\bof\b/i.test(head)) return end;
  const m = /^\s+(?:of|on|for)\s+(?:the\s+)?/.exec(text.slice(end));
  if (!m) return end;
  let at = end + m[0].length;
  let words = 0;
  // "Union of Rail Signal Workers", "Committee on Transport and Infrastructure"
  for (const w of text.slice(at).matchAll(/(\s*)((?:and|of|for|on|&)\s+(?:the\s+)?)?([A-Z][\w.'’-]*)/gy)) {
    if (ROLE_WORD.test(w[3]) || TIME_WORDS.has(w[3].toLowerCase()) || words >= 6) break;
    at += w[0].length;
    words += 1;
  }
  // a full stop after the last word ends the sentence, not an abbreviation ("Representatives.")
  while (words && text[at - 1] === '.' && !/\b[A-Z]\.$/.test(tail(text, at, 3))) at -= 1;
  return words ? at : end;
}

function dropContained(bodies: BodyMention[]): BodyMention[] {
  const sorted = bodies.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: BodyMention[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last && b.start < last.end) continue;
    out.push(b);
  }
  return out;
}

/** The body whose name ends closest before `at` (and at most `reach` characters before it). */
export function bodyBefore(bodies: readonly BodyMention[], at: number, reach = Infinity): BodyMention | null {
  let best: BodyMention | null = null;
  for (const b of bodies) if (b.end <= at && at - b.end <= reach && (!best || b.end > best.end)) best = b;
  return best;
}

/** "House" and "House of Representatives", "court" and "Supreme Court" name the same body. */
export function sameBody(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}
