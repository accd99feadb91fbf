// Dates. Absolute ("March 2024", "2006", "1996-08-22"), relative
// ("on Thursday", "last August", "the beginning of March", "yesterday") and
// ranges ("since 2019", "1996-97", "from May to July"). A date's `value` is
// normalized (ISO 8601: "2019", "2024-03", "2019/.." for an open range) where
// the text allows it, relative to the document's own date (its dateline),
// never to the clock.

import { MONTHS, WEEKDAYS } from '../lexicon/words.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  value?: string;
}

const M =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const W = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const Y = '(?:1[6-9]\\d\\d|20\\d\\d)';
const D = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const WD = `(?:${W},?\\s+)?`;

interface Core {
  start: number;
  end: number;
  /** What the expression pins down: year, month (1-12), day, weekday (0 = Monday), relative day offset. */
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  offset?: number;
  /** The year is uncertain (month or weekday alone). */
  loose?: boolean;
}

const monthOf = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
const weekdayOf = (s: string) => WEEKDAYS.indexOf(s.toLowerCase());
const num = (s: string) => parseInt(s, 10);

const wordAt = (re: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${re})(?![\\p{L}\\p{N}])`, 'gu');

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => Omit<Core, 'start' | 'end'> | null }> = [
  { re: /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}-])/gu, read: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }) },
  { re: wordAt(`${WD}(${M})\\s+(${D}),?\\s+(${Y})`), read: (m) => ({ month: monthOf(m[1]), day: num(m[2]), year: num(m[3]) }) },
  { re: wordAt(`${WD}(${D})\\s+(${M}),?\\s+(${Y})`), read: (m) => ({ day: num(m[1]), month: monthOf(m[2]), year: num(m[3]) }) },
  { re: wordAt(`(${M}),?\\s+(${Y})`), read: (m) => ({ month: monthOf(m[1]), year: num(m[2]) }) },
  { re: wordAt(`${WD}(${M})\\s+(${D})`), read: (m) => ({ month: monthOf(m[1]), day: num(m[2]), loose: true }) },
  { re: wordAt(`${WD}(${D})\\s+(${M})`), read: (m) => ({ day: num(m[1]), month: monthOf(m[2]), loose: true }) },
  { re: wordAt(`(${W})`), read: (m) => ({ weekday: weekdayOf(m[1]), loose: true }) },
  { re: wordAt(`(${M})`), read: (m) => ({ month: monthOf(m[1]), loose: true }) },
  { re: wordAt(`(${Y})s`), read: (m) => ({ year: num(m[1]), loose: true }) },
  { re: wordAt(`(${Y})`), read: (m) => ({ year: num(m[1]) }) },
  { re: /(?<![\p{L}])(today|yesterday|tomorrow|tonight)(?![\p{L}])/giu, read: (m) => ({ offset: { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[1].toLowerCase()] }) },
  {
    re: /(?<![\p{L}])(?:(?:last|next|this|past|coming|earlier this|later this)\s+(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter|decade|century)|(?:(?<!\d)\d{1,4}|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago)(?![\p{L}])/giu,
    read: () => ({ loose: true }),
  },
];

/** A month or year word alone is a date only where it reads like one ("in May", not "may"). */
const DATE_LEAD = /(?:\b(?:in|since|by|until|till|of|last|next|this|early|late|mid|during|from|to|through|before|after|between|and|or|on|around|circa|the|season|year|fiscal|end|beginning|start|middle)\s+|mid-|[(,–-]\s*)$/i;

function plausible(text: string, core: Core, matched: string): boolean {
  const before = text.slice(Math.max(0, core.start - 24), core.start);
  if (/^(May|March)$/.test(matched) && !DATE_LEAD.test(before)) return false;
  if (/^\p{Ll}/u.test(matched) && core.month && !core.day && !core.year) return false;
  if (/^\d{4}$/.test(matched)) {
    const after = text.slice(core.end, core.end + 12);
    if (/^\s*(?:%|percent|per cent|[.,]\d|-\p{L})/u.test(after)) return false;
    if (/[$£€¥#]\s*$|[.,]$|\d[.,]?\s*$/.test(before)) return false;
    if (/^\s*(?:people|votes|troops|metres|meters|km|feet|kg|tonnes|tons|points|runs|yards|miles|dollars|euros|pounds|members|men|women|children|workers|cases|deaths)\b/i.test(after)) return false;
  }
  return true;
}

function findCores(text: string): Core[] {
  const cores: Core[] = [];
  const taken = new Uint8Array(text.length);
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
      const fields = read(m);
      if (!fields) continue;
      const core: Core = { start, end, ...fields };
      if (!plausible(text, core, m[0])) continue;
      taken.fill(1, start, end);
      cores.push(core);
    }
  }
  return cores.sort((a, b) => a.start - b.start);
}

// ------------------------------------------------------------ normalization

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The document's own date: a full date in its first lines (a dateline). */
export function documentDate(text: string): Date | undefined {
  const head = text.slice(0, 400);
  for (const core of findCores(head)) {
    if (core.year && core.month && core.day && !core.loose) return new Date(Date.UTC(core.year, core.month - 1, core.day));
  }
  return undefined;
}

function valueOf(core: Core, lead: string, ref: Date | undefined): string | undefined {
  const refYear = ref?.getUTCFullYear();
  if (core.offset !== undefined) {
    if (!ref) return undefined;
    return iso(new Date(ref.getTime() + core.offset * 86400000));
  }
  if (core.weekday !== undefined && core.month === undefined) {
    if (!ref) return undefined;
    // News reports the past: the last such weekday on or before the dateline, unless "next".
    const refDay = (ref.getUTCDay() + 6) % 7;
    let delta = core.weekday - refDay;
    if (/\bnext\s*$/i.test(lead)) delta = delta <= 0 ? delta + 7 : delta;
    else if (delta > 0) delta -= 7;
    return iso(new Date(ref.getTime() + delta * 86400000));
  }
  if (core.year && core.loose && !core.month) return `${String(core.year).slice(0, 3)}X`; // a decade
  let year = core.year;
  if (!year && core.month && refYear !== undefined && ref) {
    year = refYear;
    const refMonth = ref.getUTCMonth() + 1;
    if (/\blast\s*$/i.test(lead) && core.month >= refMonth) year -= 1;
    else if (/\bnext\s*$/i.test(lead) && core.month <= refMonth) year += 1;
    // a month alone is the nearest one: "in January" in an article of December is the January after it
    else if (!/\b(?:last|next|this)\s*$/i.test(lead)) year += core.month - refMonth > 6 ? -1 : refMonth - core.month >= 6 ? 1 : 0;
  }
  if (!year) return undefined;
  if (!core.month) return String(year);
  if (!core.day) return `${year}-${pad(core.month)}`;
  return `${year}-${pad(core.month)}-${pad(core.day)}`;
}

// ------------------------------------------------------------ expressions

const LEAD = /(?:(?:the\s+)?(?:beginning|start|end|middle|first half|second half|first week|last week|first days?|last days?)\s+of\s+)?(?:(?:last|next|this|early|late|earlier this|later this)\s+|mid-?)?$/i;
const RANGE_LEAD = /(?:since|until|till|through)\s+$/i;

const CLOCK_AFTER = /^\s*(?:UTC|GMT|hours|hrs|[A-Z]{2}T)\b/;

/** Date mentions of a text, with values where the text allows. */
export function findDates(text: string): DateMention[] {
  const ref = documentDate(text);
  const cores = findCores(text);
  const out: DateMention[] = [];
  for (let k = 0; k < cores.length; k++) {
    const core = cores[k];
    let start = core.start;
    let end = core.end;
    const before = text.slice(Math.max(0, start - 40), start);
    const lead = LEAD.exec(before)?.[0] ?? '';
    if (lead) start -= lead.length;
    // No leading "the" in a mention.
    const the = /^the\s+/i.exec(text.slice(start, end));
    if (the) start += the[0].length;
    let value = valueOf(core, lead, ref);
    const range = RANGE_LEAD.exec(text.slice(Math.max(0, start - 12), start));
    if (range) {
      start -= range[0].length;
      if (value) value = /^(until|till|through)/i.test(range[0]) ? `../${value}` : `${value}/..`;
    }
    // "1996-97", "2019–2024", "from May to July": one range.
    const next = cores[k + 1];
    if (next) {
      const gap = text.slice(end, next.start);
      const from = /^from\s/i.test(text.slice(Math.max(0, start - 5), start)) ? 5 : 0;
      if (/^\s*[-–]\s*$/.test(gap) || (/^\s+(?:to|and|until)\s+$/i.test(gap) && (from || /between\s+$/i.test(text.slice(start - 8, start))))) {
        const later = valueOf(next, '', ref);
        if (from) start -= from;
        end = next.end;
        value = value && later ? `${value}/${later}` : undefined;
        k += 1;
      }
    }
    const short = /^([-–])(\d{2})(?![\p{N}-])/u.exec(text.slice(end, end + 4));
    if (short && core.year && !core.month && !core.loose) {
      const second = Math.floor(core.year / 100) * 100 + num(short[2]);
      end += short[0].length;
      value = `${core.year}/${second}`;
    }
    // "1639 UTC", "0800 hours": a clock time, not a year
    if (/^\d{4}$/.test(text.slice(start, end)) && CLOCK_AFTER.test(text.slice(end, end + 10))) continue;
    out.push({ start, end, text: text.slice(start, end), ...(value ? { value } : {}) });
  }
  return out;
}
