// Entities of a document: people, organisations, places, nationalities,
// dates, amounts and other named things, one entity per thing with every
// mention. A pure function of the document, computed once per document
// object (the quotation extractor asks again to name speakers).

import type { Entity, EntityType } from '../../facts.js';
import { located, type TextDocument } from '../../text/document.js';
import { tagWithCompromise } from './01-candidates.js';
import { markTitles, roleAfter, roleBefore } from './02-titles-and-roles.js';
import { matchGazetteers } from './03-gazetteers.js';
import { findNameSpans } from './04-split-and-trim.js';
import { typeSpans } from './05-types.js';
import { harmonizeTypes, mergeMentions, nameWords, type NameMention } from './06-merge.js';
import { findDates } from './07-dates.js';
import { findAmounts } from './08-numbers.js';
import { tokenize } from './tokens.js';

const cache = new WeakMap<TextDocument, Entity[]>();

export function extractEntities(doc: TextDocument): Entity[] {
  let entities = cache.get(doc);
  if (!entities) {
    entities = compute(doc);
    cache.set(doc, entities);
  }
  return entities;
}

function compute(doc: TextDocument): Entity[] {
  const tokens = tokenize(doc);
  tagWithCompromise(doc, tokens);
  const matches = matchGazetteers(tokens);
  const covered = new Uint8Array(tokens.tokens.length);
  for (const m of matches) covered.fill(1, m.from, m.to);
  const titles = markTitles(tokens, covered);
  const spans = typeSpans(tokens, findNameSpans(tokens, matches, titles), titles);
  harmonizeTypes(spans, tokens.tokens);

  const names: NameMention[] = spans.map((s) => {
    const start = tokens.tokens[s.from].start;
    const end = tokens.tokens[s.to - 1].end;
    const mention: NameMention = { start, end, text: doc.text.slice(start, end), type: s.type, group: -1 };
    if (s.type === 'person') {
      const role = roleBefore(doc.text, tokens, titles, s.from) ?? roleAfter(doc.text, tokens, s.to);
      if (role) mention.role = role;
    }
    return mention;
  });

  const entities: Entity[] = mergeMentions(names, doc.text).map((group) => toEntity(doc, group));
  // A date or an amount inside a name ("Super Tuesday", "Boeing 747") is part of that name.
  const named = new Uint8Array(doc.text.length);
  for (const n of names) named.fill(1, n.start, n.end);
  const free = (m: { start: number; end: number }) => !named.subarray(m.start, m.end).some((x) => x);
  entities.push(...groupMentions(doc, findDates(doc.text).filter(free), (d) => `${d.text.toLowerCase()}|${d.value ?? ''}`, () => 'date'));
  entities.push(...groupMentions(doc, findAmounts(doc.text).filter(free), (a) => `${a.type}|${a.text}`, (a) => a.type));
  return entities.sort((a, b) => a.mentions[0].span.start - b.mentions[0].span.start || a.mentions[0].span.end - b.mentions[0].span.end);
}

interface Found {
  start: number;
  end: number;
  text: string;
  value?: string;
}

/** One entity per key (the same date or amount written again), named by its first mention. */
function groupMentions<T extends Found>(doc: TextDocument, found: readonly T[], keyOf: (item: T) => string, typeOf: (item: T) => EntityType): Entity[] {
  const groups = new Map<string, Entity>();
  for (const item of found) {
    const mention = located(doc, item.start, item.end);
    const known = groups.get(keyOf(item));
    if (known) {
      known.mentions.push(mention);
      continue;
    }
    const entity: Entity = { name: item.text, type: typeOf(item), aliases: [], mentions: [mention] };
    if (item.value) entity.value = item.value;
    groups.set(keyOf(item), entity);
  }
  return [...groups.values()];
}

function toEntity(doc: TextDocument, group: NameMention[]): Entity {
  // The fullest form names the entity: most words, then longest, then first seen.
  let name = group[0].text;
  for (const m of group) {
    const [a, b] = [nameWords(m.text).length, nameWords(name).length];
    if (a > b || (a === b && m.text.length > name.length)) name = m.text;
  }
  if (group[0].type === 'nationality') name = group.find((m) => !/s$/.test(m.text))?.text ?? name;
  const aliases: string[] = [];
  for (const m of group) if (m.text !== name && !aliases.includes(m.text)) aliases.push(m.text);
  const entity: Entity = {
    name,
    type: group[0].type,
    aliases,
    mentions: group.map((m) => located(doc, m.start, m.end)),
  };
  const role = group.find((m) => m.role)?.role;
  if (role) entity.role = role;
  return entity;
}

/** The entity with a mention covering exactly [start, end), or else the innermost one overlapping it. */
export function entityAt(doc: TextDocument, start: number, end: number): Entity | undefined {
  let best: Entity | undefined;
  let bestLength = Infinity;
  for (const entity of extractEntities(doc)) {
    for (const m of entity.mentions) {
      if (m.span.start === start && m.span.end === end) return entity;
      if (m.span.start < end && start < m.span.end && m.span.end - m.span.start < bestLength) {
        best = entity;
        bestLength = m.span.end - m.span.start;
      }
    }
  }
  return best;
}

/**
 * The entity a name refers to: one whose name, alias or mention equals it
 * (case, dots and a leading "the" aside), or else the person or organisation
 * whose name contains all of its words ("Miller" -> "Matthew Miller").
 */
export function findEntityByName(doc: TextDocument, name: string, types?: readonly EntityType[]): Entity | undefined {
  const words = nameWords(name);
  if (!words.length) return undefined;
  const key = words.join(' ');
  const candidates = extractEntities(doc).filter((e) => !types || types.includes(e.type));
  const exact = candidates.find((e) => [e.name, ...e.aliases].some((n) => nameWords(n).join(' ') === key));
  if (exact) return exact;
  return candidates.find((e) => (e.type === 'person' || e.type === 'organization') && words.every((w) => nameWords(e.name).includes(w)));
}

