// The gazetteers, loaded once: countries with their aliases and demonyms,
// cities, and name and word statistics from CoNLL-2003 training text (all
// written by scripts/build-gazetteers.mjs), plus compromise's own lexicon.

import countries from './data/countries.json' with { type: 'json' };
import cities from './data/cities.json' with { type: 'json' };
import conllNames from './data/conll-names.json' with { type: 'json' };
import conllTokens from './data/conll-tokens.json' with { type: 'json' };
import conllContexts from './data/conll-contexts.json' with { type: 'json' };
import commonWordList from './data/common-words.json' with { type: 'json' };
import type { EntityType } from '../facts.js';
import { compromise } from './compromise.js';

/** CoNLL's four types, as the statistics index them. */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

export interface NameInfo {
  type: EntityType;
  /** Canonical name, when the gazetteer knows one ("US" -> "United States"). */
  canonical?: string;
  /** How sure the gazetteer is, 0..1. */
  weight: number;
  source: 'country' | 'demonym' | 'city' | 'conll' | 'compromise';
  /** Another reading context may choose instead. */
  alternative?: EntityType;
}

/** Short forms everyone writes for a few countries, which the country data lists as codes or not at all. */
const COMMON_COUNTRY_FORMS: Record<string, string> = {
  us: 'United States', 'u.s.': 'United States', 'u.s.a.': 'United States', america: 'United States',
  uk: 'United Kingdom', 'u.k.': 'United Kingdom', britain: 'United Kingdom',
};

const places = new Map<string, NameInfo>();
const demonyms = new Map<string, NameInfo>();

function addCountries(): void {
  for (const c of countries as Array<{ name: string; aliases: string[]; demonyms: string[]; capitals: string[] }>) {
    const info: NameInfo = { type: 'place', canonical: c.name, weight: 1, source: 'country' };
    places.set(c.name.toLowerCase(), info);
    for (const alias of c.aliases) if (!places.has(alias.toLowerCase())) places.set(alias.toLowerCase(), info);
    for (const d of c.demonyms) {
      const nationality: NameInfo = { type: 'nationality', weight: 1, source: 'demonym' };
      demonyms.set(d.toLowerCase(), nationality);
      // The people: "Russians", "Pakistanis"; "the British", "the Chinese" stay as they are.
      if (/(an|i)$/.test(d)) demonyms.set(`${d.toLowerCase()}s`, nationality);
    }
  }
  for (const [form, name] of Object.entries(COMMON_COUNTRY_FORMS)) {
    places.set(form, { type: 'place', canonical: name, weight: 1, source: 'country' });
  }
  for (const city of cities as string[]) {
    const key = city.toLowerCase();
    if (!places.has(key)) places.set(key, { type: 'place', weight: 0.7, source: 'city' });
  }
}
addCountries();

const CONLL_TO_TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
const names = conllNames as Record<string, string>;

/** A gazetteer's word on a whole name, case-insensitive; country data first. */
export function lookupName(lower: string): NameInfo | undefined {
  const place = places.get(lower);
  if (place?.source === 'country') return place;
  const nationality = demonyms.get(lower);
  if (nationality) return nationality;
  const conll = names[lower];
  if (conll) {
    const type = conll.replace(/\d$/, '');
    const count = Number(conll.at(-1)) || 1;
    const mapped = type === 'MISC' && demonymLike(lower) ? 'nationality' : CONLL_TO_TYPE[type];
    const info: NameInfo = { type: mapped, weight: Math.min(1, 0.55 + 0.1 * count), source: 'conll' };
    // Sports pages name teams after places ("Texas", "Leeds"): where compromise knows the
    // name as a place, the team reading is only a guess that context may overturn.
    if (mapped === 'organization' && compromisePlace(lower)) info.alternative = 'place';
    return info;
  }
  if (place) return place;
  if (compromisePlace(lower)) return { type: 'place', weight: 0.8, source: 'compromise' };
  if (lexiconTags(lower).includes('Organization')) return { type: 'organization', weight: 0.8, source: 'compromise' };
  return undefined;
}

function compromisePlace(lower: string): boolean {
  return lexiconTags(lower).some((t) => t === 'Country' || t === 'Region' || t === 'City');
}

export function isDemonym(lower: string): boolean {
  return demonyms.has(lower);
}

function demonymLike(lower: string): boolean {
  return demonyms.has(lower) || /^[\p{L}-]+(an|ans|ian|ians|ese|ish|i|is)$/u.test(lower) && !lower.includes(' ');
}

export function isCountry(lower: string): boolean {
  return places.get(lower)?.source === 'country';
}

export function canonicalPlace(lower: string): string | undefined {
  const info = places.get(lower);
  return info?.source === 'country' ? info.canonical : undefined;
}

// ------------------------------------------------------------ word statistics

type TokenRow = [number, number, number, number, number, number];
const tokenRows = conllTokens as unknown as Record<string, TokenRow>;
const contexts = conllContexts as { before: Record<string, number[]>; after: Record<string, number[]> };

/** CoNLL counts of a word: [PER, ORG, LOC, MISC, capitalised otherwise, lower case]. */
export function tokenRow(lower: string): TokenRow | undefined {
  return tokenRows[lower];
}

export function contextRow(side: 'before' | 'after', lower: string): number[] | undefined {
  return contexts[side][lower];
}

// ------------------------------------------------------------ compromise's lexicon

let compromiseLexicon: Record<string, string | string[]> | undefined;

export function lexiconTags(lower: string): string[] {
  compromiseLexicon ??= (compromise().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = compromiseLexicon[lower];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const NAME_TAGS = new Set([
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Honorific',
]);

const commonWords = new Set((commonWordList as string).split('\n'));

/** A word mostly written in lower case: a capital on it says nothing by itself. */
export function isCommonWord(lower: string): boolean {
  const row = tokenRows[lower];
  if (row) {
    const named = row[0] + row[1] + row[2] + row[3] + row[4];
    return row[5] > named;
  }
  if (commonWords.has(lower)) return true;
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

/** Whether CoNLL text has this word capitalised at all (as a name or not). */
export function seenCapitalised(lower: string): boolean {
  return tokenRows[lower] !== undefined;
}

/** Words compromise knows as first names. */
export function isFirstName(lower: string): boolean {
  return lexiconTags(lower).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}
