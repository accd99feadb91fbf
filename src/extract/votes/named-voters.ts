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
  { side: 'abstain', re: /\babstain(?:ed|ing|s)?\b|\babstentions?\b/i },
  { side: 'against', re: /\bdissent(?:ed|ing|s)?\b|\bdissenters?\b|\bvot(?:ed|ing|e)\s+(?:against|no|nay)\b|\bopposed\b/i },
  { side: 'government', re: /\bvot(?:ed|ing|e)\s+with\s+the\s+government\b|\bcrossed\s+the\s+floor\s+to\s+(?:vote\s+with|back|support)\s+the\s+government\b/i },
  {
    side: 'for',
    re: /\bvot(?:ed|ing|e)\s+(?:for|yes|aye|yea|in\s+favou?r)\b|\b(?:wrote|writing)\s+(?:for\s+the\s+majority|the\s+(?:majority|court['’]s|lead)\s+(?:opinion|judgment)|the\s+opinion)\b|\bjoined\s+the\s+majority\b|\bsupported\b/i,
  },
];

/** Any side's words: a sentence without them names no voter. */
export const SIDE_WORDS_ANY = new RegExp(SIDE_WORDS.map((w) => w.re.source).join('|'), 'i');

/** Clauses of a sentence that may each put people on their own side. */
const CLAUSE_BREAK = /;|,?\s+(?:while|whereas)\s+|,\s+but\s+/g;

/** "if the council turned her down": a supposed vote names no voter. */
const SUPPOSED = /\b(?:if|unless|whether|would|could|should|might|will)\b/i;
/** Words that join people named after the side's words to it. */
const JOINED = /\bjoined\s+by\b|,\s*which\b|\bincluding\b|\bamong\s+them\b|:/i;

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
      for (const p of persons.within({ start: range.start + from, end: range.start + to })) {
        const at = p.start - range.start - from;
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
