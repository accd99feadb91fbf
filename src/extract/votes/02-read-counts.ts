// Step 2: the numbers a sentence gives for a vote. Tallies ("219-212", "66
// to 27", "by 297 votes to 203", "13-0-2"), labelled sides ("143 in favour
// to 9 against", "ten abstentions", "with one member absent"), party groups
// ("231 Democrats supporting …, 194 Republicans opposing"), shares ("85%
// were in favour") and unanimity. Numbers that are ranges, scores, years,
// seats, poll figures or body sizes are left alone.

import { MONTH_NAMES } from './lexicon.js';
import { NUMBER_SOURCE, parseNumber } from '../../text/number-words.js';
import { tail } from './tail.js';
import { SIDES, type CountReading, type Range, type SideCounts, type SidePercents, type Unit } from './types.js';

const N = NUMBER_SOURCE;
const DIGITS = `\\d{1,4}`;

const TALLY = new RegExp(
  `(?<![\\w.,$£€-])(?:(${DIGITS})(?:\\s*[-–—‑]\\s*|-to-)(${DIGITS})(?:\\s*[-–—‑]\\s*(${DIGITS}))?|(${N})(?:\\s+votes?)?\\s+to\\s+(${N})(?:\\s+votes?)?|(${N})\\s+votes?\\s+against\\s+(${N}))(?![\\w%-]|\\.\\d)`,
  'gi',
);

const SECOND_OF_TALLY = new RegExp(`\\b(?:${N})(?:\\s+votes?)?(?:\\s+to\\s+|\\s*[-–—]\\s*)$`, 'i');

/** Who may stand between a count and its side: "48 senators in favour", "9 member states against". */
const VOTER_NOUN = `(?:votes?|members?(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,2})?|member\\s+states|countries|states|nations|senators|MPs|MEPs|MLAs|MSPs|MCAs|TDs|lawmakers|legislators|councill?ors|deputies|delegates|representatives|shareholders|justices|judges|directors|trustees)`;

/** Quote marks a label may stand in: `201 deputies voting "for", 12 "against"`. */
const Q = `["“”']?`;
/** Who may stand before a side: "48 senators in favour", "65 present deputies voting for". */
const WHO = `(?:(?:present\\s+)?${VOTER_NOUN}\\s+)?(?:who\\s+)?`;

/** Labels on single numbers. */
const LABELS: { side: keyof SideCounts; re: RegExp; cued?: boolean }[] = [
  { side: 'for', re: new RegExp(`\\b(${N})\\s+${WHO}(?:were\\s+|voted\\s+|voting\\s+)?(?:cast\\s+)?${Q}in\\s+favou?r${Q}`, 'gi') },
  { side: 'for', re: new RegExp(`\\b(${N})\\s+(?:votes?\\s+)?for\\b(?=\\s*(?:,|and|to|with)\\s+(?:${N})\\s+(?:votes?\\s+)?against)`, 'gi') },
  { side: 'for', re: new RegExp(`\\b(${N})\\s+${WHO}(?:voted|voting)\\s+${Q}(?:for|yes|aye|yea)${Q}(?![\\w-]|\\s+(?:him|her|them)\\b)`, 'gi') },
  { side: 'for', re: new RegExp(`\\b(${N})\\s+(?:yes|yea|aye)s?\\b(?:\\s+votes?)?`, 'gi') },
  // "58 deputies supported it", "was backed by 71 deputies"
  // ("one of the twelve who supported the plan" is one voter, not the count)
  { side: 'for', re: new RegExp(`(?<!\\bof\\s+(?:the\\s+)?)\\b(${N})\\s+${WHO}(?:supported|backed|approved)\\s+(?:it|them|the\\s+[\\w-]+)\\b`, 'gi') },
  { side: 'for', re: new RegExp(`(?<=\\b(?:backed|supported|approved|endorsed)\\s+by\\s+)(${N})\\s+(?!votes?\\b)${VOTER_NOUN}\\b`, 'gi') },
  // "the amendment mustered just 77 votes": the votes a motion won are for it (a person's are an election's)
  { side: 'for', cued: true, re: new RegExp(`(?<=\\b(?:received|receiving|won|winning|got|mustered|mustering|garnered|secured|attracted|drew|gathered|obtained)\\s+(?:(?:only|just|a\\s+mere|some|about|nearly|almost)\\s+)?)(${N})\\s+votes?\\b(?!\\s+to\\b)`, 'gi') },
  // "for were 29" (a label before its number, as some translated reports write)
  { side: 'for', re: new RegExp(`(?<=\\b(?:for|in\\s+favou?r)\\s+(?:were|was|voted)\\s+)(${N})\\b(?![.,]\\d|\\s*(?:%|per\\s*cent|percent))`, 'gi') },
  { side: 'against', re: new RegExp(`\\b(${N})\\s+${WHO}(?:were\\s+|voted\\s+|voting\\s+)?(?:cast\\s+)?${Q}against${Q}(?=\\s*(?:$|[,.;:)(]|and\\b|to\\b|with\\b|votes?\\b|it\\b|them\\b|after\\b|before\\b|while\\b|when\\b|in\\b|on\\b))`, 'gi') },
  { side: 'against', re: new RegExp(`\\b(${N})\\s+${WHO}(?:voted|voting)\\s+${Q}(?:no|nay)${Q}(?![\\w-])`, 'gi') },
  { side: 'against', re: new RegExp(`\\b(${N})\\s+(?:nos|noes|nays|no\\s+votes)\\b`, 'gi') },
  { side: 'against', re: new RegExp(`\\b(${N})\\s+${WHO}(?:were\\s+)?opposed\\b(?!\\s+(?:to|the|a|an|him|her|this|that)\\b)`, 'gi') },
  { side: 'against', re: new RegExp(`(?<=\\bagainst\\s+(?:the\\s+\\w+\\s+)?(?:were|was|voted)\\s+)(${N})\\b(?![.,]\\d|\\s*(?:%|per\\s*cent|percent))`, 'gi') },
  { side: 'abstain', re: new RegExp(`\\b(${N}|no)\\s+abstentions?\\b`, 'gi') },
  // "nine deputies in the 400-seat assembly abstained"
  { side: 'abstain', re: new RegExp(`\\b(${N})\\s+(?:(?:[a-z]+\\s+)?(?:members?|countries|states|nations|others?|senators|MPs|deputies|[A-Z][\\w-]*s)\\s+)?(?:(?:in|of|from)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,4})?(?:who\\s+)?(?:were\\s+)?abstain(?:ed|ing)\\b`, 'gi') },
  { side: 'absent', re: new RegExp(`\\b(${N})\\s+(?:(?:members?|senators|MPs|deputies|justices?|judges?|councill?ors?|others?)\\s+)?(?:were\\s+|was\\s+)?(?:absent|not\\s+present)\\b`, 'gi') },
  { side: 'absent', re: new RegExp(`\\b(${N})\\s+(?:(?:members?|senators|MPs|deputies|others?)\\s+)?(?:did\\s+not|didn['’]t)\\s+vote\\b`, 'gi') },
];

const GROUP = new RegExp(
  `\\b(${N})\\s+((?:[A-Z][\\w-]*\\s+){0,2}(?:[A-Z][\\w-]*s|independents?|members|senators|MPs|lawmakers|legislators|representatives|deputies|councill?ors))\\s+(?:also\\s+)?(supporting|supported|backing|backed|voting\\s+for|voted\\s+for|voting\\s+in\\s+favou?r|voted\\s+in\\s+favou?r|opposing|opposed|voting\\s+against|voted\\s+against|abstaining|abstained)\\b`,
  'gi',
);

const SHARE_OF_MEMBERS = new RegExp(`\\b(${N})\\s+of\\s+(?:the\\s+)?(?:[\\w'’]+\\s+){0,2}?(${N})\\s+(?:members|justices|judges|senators|MPs|councill?ors|seats)\\s+(?:\\w+ly\\s+)?(voted\\s+(?:to|for|in\\s+favou?r)|voted\\s+against|backed|supported|opposed)`, 'i');
const BODY_SIZE = new RegExp(`\\b(?:all|the)\\s+(${N})\\s+(?:Justices|justices|judges|members|senators|MPs|councill?ors|member states)\\b|\\b(${N})-(?:member|seat|strong|judge|justice)\\b|'s\\s+(${N})\\s+members\\b`, 'i');

const TIE_BROKEN = /\bbr(?:oke|eaking)\s+(?:a|the)\s+(\d{1,3})\s*[-–]\s*\1\s+tie\b/i;

const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)/gi;

const UNANIMOUS = /\bunanimous(?:ly)?\b|\bwithout\s+(?:a\s+single\s+)?(?:dissent|opposition)\b|\bnem(?:ine)?\.?\s+con/i;
/** "All seven justices ruled", "all nine members of the board voted": every member decided alike. */
const ALL_MEMBERS_DECIDED = new RegExp(
  `\\ball\\s+(?:${N})\\s+(?:of\\s+the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:members|justices|judges|senators|councill?ors|councilors|directors|trustees|commissioners|MPs|deputies|delegates)\\b([^,.;]{0,60}?)\\s+(?:\\w+ly\\s+)?(?:voted|ruled|backed|approved|agreed|supported|decided|endorsed|found|held)\\b`,
  'i',
);
/** A faction's members ("all 28 members of the ruling caucus supported it") are one side, not the body. */
const FACTION = /\b(?:caucus|party|group|bloc|coalition|faction|wing|delegation|[A-Z][a-z]+(?:ans|ists|ats))\b/;

/** Numbers next to these words are something else than votes. */
const NOT_VOTES_AFTER = /^\s*(?:years?|months?|days?|weeks?|hours?|minutes?|percent|per\s+cent|%|points?|goals?|runs?|seats?|delegates?|electoral|p\.?m\b|a\.?m\b|kilomet|km|miles?|people|cases|deaths|metres|meters|feet|ft|kg|pounds?|dollars|years?-old|year-old|majority|lead|win|victory|defeat|loss|score|margin)/i;
const NOT_VOTES_BEFORE = new RegExp(`(?:\\bmargin\\s+of\\s+(?:roughly|about|nearly|almost|some|more\\s+than|over|at\\s+least)?\\s*|\\b(?:roughly|about|nearly|almost)\\s+|\\b(?:from|between|aged|ages|age|since|page|pages|pp?\\.|chapter|season|in|during|round|score|scored|won|lost|led|trailed|leading|trailing|beat|defeated|electoral\\s+count\\s+of)\\s+|\\b(?:${MONTH_NAMES})\\s+|[$£€])$`, 'i');

/** Words that put a tally in voting context when they stand near it. */
const VOTING_WORDS = /\b(?:votes|voted|voting|(?:a|the|by|in|of|final|recorded|roll-call|party-line|procedural|confidence|this|that|its)\s+vote|vote\s+(?:was|of|is|by)|motion|ballot|passed|approved|adopted|rejected|ruled|ruling|decision|confirmed|carried|cleared|split|deadlocked)\b/i;
/** "defeated" is a vote's word only when a motion was defeated, not a team. */
const DEFEATED_MOTION = /\b(?:bill|motion|resolution|amendment|measure|proposal)\b[^.;]{0,60}\b(?:defeated|failed|lost)\b|\bdefeated\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:bill|motion|resolution|amendment|measure|proposal)\b/i;

/** What a share is a share of: "85% were in favour", "57% of those taking part voted to join". */
const SHARE_LABEL = /^\s*(?:of\s+(?:the\s+|those\s+)?(?:[\w'’-]+\s+){0,10}?)?(?:(?:were|was|went|voted|voting|came\s+out|cast|had\s+voted|said|(?:casting|cast)\s+(?:their\s+)?(?:ballots?|votes?))\s+)?(?:\w+ly\s+)?(in\s+favou?r|for|against|yes|no|to\s+(?!\d)\w+|backed|supported|approved|endorsed|favou?red|opposed|rejected)\b/i;
/** A side's label before its share: "for the plan voted 56.3 percent", "against were 41.9 percent". */
const LABEL_BEFORE_SHARE = /\b(?:for|in\s+favou?r|against)\b[^,;.]{0,60}?\s(?:voted|were|was)\s+$/i;
/** "received only 38% of votes cast", "attracting 27% of the votes": the share a motion won is for it. */
const SHARE_WON = /\b(?:received|receiving|won|winning|got|getting|gathered|gathering|secured|securing|attracted|attracting|drew|drawing|garnered|garnering)\s+(?:(?:only|just|about|nearly|almost|some|over|more\s+than|less\s+than)\s+)?$/i;

export interface CountsOfUnit {
  readings: CountReading[];
  unanimous: boolean;
  bodySize: number | null;
}

const emptyCounts = (): SideCounts => ({ for: null, against: null, abstain: null, absent: null });
const emptyPercent = (): SidePercents => ({ for: null, against: null, abstain: null });

/**
 * Counts read from a sentence; `reversed` orders "defeated by 301 votes to 92"
 * as against first. In a sentence that states a vote (`cued`: "the motion
 * went down 225 to 198") a tally needs no other voting word near it.
 */
export function readCounts(unit: Unit, reversed: boolean, cued = false): CountsOfUnit {
  const text = unit.text;
  const size = BODY_SIZE.exec(text);
  let bodySize = size ? parseNumber(size[1] ?? size[2] ?? size[3]) : null;
  const all = ALL_MEMBERS_DECIDED.exec(text);
  const unanimous = UNANIMOUS.test(text) || (all !== null && !FACTION.test(all[0]) && !/\bjoined\s+by\b/i.test(text));
  const tie = TIE_BROKEN.exec(text);
  if (tie) {
    // "broke a 50-50 tie": the deciding vote makes it one more in favour
    const n = parseNumber(tie[1])!;
    return { readings: [{ counts: { ...emptyCounts(), for: n + 1, against: n }, percent: emptyPercent() }], unanimous, bodySize };
  }
  const used: Range[] = [];
  const labelled = readLabels(text, used, cued);
  const tallies = readTallies(text, used, reversed, cued);
  const readings: CountReading[] = [];
  if (tallies.length) {
    for (const [i, counts] of tallies.entries()) {
      if (i === 0) for (const side of ['abstain', 'absent'] as const) counts[side] ??= labelled[side];
      readings.push({ counts, percent: emptyPercent() });
    }
  } else {
    // labelled sides and party groups complete each other ("48 senators voting in favour and 52 against")
    const groups = readGroups(text, labelled);
    const counts = { ...labelled };
    if (groups) for (const side of SIDES) counts[side] ??= groups[side];
    const share = readShareOfMembers(text);
    if (Object.values(counts).some((v) => v !== null)) readings.push({ counts, percent: emptyPercent() });
    else if (share) {
      readings.push({ counts: share.counts, percent: emptyPercent() });
      bodySize = share.size ?? bodySize;
    }
  }
  const percent = readPercents(text, reversed);
  if (percent && !readings.length) readings.push({ counts: emptyCounts(), percent });
  return { readings, unanimous, bodySize };
}

function overlaps(used: Range[], start: number, end: number): boolean {
  return used.some((u) => start < u.end && u.start < end);
}

function readLabels(text: string, used: Range[], cued: boolean): SideCounts {
  const counts = emptyCounts();
  for (const { side, re, cued: needsCue } of LABELS) {
    if (needsCue && !cued) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[1].toLowerCase() === 'no' ? 0 : parseNumber(m[1]);
      if (value === null || counts[side] !== null || overlaps(used, m.index, m.index + m[0].length)) continue;
      const before = tail(text, m.index);
      if (NOT_VOTES_BEFORE.test(before)) continue;
      // "voted 444 to 79 in favour of the package", "voting seven to two in favour": the label belongs to the whole tally
      if (SECOND_OF_TALLY.test(before)) continue;
      counts[side] = value;
      used.push({ start: m.index, end: m.index + m[1].length });
    }
  }
  return counts;
}

function readTallies(text: string, used: Range[], reversed: boolean, cued: boolean): SideCounts[] {
  const out: SideCounts[] = [];
  TALLY.lastIndex = 0;
  for (let m = TALLY.exec(text); m; m = TALLY.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (overlaps(used, start, end)) continue;
    const raw = m[1] !== undefined ? [m[1], m[2], m[3]] : m[4] !== undefined ? [m[4], m[5], undefined] : [m[6], m[7], undefined];
    const [a, b, c] = raw.map((r) => (r === undefined ? null : parseNumber(r)));
    if (a === null || b === null) continue;
    if (!isVoteTally(text, start, end, m[1] !== undefined, a, b, cued)) continue;
    const flip = reversed && a > b && c === null;
    out.push({ for: flip ? b : a, against: flip ? a : b, abstain: c ?? abstainersAfter(text.slice(end, end + 200)), absent: null });
    used.push({ start, end });
  }
  return out;
}

function isVoteTally(text: string, start: number, end: number, digits: boolean, a: number, b: number, cued: boolean): boolean {
  const before = tail(text, start);
  const after = text.slice(end, end + 80);
  // "the bill won 58 votes to 40": votes won, not a match won
  if (/\bvotes?\b/i.test(text.slice(start, end)) && /\b(?:won|received|got|secured|garnered|drew|attracted)\s+$/i.test(before)) return true;
  // "that motion lost 22 to 28": in a sentence that states a vote, the verb before the tally is the vote's
  const motionVerb = cued && /\b(?:lost|won|defeated)\s+(?:by\s+)?$/i.test(before) && !NOT_VOTES_AFTER.test(after);
  if (!motionVerb && (NOT_VOTES_BEFORE.test(before) || NOT_VOTES_AFTER.test(after))) {
    // "ruled by an eight to one majority": a court's split, not a seat count
    if (!/\bby\s+an?\s+$/i.test(before) || !/^\s*majority\b/i.test(after)) return false;
  }
  if (digits && a >= 1000) return false; // years, "2019-20"
  if (!digits && a === 0 && b === 0) return false;
  if (/^\s*(?:%|percent)/i.test(after) || /\d:\d*$/.test(before)) return false;
  // "a reliable 5-to-4 pro-business majority" is a court's make-up; "decided by 5-to-4 votes" many cases
  if (/^\s*(?:[\w-]+\s+){1,2}majority\b|^\s*(?:votes|decisions|rulings|splits|majorities)\b/i.test(after)) return false;
  // "a 5-4 vote", "in a 2-1 decision"
  if (/^\s*(?:[\w-]+\s+){0,2}(?:vote|decision|ruling|verdict)\b/i.test(after)) return true;
  const near = before.slice(-60) + ' ' + text.slice(start, end) + ' ' + after.slice(0, 30);
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against one sentence (at most sentenceMaxChars) or a window of it
  return cued || VOTING_WORDS.test(near) || DEFEATED_MOTION.test(text) || /\bvotes?\s+of\s+[^.;]*$/i.test(before.slice(-60));
}

const NAMED = String.raw`[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*`;
/** "3-3, with Park abstaining", "13-0, with Ostria and Velm abstaining": the abstainers a tally names are its abstentions. */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against one sentence (at most sentenceMaxChars) or a window of it
const WITH_ABSTAINING = new RegExp(String.raw`^\s*,?\s*with\s+(${NAMED}(?:\s*,\s*${NAMED})*(?:\s*,?\s+and\s+${NAMED})?)\s+abstaining\b`);

function abstainersAfter(after: string): number | null {
  const m = WITH_ABSTAINING.exec(after);
  // eslint-disable-next-line regexp/no-super-linear-move -- matched against one sentence (at most sentenceMaxChars) or a window of it
  return m ? m[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).length : null;
}

/** Party groups summed per side; one group alone ("32 Labour MPs voted against") is part of a side, not the side. */
function readGroups(text: string, labelled: SideCounts): SideCounts | null {
  const counts = emptyCounts();
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(text); m; m = GROUP.exec(text)) {
    const value = parseNumber(m[1]);
    if (value === null || /^votes?$/i.test(m[2])) continue;
    const verb = m[3].toLowerCase();
    const side = /oppos|against/.test(verb) ? 'against' : /abstain/.test(verb) ? 'abstain' : 'for';
    counts[side] = (counts[side] ?? 0) + value;
  }
  const both = (counts.for !== null || labelled.for !== null) && (counts.against !== null || labelled.against !== null);
  return both && (counts.for !== null || counts.against !== null) ? counts : null;
}

/** "Thirteen of the council's 15 members voted to extend …": one side, and the body's size. */
function readShareOfMembers(text: string): { counts: SideCounts; size: number | null } | null {
  const m = SHARE_OF_MEMBERS.exec(text);
  const value = m ? parseNumber(m[1]) : null;
  if (!m || value === null) return null;
  const counts = emptyCounts();
  counts[/against|opposed/i.test(m[3]) ? 'against' : 'for'] = value;
  return { counts, size: parseNumber(m[2]) };
}

/** Shares of the votes: "85% were in favour", "57% … voted to join and 43% to stay out", "backed by 62.4% of votes cast". */
function readPercents(text: string, reversed: boolean): SidePercents | null {
  const percent = emptyPercent();
  let found = false;
  let firstInfinitive: string | null = null;
  // "threw out the offer by 71 percent to 29 percent": after a rejection the larger share is against
  const [first, second]: (keyof SidePercents)[] = reversed ? ['against', 'for'] : ['for', 'against'];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    const value = Number(m[1]);
    const before = tail(text, m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    let side: keyof SidePercents | null = null;
    const label = SHARE_LABEL.exec(after);
    if (!label && (/\bturnout\b[^.;,]{0,20}$/i.test(before) || /^\s+(?:turnout|of\s+(?:the\s+)?(?:electorate|registered))/i.test(after))) continue;
    if (label) {
      const word = label[1].toLowerCase();
      if (word.startsWith('to ')) {
        firstInfinitive ??= word;
        side = word === firstInfinitive ? 'for' : 'against';
      } else side = /against|^no$|opposed|rejected/.test(word) ? 'against' : 'for';
    } else if (SHARE_WON.test(before) || /^\s+(?:support|backing|approval)\b/i.test(after)) side = 'for';
    else if (/^\s+opposition\b/i.test(after)) side = 'against';
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against one sentence (at most sentenceMaxChars) or a window of it
    else if (/\b(?:backed|supported|approved|endorsed|passed|agreed|agree|adopted|carried)\s*,?\s+(?:by|with)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?$/i.test(before)) side = 'for';
    else if (/\b(?:rejected|opposed|defeated)\s+(?:by|with)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?$/i.test(before)) side = 'against';
    // "for the amendments voted 56.3 percent …, and against were 41.9 percent"
    else if (LABEL_BEFORE_SHARE.test(before)) side = /\bagainst\b[^,;]*$/i.test(before) ? 'against' : 'for';
    else if (/^\s*to\s+(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)/i.test(after) && percent[first] === null) side = first;
    else if (/\d\s*(?:%|percent|per\s+cent)\s+to\s+$/i.test(before) && percent[first] !== null) side = second;
    if (!side || percent[side] !== null) continue;
    percent[side] = value;
    found = true;
  }
  return found ? percent : null;
}

export { emptyCounts, emptyPercent };
