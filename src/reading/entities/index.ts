// Entities of a document: people, organisations, places, nationalities,
// dates, amounts and other named things, one entity per thing with every
// mention. The passes below run in order over one shared state, each doing
// one job; every entity records the rule that typed it.

import type { Entity, EntityType } from '../../facts.js';
import type { Tokens } from '../../text/tokens.js';
import type { Reading } from '../index.js';
import { matchGazetteers, type GazetteerMatch } from './gazetteer-matches.js';
import { harmonizeTypes, mergeMentions, nameWords, type NameMention } from './merge.js';
import { findNameSpans } from './name-spans.js';
import { typeSpans, type TypedSpan } from './name-types.js';
import { markTitles, roleAfter, roleBefore } from './titles-and-roles.js';
import { combineSpans } from './combine.js';
import { learnedSpans } from './learned-spans.js';

interface EntityState {
  readonly reading: Reading;
  readonly tokens: Tokens;
  gazetteer: GazetteerMatch[];
  /** 1 where a title stands ("Foreign Minister" before a name). */
  titles: Uint8Array;
  spans: TypedSpan[];
  names: NameMention[];
  entities: Entity[];
}

type EntityPass = (state: EntityState) => void;

/** The passes, in the order they run. */
const PASSES: ReadonlyArray<[name: string, pass: EntityPass]> = [
  ['gazetteers', (s) => (s.gazetteer = matchGazetteers(s.tokens))],
  [
    'titles',
    (s) => {
      const covered = new Uint8Array(s.tokens.tokens.length);
      for (const m of s.gazetteer) covered.fill(1, m.from, m.to);
      s.titles = markTitles(s.tokens, covered);
    },
  ],
  ['spans and types', (s) => (s.spans = typeSpans(s.tokens, findNameSpans(s.tokens, s.gazetteer, s.titles), s.titles))],
  ['learned tagger', (s) => (s.spans = combineSpans(s.tokens, s.spans, learnedSpans(s.tokens)))],
  ['one type per name', (s) => harmonizeTypes(s.spans, s.tokens.tokens)],
  ['mentions and roles', (s) => (s.names = s.spans.map((span) => nameMention(s, span)))],
  ['merge', (s) => (s.entities = mergeMentions(s.names, s.reading.text).map((group) => toEntity(s.reading, group)))],
  ['dates and amounts', addDatesAndAmounts],
  ['order and ids', orderAndNumber],
];

export function recogniseEntities(reading: Reading): Entity[] {
  const state: EntityState = {
    reading,
    tokens: reading.taggedTokens,
    gazetteer: [],
    titles: new Uint8Array(0),
    spans: [],
    names: [],
    entities: [],
  };
  for (const [, pass] of PASSES) pass(state);
  return state.entities;
}

function nameMention({ reading, tokens, titles }: EntityState, s: TypedSpan): NameMention {
  const start = tokens.tokens[s.from].start;
  const end = tokens.tokens[s.to - 1].end;
  const mention: NameMention = { start, end, text: reading.text.slice(start, end), type: s.type, rule: s.rule, group: -1 };
  if (s.type === 'person') {
    const role = roleBefore(reading.text, tokens, titles, s.from) ?? roleAfter(reading.text, tokens, s.to);
    if (role) mention.role = role;
  }
  return mention;
}

/** A date or an amount inside a name ("Super Tuesday", "Boeing 747") is part of that name. */
function addDatesAndAmounts(state: EntityState): void {
  const { reading, names, entities } = state;
  const named = new Uint8Array(reading.text.length);
  for (const n of names) named.fill(1, n.start, n.end);
  const free = (m: { start: number; end: number }) => named.subarray(m.start, m.end).indexOf(1) < 0;
  const dates = reading.dates.filter(free);
  const amounts = reading.amounts.filter(free);
  for (const e of groupMentions(reading, dates, (d) => `${d.text.toLowerCase()}|${d.value ?? ''}`, () => 'date', 'entity.date')) entities.push(e);
  for (const e of groupMentions(reading, amounts, (a) => `${a.type}|${a.text}`, (a) => a.type, 'entity.amount')) entities.push(e);
}

/** Entities in order of their first mention, numbered e1, e2, … in that order. */
function orderAndNumber(state: EntityState): void {
  state.entities.sort((a, b) => a.mentions[0].span.start - b.mentions[0].span.start || a.mentions[0].span.end - b.mentions[0].span.end);
  state.entities.forEach((entity, k) => (entity.id = `e${k + 1}`));
}

interface Found {
  start: number;
  end: number;
  text: string;
  value?: string;
}

/** One entity per key (the same date or amount written again), named by its first mention. */
function groupMentions<T extends Found>(
  reading: Reading,
  found: readonly T[],
  keyOf: (item: T) => string,
  typeOf: (item: T) => EntityType,
  rule: string,
): Entity[] {
  const groups = new Map<string, Entity>();
  for (const item of found) {
    const mention = reading.located(item.start, item.end);
    const known = groups.get(keyOf(item));
    if (known) {
      known.mentions.push(mention);
      continue;
    }
    const entity: Entity = { id: '', name: item.text, type: typeOf(item), aliases: [], mentions: [mention], ...(item.value ? { value: item.value } : {}), rule };
    groups.set(keyOf(item), entity);
  }
  return [...groups.values()];
}

function toEntity(reading: Reading, group: NameMention[]): Entity {
  // The fullest form names the entity: most words, then longest, then first seen.
  let named = group[0];
  let namedWords = nameWords(named.text).length; // counted once per mention
  for (const m of group) {
    const words = nameWords(m.text).length;
    if (words > namedWords || (words === namedWords && m.text.length > named.text.length)) [named, namedWords] = [m, words];
  }
  let name = named.text;
  if (group[0].type === 'nationality') name = group.find((m) => !/s$/.test(m.text))?.text ?? name;
  const aliases: string[] = [];
  for (const m of group) if (m.text !== name && !aliases.includes(m.text)) aliases.push(m.text);
  const role = group.find((m) => m.role)?.role;
  return {
    id: '',
    name,
    type: group[0].type,
    aliases,
    mentions: group.map((m) => reading.located(m.start, m.end)),
    ...(role ? { role } : {}),
    rule: named.rule,
  };
}
