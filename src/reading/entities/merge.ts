// One entity per thing. First the document agrees with itself (a
// surname alone is the person named in full elsewhere; one string, one type),
// then mentions are merged: "Miller" into "Matthew Miller", "UN" into "United
// Nations", "(WHO)" into the name before it, "US" / "U.S." into "United
// States", "Security Council" and "Council" into "UN Security Council".
// Metonyms stay their own places: "Moscow" is never merged into "Russia".

import type { EntityType } from '../../facts.js';
import { canonicalPlace, isCountry } from '../../lexicon/gazetteers.js';
import { LEGAL_FORMS, ORG_HEADS } from '../../lexicon/words.js';
import type { Token } from '../../text/tokens.js';
import type { TypedSpan } from './name-types.js';
import { placeByContext } from './place-context.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

export interface NameMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  role?: string;
  rule: string;
  /** Key of the entity the mention belongs to, set by merging. */
  group: number;
}

const STOP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'in', 'on']);

/** Words of a name for comparing: lower case, no dots or apostrophes, no leading "the". */
export function nameWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words[0] === 'the' ? words.slice(1) : words;
}

const keyOf = (text: string) => nameWords(text).join(' ');

function initials(text: string): string {
  return nameWords(text)
    .filter((w) => !STOP.has(w))
    .map((w) => w[0])
    .join('');
}

/** One string, one type; a word that is a known person's surname (or first name) is that person. */
export function harmonizeTypes(spans: TypedSpan[], tokens: Token[]): void {
  const keyFor = (s: TypedSpan) =>
    tokens
      .slice(s.from, s.to)
      .map((t) => t.lower)
      .join(' ');
  const personWords = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'person' || s.to - s.from < 2) continue;
    personWords.add(tokens[s.to - 1].lower);
    personWords.add(tokens[s.from].lower);
  }
  // "Sierra Semiconductor" ... "Sierra", "Thai Raksa Chart Party" ... "Thai Raksa Chart":
  // the short name of an organisation named in full.
  const orgPrefixes = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'organization' || s.to - s.from < 2) continue;
    let key = '';
    for (let i = s.from; i < s.to - 1; i++) orgPrefixes.add((key += (key ? ' ' : '') + tokens[i].lower));
  }
  // "Kestrel Dynamics Inc" ... "Kestrel Dynamics": a company's name without its legal form, whatever typed it.
  const companies = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'organization' || s.to - s.from < 2 || !LEGAL_FORMS.has(tokens[s.to - 1].lower)) continue;
    let key = '';
    for (let i = s.from; i < s.to - 1; i++) companies.add((key += (key ? ' ' : '') + tokens[i].lower));
  }
  for (const s of spans) {
    if (s.type === 'nationality') continue;
    const key = keyFor(s);
    if (isCountry(key)) continue;
    if (companies.has(key)) {
      if (s.type !== 'organization') [s.type, s.rule] = ['organization', 'entity.short-organization-name'];
      continue;
    }
    if (s.type === 'person' && !(s.to - s.from === 1 && placeByContext(tokens, s.from))) continue;
    if (s.to - s.from === 1 && placeByContext(tokens, s.from)) {
      [s.type, s.rule, s.confidence] = ['place', 'entity.place-by-context', 1];
    } else if (s.to - s.from === 1 && personWords.has(key)) {
      s.type = 'person';
      s.rule = 'entity.surname-of-person';
      s.confidence = Math.max(s.confidence, 0.8);
    } else if (s.type !== 'organization' && orgPrefixes.has(key) && s.confidence < 0.8 && !(s.gazetteer && s.gazetteer.weight >= THRESHOLDS.strongGazetteerWeight)) {
      s.type = 'organization';
      s.rule = 'entity.short-organization-name';
    }
  }
  // "UN", "(WHO)": an acronym of a name in the document is of that name's type.
  const byInitials = new Map<string, TypedSpan>();
  spans.forEach((s, k) => {
    if (s.to - s.from < 2 || s.type === 'person') return;
    const words = tokens.slice(s.from, s.to).map((t) => t.lower);
    byInitials.set(initials(words.join(' ')).toUpperCase(), s);
    const open = tokens[s.to];
    const next = spans[k + 1];
    if (open?.text === '(' && next && next.from === s.to + 1 && next.to === s.to + 2 && tokens[next.to]?.text === ')') {
      byInitials.set(tokens[next.from].text.replace(/\./g, ''), s);
    }
  });
  for (const s of spans) {
    const compact = s.to - s.from === 1 ? tokens[s.from].text.replace(/\./g, '') : '';
    const long = /^\p{Lu}{2,7}$/u.test(compact) ? byInitials.get(compact) : undefined;
    if (long && !isCountry(tokens[s.from].lower)) {
      s.type = long.type;
      s.rule = 'entity.acronym-of-name';
      s.confidence = Math.max(s.confidence, 0.95);
    }
  }
  // "Tennessee, Texas, Utah": a name that may be a place, listed among places, is one.
  spans.forEach((s, k) => {
    if (s.gazetteer?.alternative !== 'place' || s.type === 'place') return;
    const listed = (other: TypedSpan | undefined, from: number, to: number) =>
      other?.type === 'place' && to - from === 1 && /^(,|and|or)$/.test(tokens[from].lower);
    if (listed(spans[k - 1], spans[k - 1]?.to ?? 0, s.from) || listed(spans[k + 1], s.to, spans[k + 1]?.from ?? 0)) {
      s.type = 'place';
      s.rule = 'entity.listed-among-places';
    }
  });
  const votes = new Map<string, Map<EntityType, number>>();
  for (const s of spans) {
    const key = keyFor(s);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + s.confidence);
    votes.set(key, v);
  }
  for (const s of spans) {
    const v = votes.get(keyFor(s))!;
    if (v.size < 2) continue;
    let best = s.type;
    for (const [type, weight] of v) if (weight > (v.get(best) ?? 0)) best = type;
    if (best !== s.type) s.rule = 'entity.same-name-same-type';
    s.type = best;
  }
}

/**
 * Gives each mention the group of the entity it belongs to. Mentions are
 * visited in text order; a later, longer form (a full name after a surname)
 * still gathers the earlier short ones, since grouping compares all forms.
 */
export function mergeMentions(mentions: NameMention[], source: string): NameMention[][] {
  const groups: NameMention[][] = [];
  const keyed = new Map<string, number>(); // type + key -> group
  const groupKey = (m: NameMention) => {
    const canonical = m.type === 'place' ? canonicalPlace(m.text.toLowerCase()) : undefined;
    // "Russians" are the "Russian" nationality.
    if (m.type === 'nationality') return `${m.type}:${keyOf(m.text).replace(/s$/, '')}`;
    return `${m.type}:${keyOf(canonical ?? m.text)}`;
  };
  // 1. identical names (and country aliases) form a group.
  for (const m of mentions) {
    const key = groupKey(m);
    let g = keyed.get(key);
    if (g === undefined) {
      g = groups.length;
      groups.push([]);
      keyed.set(key, g);
    }
    m.group = g;
    groups[g].push(m);
  }
  // 2. shorter forms join the longer group they belong to.
  const target = new Array<number>(groups.length).fill(-1);
  // Each group's fullest form (most words, first seen on a tie), its words counted once per mention.
  const fullForms: NameMention[] = [];
  const fullWords: string[][] = [];
  for (const g of groups) {
    let [form, words] = [g[0], nameWords(g[0].text)];
    for (let i = 1; i < g.length; i++) {
      const next = nameWords(g[i].text);
      if (next.length > words.length) [form, words] = [g[i], next];
    }
    fullForms.push(form);
    fullWords.push(words);
  }
  for (let g = 0; g < groups.length; g++) {
    const short = fullForms[g];
    const words = fullWords[g];
    // Of the longer names it may belong to, the last one named before it, else the first after it.
    let before = -1;
    let after = -1;
    let most = -1;
    let tied = false;
    for (let h = 0; h < groups.length; h++) {
      if (h === g || groups[h][0].type !== short.type) continue;
      if (!belongs(short, words, fullForms[h], fullWords[h], groups[h], source)) continue;
      const at = groups[h][0].start;
      if (at < short.start) {
        if (before < 0 || at > groups[before][0].start) before = h;
      } else if (after < 0 || at < groups[after][0].start) after = h;
      if (most < 0 || groups[h].length > groups[most].length) {
        most = h;
        tied = false;
      } else if (groups[h].length === groups[most].length) tied = true;
    }
    // A surname several people share is the one the text names most often in full.
    target[g] = short.type === 'person' && most >= 0 && !tied && groups[most].length > 1 ? most : before >= 0 ? before : after;
  }
  const root = (g: number): number => {
    const seen = new Set<number>();
    while (target[g] >= 0 && !seen.has(g)) {
      seen.add(g);
      g = target[g];
    }
    return g;
  };
  const merged = new Map<number, NameMention[]>();
  for (let g = 0; g < groups.length; g++) {
    const r = root(g);
    const list = merged.get(r) ?? [];
    for (const m of groups[g]) list.push(m); // a loop: a spread of a large group overflows the stack
    merged.set(r, list);
  }
  return [...merged.values()].map((list) => list.sort((a, b) => a.start - b.start));
}

/** Whether the short form names the same thing as the long one. */
function belongs(short: NameMention, words: string[], long: NameMention, longWords: string[], longGroup: NameMention[], source: string): boolean {
  if (words.length >= longWords.length && short.type !== 'organization') return false;
  switch (short.type) {
    case 'person':
      // "Miller" in "Matthew Miller"; a first name alone only when nobody else has it.
      return words.every((w) => longWords.includes(w));
    case 'organization': {
      const compact = short.text.replace(/[.\s]/g, '');
      if (/^\p{Lu}{2,7}$/u.test(compact)) {
        if (initials(long.text).toUpperCase() === compact && longWords.length >= 2) return true;
        // "the World Health Organization (WHO)": the letters in brackets right after the name.
        return longGroup.some((m) => /^\s*\(\s*$/.test(source.slice(m.end, short.start))) && short.start > long.start;
      }
      if (words.length >= longWords.length) return false;
      // "Security Council" and "Council" are the end of "UN Security Council".
      const tail = longWords.slice(longWords.length - words.length);
      return tail.join(' ') === words.join(' ') && ORG_HEADS.has(words[words.length - 1]);
    }
    default: {
      // "ISS" for "International Space Station".
      const compact = short.text.replace(/[.\s]/g, '');
      return /^\p{Lu}{2,7}$/u.test(compact) && longWords.length >= 2 && initials(long.text).toUpperCase() === compact;
    }
  }
}
