// Who a vote's body and voters are among the document's entities, through
// the reading's coreference. A voter named by a pronoun ("He was among the
// members who voted against") is the latest person of that gender named
// before the sentence, given by the first full form of that person's name.

import type { EntityType } from '../../facts.js';
import type { Coreference } from '../../reading/coreference.js';
import type { BodyFound } from './05-body-subject.js';

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

/** A voter as named, a pronoun resolved to the person it stands for; null when a pronoun stands for no one known. */
export function resolveVoter(coreference: Coreference, raw: string, offset: number): Voter | null {
  const pronoun = PRONOUN.exec(raw);
  if (pronoun) {
    const found = coreference.latest(['person'], offset, pronoun[1] ? 'male' : 'female');
    if (!found) return null;
    // the person as first named in full ("Ann Smith", not a later "Ann Mary Smith, 61")
    const full = found.entity.mentions.find((m) => /\S\s+\S/.test(m.text));
    return { name: full?.text ?? coreference.fullName(found.entity.name), entity: found.entity.id };
  }
  return { name: raw, entity: coreference.byName(raw, VOTER_TYPES)?.id ?? null };
}
