// Step 6: when the vote took place, in the article's own words ("Thursday",
// "Last August", "June 23, 2016", "Saturday afternoon", "2016"): of the
// reading's date expressions, the one nearest the words that state the vote,
// else one elsewhere in the evidence (other statements of the vote lend
// theirs in the event step).

import type { DateMention } from '../../reading/dates.js';
import { WEEKDAYS } from '../../lexicon/words.js';
import type { Mention, Range, Unit } from './types.js';

/** A part of the day after a day ("Saturday afternoon") belongs to the date as written. */
const PART_OF_DAY = /^\s+(?:morning|afternoon|evening|night)\b/;
const DAYS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight']);

/** A span of time ("since 2019", "2019-20", "from May to July") does not date one vote. */
const SPAN_OF_TIME = /^(?:since|until|till|through|from|between)\b|\d\s*[-–]\s*\d|\s(?:to|and|until)\s/i;

/** A year alone dates a vote after "in" or "of" ("in 2012", "in a 2016 referendum"); "the 2020 census" names something else. */
const YEAR_ALONE = /^\d{4}s?$/;
const YEAR_LEAD = /\b(?:in|of)\s+(?:a\s+)?$/i;

/** The document's date mentions, found by start offset in logarithmic time. */
export class DateIndex {
  private readonly dates: readonly DateMention[];

  constructor(dates: readonly DateMention[]) {
    this.dates = [...dates].sort((a, b) => a.start - b.start);
  }

  /** The dates wholly inside `range`, in text order. */
  within(range: Range): DateMention[] {
    let lo = 0;
    let hi = this.dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.dates[mid].start < range.start) lo = mid + 1;
      else hi = mid;
    }
    const out: DateMention[] = [];
    for (let k = lo; k < this.dates.length && this.dates[k].start < range.end; k++) {
      if (this.dates[k].end <= range.end) out.push(this.dates[k]);
    }
    return out;
  }
}

/** A vote's date as written, and its normalised value when the reading gives one. */
export interface VoteDate {
  text: string;
  value: string | null;
}

export function dateOf(text: string, dates: DateIndex, evidence: readonly Unit[], mentions: readonly Mention[]): VoteDate | null {
  const cue = mentions.find((m) => evidence.includes(m.unit))?.cue ?? null;
  const own = cue ? evidence.find((u) => u.start <= cue.start && cue.end <= u.end) : undefined;
  const order = [...(own ? [own] : []), ...evidence.filter((u) => u !== own)];
  for (const unit of order) {
    const found = nearest(text, dates.within(unit), unit, unit === own ? cue : null);
    if (found) return found;
  }
  return null;
}

function nearest(text: string, dates: readonly DateMention[], unit: Unit, cue: Range | null): VoteDate | null {
  let best: { date: DateMention; distance: number } | null = null;
  for (const date of dates) {
    if (SPAN_OF_TIME.test(date.text)) continue;
    if (YEAR_ALONE.test(date.text) && !YEAR_LEAD.test(text.slice(Math.max(unit.start, date.start - 12), date.start))) continue;
    const distance = cue ? Math.min(Math.abs(date.start - cue.end), Math.abs(cue.start - date.end)) : date.start - unit.start;
    if (!best || distance < best.distance) best = { date, distance };
  }
  if (!best) return null;
  const { date } = best;
  const last = date.text.slice(date.text.lastIndexOf(' ') + 1).toLowerCase();
  const part = DAYS.has(last) ? PART_OF_DAY.exec(text.slice(date.end, Math.min(unit.end, date.end + 12))) : null;
  return { text: part ? text.slice(date.start, date.end + part[0].length) : date.text, value: date.value ?? null };
}
