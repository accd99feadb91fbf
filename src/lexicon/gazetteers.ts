// The gazetteers: countries with their aliases and demonyms, cities, and
// name and word statistics from CoNLL-2003 training text (all written by
// scripts/build-gazetteers.mjs), plus compromise's own lexicon. Each list is
// read on first use: a command that never looks a name up (`extract votes`
// on text without a vote) never parses its 0.9 MB.

import { readFileSync } from 'node:fs';
// Type-only imports: they keep the files beside the built code without loading them.
import type countriesFile from './data/countries.json';
import type citiesFile from './data/cities.json';
import type conllNamesFile from './data/conll-names.json';
import type conllTokensFile from './data/conll-tokens.json';
import type conllContextsFile from './data/conll-contexts.json';
import type commonWordsFile from './data/common-words.json';
import type { EntityType } from '../facts.js';
import { compromise } from './compromise.js';
import { THRESHOLDS } from '../rules/thresholds.js';

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** A word list as a dictionary: "constructor" is a word there, not Object.prototype's. */
const dictionary = <T extends object>(list: T): T => Object.setPrototypeOf(list, null) as T;

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

interface PlaceLists {
  places: Map<string, NameInfo>;
  demonyms: Map<string, NameInfo>;
}
let placeLists: PlaceLists | undefined;

function placeData(): PlaceLists {
  placeLists ??= readPlaces();
  return placeLists;
}

function readPlaces(): PlaceLists {
  const places = new Map<string, NameInfo>();
  const demonyms = new Map<string, NameInfo>();
  type Country = { name: string; aliases: string[]; demonyms: string[]; capitals: string[] };
  for (const c of readData<typeof countriesFile>('countries') as Country[]) {
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
  for (const city of readData<typeof citiesFile>('cities') as string[]) {
    const key = city.toLowerCase();
    if (!places.has(key)) places.set(key, { type: 'place', weight: 0.7, source: 'city' });
  }
  return { places, demonyms };
}

const CONLL_TO_TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
let conllNameList: Record<string, string> | undefined;
const conllNames = (): Record<string, string> =>
  (conllNameList ??= dictionary(readData<typeof conllNamesFile>('conll-names') as Record<string, string>));

/** A gazetteer's word on a whole name, case-insensitive; country data first. */
export function lookupName(lower: string): NameInfo | undefined {
  const { places, demonyms } = placeData();
  const place = places.get(lower);
  if (place?.source === 'country') return place;
  const nationality = demonyms.get(lower);
  if (nationality) return nationality;
  const conll = conllNames()[lower];
  if (conll) {
    const type = conll.replace(/\d$/, '');
    const count = Number(conll.at(-1)) || 1;
    const mapped = type === 'MISC' && demonymLike(lower) ? 'nationality' : CONLL_TO_TYPE[type];
    const info: NameInfo = { type: mapped, weight: Math.min(1, THRESHOLDS.gazetteerBaseWeight + THRESHOLDS.gazetteerWeightPerSighting * count), source: 'conll' };
    // Sports pages name teams after places ("Texas", "Leeds"): where compromise knows the
    // name as a place, the team reading is only a guess that context may overturn.
    if (mapped === 'organization' && compromisePlace(lower)) info.alternative = 'place';
    return info;
  }
  if (place) return place;
  if (compromisePlace(lower)) return { type: 'place', weight: 0.8, source: 'compromise' };
  if (lexiconHas(lower, isOrganizationTag)) return { type: 'organization', weight: 0.8, source: 'compromise' };
  return undefined;
}

let namePrefixes: Set<string> | undefined;
let unindexed = 0;

/**
 * Whether a name `lookupName` knows starts with these words (joined with
 * spaces, as names are looked up), or is them; true for anything until the
 * index is built.
 */
export function startsName(words: string): boolean {
  if (!namePrefixes) {
    // Indexing every name takes longer than a short text's look-ups without the index.
    if (++unindexed < 2000) return true;
    namePrefixes = indexNamePrefixes();
  }
  return namePrefixes.has(words);
}

function indexNamePrefixes(): Set<string> {
  const prefixes = new Set<string>();
  const add = (key: string) => {
    for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space));
    prefixes.add(key);
  };
  const { places, demonyms } = placeData();
  for (const key of places.keys()) add(key);
  for (const key of demonyms.keys()) add(key);
  for (const key in conllNames()) add(key);
  const lexicon = compromiseLexicon();
  for (const key in lexicon) if (lexiconHas(key, isPlaceTag) || lexiconHas(key, isOrganizationTag)) add(key);
  return prefixes;
}

const isPlaceTag = (tag: string) => tag === 'Country' || tag === 'Region' || tag === 'City';
const isOrganizationTag = (tag: string) => tag === 'Organization';

/** Whether compromise's lexicon gives the word a tag that passes `test` (without a list of its tags). */
function lexiconHas(lower: string, test: (tag: string) => boolean): boolean {
  const tags = compromiseLexicon()[lower];
  return tags === undefined ? false : Array.isArray(tags) ? tags.some(test) : test(tags);
}

/** A noun for a person by what they do or are ("banker", "narrator", "friend"), as compromise's lexicon tags it. */
export function isActorNoun(lower: string): boolean {
  return lexiconHas(lower, (tag) => tag === 'Actor');
}

function compromisePlace(lower: string): boolean {
  return lexiconHas(lower, isPlaceTag);
}

export function isDemonym(lower: string): boolean {
  return placeData().demonyms.has(lower);
}

function demonymLike(lower: string): boolean {
  return placeData().demonyms.has(lower) || /^[\p{L}-]+(an|ans|ian|ians|ese|ish|i|is)$/u.test(lower) && !lower.includes(' ');
}

export function isCountry(lower: string): boolean {
  return placeData().places.get(lower)?.source === 'country';
}

export function canonicalPlace(lower: string): string | undefined {
  const info = placeData().places.get(lower);
  return info?.source === 'country' ? info.canonical : undefined;
}

// ------------------------------------------------------------ word statistics

type TokenRow = [number, number, number, number, number, number];
let tokenRowList: Record<string, TokenRow> | undefined;
let contexts: { before: Record<string, number[]>; after: Record<string, number[]> } | undefined;

const tokenRows = (): Record<string, TokenRow> =>
  (tokenRowList ??= dictionary(readData<typeof conllTokensFile>('conll-tokens') as unknown as Record<string, TokenRow>));

/** CoNLL counts of a word: [PER, ORG, LOC, MISC, capitalised otherwise, lower case]. */
export function tokenRow(lower: string): TokenRow | undefined {
  return tokenRows()[lower];
}

export function contextRow(side: 'before' | 'after', lower: string): number[] | undefined {
  if (!contexts) {
    const { before, after } = readData<typeof conllContextsFile>('conll-contexts') as { before: Record<string, number[]>; after: Record<string, number[]> };
    contexts = { before: dictionary(before), after: dictionary(after) };
  }
  return contexts[side][lower];
}

// ------------------------------------------------------------ compromise's lexicon

let lexiconData: Record<string, string | string[]> | undefined;

function compromiseLexicon(): Record<string, string | string[]> {
  lexiconData ??= (compromise().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return lexiconData;
}

export function lexiconTags(lower: string): string[] {
  const tags = compromiseLexicon()[lower];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const NAME_TAGS = new Set([
  'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Honorific',
]);

let commonWords: Set<string> | undefined;

/** A word mostly written in lower case: a capital on it says nothing by itself. */
export function isCommonWord(lower: string): boolean {
  const row = tokenRows()[lower];
  if (row) {
    const named = row[0] + row[1] + row[2] + row[3] + row[4];
    return row[5] > named;
  }
  commonWords ??= new Set((readData<typeof commonWordsFile>('common-words') as string).split('\n'));
  if (commonWords.has(lower)) return true;
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

/** Whether CoNLL text has this word capitalised at all (as a name or not). */
export function seenCapitalised(lower: string): boolean {
  return tokenRows()[lower] !== undefined;
}

/** Words compromise knows as first names. */
export function isFirstName(lower: string): boolean {
  return lexiconTags(lower).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}
