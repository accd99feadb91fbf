// Voters the article names beside the words of a side: "Justices Ito and
// Brand dissented", "with Commissioners Ruiz and Lam among the dissenters",
// "Ames, Ortiz and Kell broke with their caucus to vote yes, while Dunn voted
// no", "Justice Ola Brandt, writing for the majority". The people are the
// reading's person entities inside the clause that holds the side's words,
// so a name is taken whole and resolved to the fullest form the article
// gives, whatever title stands before it.

import type { Entity } from '../../facts.js';
import { lastStartingBy } from '../../text/search.js';
import type { Range, Side } from './types.js';

/** Which side a clause's words put its people on; "with the government" depends on what was voted on. */
type Cue = Side | 'government';

const SIDE_WORDS: { side: Cue; re: RegExp }[] = [
  { side: 'abstain', re: /\babstain(?:ed|ing|s)?\b/i },
  { side: 'against', re: /\bdissent(?:ed|ing|s)?\b|\bdissenters?\b|\bvot(?:ed|ing|e)\s+(?:against|no|nay)\b|\bopposed\b/i },
  { side: 'government', re: /\bvot(?:ed|ing|e)\s+with\s+the\s+government\b|\bcrossed\s+the\s+floor\s+to\s+(?:vote\s+with|back|support)\s+the\s+government\b/i },
  {
    side: 'for',
    re: /\bvot(?:ed|ing|e)\s+(?:for|yes|aye|yea|in\s+favou?r)\b|\bin\s+support\b|\b(?:formed|form|joined|in)\s+the\s+majority\b|\b(?:wrote|writing)\s+(?:for\s+the\s+majority|the\s+(?:majority|court['’]s|lead)\s+(?:opinion|judgment)|the\s+opinion)\b|\bsupported\b/i,
  },
];

/** Any side's words: a sentence without them names no voter. */
export const SIDE_WORDS_ANY = new RegExp(SIDE_WORDS.map((w) => w.re.source).join('|'), 'i');

/** Clauses of a sentence that may each put people on their own side. */
// eslint-disable-next-line regexp/no-super-linear-move -- matched against one sentence, at most sentenceMaxChars
const CLAUSE_BREAK = /;|,?\s+(?:while|whereas)\s+|,\s+but\s+/g;

/** "if the council turned her down": a supposed vote names no voter. */
const SUPPOSED = /\b(?:if|unless|whether|would|could|should|might|will)\b/i;
/** Words that join people named after the side's words to it. */
const JOINED = /\bjoined\s+by\b|,\s*which\b|\bincluding\b|\bamong\s+them\b|:/i;

/** A piece that says something (a verb), not only who: "Kell and her deputy" names, "Kell told the chamber" says. */
const VERBISH = /\b(?:is|are|was|were|be|been|has|have|had|said|says|told|brought|put|led|took|gave|made|held|sought|won|lost|ran|[a-z]{2,}ed|[a-z]{2,}ing)\b/;
/** A piece that refers back to the people named just before it: ", who voted against", ", dissenting". */
const REFERS_BACK = /^\s*(?:who|whom|all\s+of\s+whom|both\s+of\s+whom|(?:[a-z]+ing)\b)/;

const GROUP_AFTER = /^\s+(?:caucus|party|group|bloc|faction|delegation|members|MPs|senators|councill?ors|lawmakers)\b/i;

/** A motion against the government: voting with the government is voting against it. */
const AGAINST_GOVERNMENT = /\b(?:no[-\s]confidence|non-confidence|censure|impeach\w*)\b/i;

interface PersonMention extends Range {
  entity: Entity;
}

/** The document's person mentions by position, so that a clause finds its people without a scan. */
export class PersonIndex {
  private readonly mentions: PersonMention[];

  constructor(entities: readonly Entity[]) {
    this.mentions = entities
      .filter((e) => e.type === 'person')
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.span.start, end: m.span.end, entity })))
      .sort((a, b) => a.start - b.start);
  }

  /** The person mentions wholly inside `range`, in text order. */
  within(range: Range): PersonMention[] {
    const out: PersonMention[] = [];
    for (let i = lastStartingBy(this.mentions, range.start - 1) + 1; i < this.mentions.length && this.mentions[i].start < range.end; i++) {
      if (this.mentions[i].end <= range.end) out.push(this.mentions[i]);
    }
    return out;
  }
}

export interface NamedVoter {
  entity: Entity;
  side: Side;
}

/**
 * The people named on a side in one sentence (`range` in `text`); `subject`
 * is what was voted on. A sentence `apart` from the vote's own does not say
 * which vote "with the government" means, so it names no one by it.
 */
export function namedVoters(text: string, range: Range, persons: PersonIndex, subject: string | null, apart = false): NamedVoter[] {
  const out: NamedVoter[] = [];
  const sentence = text.slice(range.start, range.end);
  let from = 0;
  const breaks = [...sentence.matchAll(CLAUSE_BREAK), null];
  for (const b of breaks) {
    const to = b ? b.index : sentence.length;
    const clause = sentence.slice(from, to);
    const cue = sideOf(clause, subject, apart);
    if (cue && !SUPPOSED.test(clause.slice(0, cue.at))) {
      const people = persons.within({ start: range.start + from, end: range.start + to });
      const reach = reachBefore(clause, cue.at, people.map((p) => ({ start: p.start - range.start - from, end: p.end - range.start - from })));
      for (const p of people) {
        const at = p.start - range.start - from;
        // before the side's words, only the people of its own phrase or of a list just before it
        if (at < reach) continue;
        // after the side's words, only people joined to them: "…, joined by Justices Ito and Brand"
        if (at > cue.at && !JOINED.test(clause.slice(cue.at, at))) continue;
        // "the Progressive caucus": a name that modifies a group is no person
        if (GROUP_AFTER.test(text.slice(p.end, range.end))) continue;
        out.push({ entity: p.entity, side: cue.side });
      }
    }
    if (b) from = b.index + b[0].length;
  }
  return out;
}

/**
 * Where the people a side's words speak of may begin: the comma-separated
 * piece that holds the words, and before it the pieces that only name people
 * ("Ames of Dunmore, Ortiz and Kell voted yes") or that the piece refers back
 * to ("Oda Fell, who voted against").
 */
function reachBefore(clause: string, cueAt: number, people: readonly Range[]): number {
  let start = clause.lastIndexOf(',', cueAt) + 1;
  for (;;) {
    const piece = clause.slice(start, cueAt);
    const prev = start > 0 ? clause.lastIndexOf(',', start - 2) + 1 : -1;
    if (prev < 0) return start;
    // a list may open after a dash or colon: "Three members — Ames of Dunmore, Ortiz and Kell — voted yes"
    const opening = Math.max(clause.lastIndexOf('—', start - 2), clause.lastIndexOf(':', start - 2)) + 1;
    const from = Math.max(prev, opening);
    const namesOnly = !VERBISH.test(withoutPeople(clause.slice(from, start - 1), from, people));
    if (!namesOnly && !REFERS_BACK.test(piece)) return start;
    start = from;
    if (!namesOnly || from === opening) return start;
  }
}

/** The text with the people's names taken out. */
function withoutPeople(text: string, offset: number, people: readonly Range[]): string {
  let out = text;
  for (const p of [...people].reverse()) {
    if (p.start >= offset && p.end <= offset + text.length) out = out.slice(0, p.start - offset) + out.slice(p.end - offset);
  }
  return out;
}
/** The first side's words of a clause, and where they stand. */
function sideOf(clause: string, subject: string | null, apart: boolean): { side: Side; at: number } | null {
  let first: { side: Cue; at: number } | null = null;
  for (const { side, re } of SIDE_WORDS) {
    if (apart && side === 'government') continue;
    const m = re.exec(clause);
    if (m && (!first || m.index < first.at)) first = { side, at: m.index };
  }
  if (!first) return null;
  if (first.side === 'government') return { side: subject && AGAINST_GOVERNMENT.test(subject) ? 'against' : 'for', at: first.at };
  return { side: first.side, at: first.at };
}
