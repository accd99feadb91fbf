// Cues of ballots told by their shares, outside any chamber: a union's
// members ("62% of those voting backed a walkout", "91% supported an
// overtime ban"), shareholders ("the pay report received only 31% of votes
// cast"), a club's or co-operative's members. The members are the voters;
// the shares go to `percent`. Opinion polls are set aside before this runs.

import { hypotheticalBefore, mention } from './cue-common.js';
import type { Mention, Unit } from './types.js';

const SHARE = String.raw`\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)`;

/** "62% of those voting backed", "91% supported", "48.5% of votes cast opposed". */
const SHARE_DECIDED = new RegExp(
  String.raw`(${SHARE})\s+(?:of\s+(?:the\s+|those\s+)?(?:[\w'’-]+\s+){0,10}?)?(?:\w+ly\s+)?(backed|supported|approved|endorsed|favou?red|opposed|rejected|voted\s+(?:for|against|in\s+favou?r|to)|said\s+(?:yes|no)|(?:went|were|was)\s+(?:cast\s+)?(?:in\s+favou?r|against|for))\b`,
  'gi',
);

/** A share is a ballot's when the sentence speaks of votes or of those who cast them. */
export const BALLOT_CONTEXT = /\b(?:vot\w*|ballot\w*|referend\w*|plebiscite|electorate|shareholders?|stockholders?|members|turnout|resolution|proposal|motion)\b/i;

/** A side's label before its share: "for the amendments voted 56.3 percent", as some translated reports write. */
const LABEL_FIRST = new RegExp(String.raw`\b(for|in\s+favou?r|against)\b[^,;.]{0,60}?\s(?:voted|were|was)\s+(${SHARE})`, 'gi');

export function shareVotes(unit: Unit): Mention[] {
  const text = unit.text;
  if (!BALLOT_CONTEXT.test(text)) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(SHARE_DECIDED)) {
    const verbAt = m.index + m[0].length - m[2].length;
    const after = text.slice(m.index + m[0].length);
    // "54% backed Ortega": a candidate's share, an election
    if (/^\s+(?:[A-Z][\w'’-]+(?:\s|[,.;]|$)|him\b|her\b|them\b)/.test(after) && !/^\s+(?:the|a|an|this|that|its|their)\b/i.test(after)) continue;
    if (hypotheticalBefore(text, m.index)) continue;
    const cue = { start: unit.start + verbAt, end: unit.start + verbAt + m[2].length };
    out.push(mention(unit, { kind: 'shares', rule: 'vote.shares', cue, polarity: 'unknown', subjectAt: /^(?:voted|said)/i.test(m[2]) ? null : cue.end }));
  }
  if (!out.length) {
    for (const m of text.matchAll(LABEL_FIRST)) {
      const cue = { start: unit.start + m.index, end: unit.start + m.index + m[0].length };
      out.push(mention(unit, { kind: 'shares', rule: 'vote.shares', cue, polarity: 'unknown', subjectAt: null }));
      break;
    }
  }
  return out;
}
