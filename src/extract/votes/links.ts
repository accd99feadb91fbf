// Who a vote's body and voters are among the document's entities, through
// the reading's coreference. A voter named by a pronoun ("He was among the
// members who voted against") is the latest person of that gender named
// before the sentence, given by the first full form of that person's name.

import type { Entity, EntityType } from '../../facts.js';
import type { Coreference } from '../../reading/coreference.js';
import { COURTESY_TITLES, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/words.js';
import type { BodyFound } from './05-body-subject.js';
import { MEMBER_NOUNS } from './lexicon.js';

/** A body is an organisation, or the people of a place voting in a referendum ("Ireland voted", "Britons voted"). */
const BODY_TYPES: readonly EntityType[] = ['organization', 'place', 'nationality'];
const ORGANIZATION: readonly EntityType[] = ['organization'];
const VOTER_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

const PRONOUN = /^(?:(he)|(she))$/i;

export interface Voter {
  name: string;
  entity: string | null;
}

/**
 * The id of the entity the body resolves to: the entity named where the
 * body's head word stands (not "Taiwan" in "the legislature of Taiwan"),
 * else the organisation of the same name.
 */
export function bodyEntity(coreference: Coreference, body: BodyFound | null): string | null {
  if (!body) return null;
  for (const mention of body.mentions) {
    const { start, end } = mention.headSpan;
    const at = coreference.entityAt(start, end);
    if (at && BODY_TYPES.includes(at.type) && at.mentions.some((m) => m.span.start <= start && end <= m.span.end)) return at.id;
  }
  return coreference.byName(body.name, ORGANIZATION)?.id ?? null;
}

/** A person as the article first names them in full ("Ann Smith", not a later "Smith" or "Ann Mary Smith, 61"). */
export function personVoter(entity: Entity): Voter {
  const names = entity.mentions.map((m) => withoutTitles(m.text));
  return { name: names.find((n) => /\S\s+\S/.test(n)) ?? withoutTitles(entity.name), entity: entity.id };
}

/** Party labels that stand before a voter's name like a title ("Democrat Ron Fairweather"). */
const PARTY_LABELS = new Set(['democrat', 'republican', 'independent', 'conservative', 'liberal', 'socialist', 'labour', 'green']);

export const isTitle = (word: string): boolean => {
  const w = word.toLowerCase().replace(/\.$/, '');
  const singular = w.replace(/(?<=[a-z]{3})s$/, '');
  return [w, singular].some((x) => TITLE_HEADS.has(x) || TITLE_MODIFIERS.has(x) || COURTESY_TITLES.has(x) || MEMBER_NOUNS.has(`${x}s`) || PARTY_LABELS.has(x));
};

/** "Lord Justice Ama Hale" → "Ama Hale", "Councilors Ed Lin" → "Ed Lin": the name without the titles before it. */
export function withoutTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && isTitle(words[i])) i++;
  return words.slice(i).join(' ');
}

/** A voter as named, a pronoun resolved to the person it stands for; null when a pronoun stands for no one known. */
export function resolveVoter(coreference: Coreference, raw: string, offset: number): Voter | null {
  const pronoun = PRONOUN.exec(raw);
  if (pronoun) {
    const found = coreference.latest(['person'], offset, pronoun[1] ? 'male' : 'female');
    return found ? personVoter(found.entity) : null;
  }
  const entity = coreference.byName(raw, VOTER_TYPES) ?? coreference.byName(withoutTitles(raw), VOTER_TYPES);
  if (entity?.type === 'person') return personVoter(entity);
  return { name: entity ? raw : withoutTitles(raw), entity: entity?.id ?? null };
}
