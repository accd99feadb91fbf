// Step 6: when the vote took place, in the article's own words ("Thursday",
// "Last August", "June 23, 2016", "Saturday afternoon", "2016"): the time
// expression nearest the words that state the vote, else one elsewhere in the
// evidence, else one in the sentences that restate the vote.

import type { Mention, Range, Unit } from './types.js';

const MONTH = 'January|February|March|April|June|July|August|September|October|November|December';
const DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';

const DATE = new RegExp(
  [
    `\\b(?:(?:[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext)\\s+)?(?:${MONTH}|May(?=\\s+\\d|,?\\s+\\d{4}))(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?\\b`,
    `\\b\\d{1,2}\\s+(?:${MONTH}|May)(?:\\s+\\d{4})?\\b`,
    `\\b(?:[Ll]ast\\s+)?(?:${DAY})${PART_OF_DAY}\\b`,
    `\\b(?:[Yy]esterday|[Tt]oday|[Tt]onight)${PART_OF_DAY}\\b`,
    `\\b(?:[Ll]ast|[Tt]his|[Ee]arlier\\s+this)\\s+(?:week|month|year|night|morning|afternoon|evening)\\b`,
    `(?<=\\b(?:[Ii]n|[Ss]ince|[Oo]f)\\s+(?:a\\s+)?)(?:1[89]|20)\\d{2}\\b(?!\\s*[-–])`,
  ].join('|'),
  'g',
);

export function dateOf(evidence: readonly Unit[], context: readonly Unit[], mentions: readonly Mention[]): string | null {
  const cue = mentions.find((m) => evidence.includes(m.unit))?.cue ?? null;
  const own = cue ? evidence.find((u) => u.start <= cue.start && cue.end <= u.end) : undefined;
  const order = [...(own ? [own] : []), ...evidence.filter((u) => u !== own), ...context];
  for (const unit of order) {
    const found = nearest(unit, unit === own ? cue : null);
    if (found) return found;
  }
  return null;
}

function nearest(unit: Unit, cue: Range | null): string | null {
  let best: { text: string; distance: number } | null = null;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(unit.text); m; m = DATE.exec(unit.text)) {
    const start = unit.start + m.index;
    const distance = cue ? Math.min(Math.abs(start - cue.end), Math.abs(cue.start - (start + m[0].length))) : m.index;
    if (!best || distance < best.distance) best = { text: m[0], distance };
  }
  return best?.text ?? null;
}
