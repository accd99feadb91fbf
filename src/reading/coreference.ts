// What a name, a pronoun or a description in the text refers to, resolved
// against the document's entities: full names, surnames ("Miller" →
// "Matthew Miller"), title + surname ("Ms Okafor"), acronyms merged with
// their expansions, pronouns by gender and number, and definite
// descriptions ("the ministry", "the ambassador"). Every look-up is indexed:
// by position (binary search over the sorted mentions) or by name (maps).

import type { Entity, EntityType } from '../facts.js';
import { lexiconTags } from '../lexicon/gazetteers.js';
import { ABBREVIATIONS_BY_CLASS, HONORIFICS } from '../lexicon/words.js';
import { THRESHOLDS } from '../rules/thresholds.js';
import { lastStartingBy } from '../text/search.js';
import { nameWords } from './entities/merge.js';

export type Gender = 'male' | 'female';

/** One mention of a person or organisation, in text order. */
export interface NamedMention {
  entity: Entity;
  start: number;
  end: number;
}

/** A resolution and the rule that made it. */
export interface Referent {
  entity: Entity;
  rule: string;
}

/** A title before a surname ("Ms Okafor", "Sen. Reyes"): honorifics and abbreviated titles. */
const TITLE_WORDS = new Set([...HONORIFICS, ...[...ABBREVIATIONS_BY_CLASS.title].map((t) => t.toLowerCase())]);

const PRONOUN_REACH = THRESHOLDS.antecedentReach;

/** male or female when the first name is listed as one, else undefined. */
export function genderOf(name: string): Gender | undefined {
  const tags = lexiconTags(name.split(/\s+/)[0].toLowerCase());
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return undefined;
}

/** The office a role names: its last word before "of", "for", "to"… ("Foreign Minister of X" → "minister"). */
function roleHead(role: string): string | undefined {
  const words = nameWords(role.split(/\s(?:of|for|to|at|in|with|from)\s/i)[0]);
  return words[words.length - 1];
}

/** Index of the last item starting before `offset` (offsets are whole numbers), or -1. */
const lastBefore = (list: readonly { start: number }[], offset: number): number => lastStartingBy(list, offset - 1);

export class Coreference {
  /** Every mention of every entity, sorted by start. */
  private readonly mentions: NamedMention[] = [];
  /** Mentions of people and organisations only: the antecedents of pronouns. */
  private readonly agents: NamedMention[] = [];
  /** Normalised name or alias → entity (the first one named so). */
  private readonly byKey = new Map<string, Entity>();
  /** A word of a person's or organisation's name → those entities, in order. */
  private readonly byWord = new Map<string, Entity[]>();
  /** Surname → the fullest person name ending in it. */
  private readonly surnames = new Map<string, string>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      for (const m of entity.mentions) this.mentions.push({ entity, start: m.span.start, end: m.span.end });
      for (const name of [entity.name, ...entity.aliases]) {
        const key = nameWords(name).join(' ');
        if (key && !this.byKey.has(key)) this.byKey.set(key, entity);
      }
      if (entity.type !== 'person' && entity.type !== 'organization') continue;
      for (const word of new Set(nameWords(entity.name))) {
        const list = this.byWord.get(word) ?? [];
        list.push(entity);
        this.byWord.set(word, list);
      }
      if (entity.type === 'person') this.noteSurname(entity.name);
    }
    this.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const m of this.mentions) if (m.entity.type === 'person' || m.entity.type === 'organization') this.agents.push(m);
  }

  private noteSurname(name: string): void {
    const words = name.split(' ');
    const surname = words[words.length - 1];
    if (words.length > 1 && name.length > (this.surnames.get(surname)?.length ?? 0)) this.surnames.set(surname, name);
  }

  /** The entity with a mention covering exactly [start, end), or else the shortest one overlapping it. */
  entityAt(start: number, end: number): Entity | undefined {
    let best: NamedMention | undefined;
    // Mentions do not nest, so the few that start before `end` and reach past `start` are all there is.
    const top = lastBefore(this.mentions, end);
    for (let k = top; k >= 0 && k > top - 8; k--) {
      const m = this.mentions[k];
      if (m.start === start && m.end === end) return m.entity;
      if (m.end > start && (!best || m.end - m.start < best.end - best.start)) best = m;
    }
    return best?.entity;
  }

  /**
   * The entity a name refers to: one whose name or alias equals it (case,
   * dots and a leading "the" aside), or else the person or organisation
   * whose name holds all of its words ("Miller" → "Matthew Miller").
   */
  byName(name: string, types?: readonly EntityType[]): Entity | undefined {
    const words = nameWords(name);
    if (!words.length) return undefined;
    const exact = this.byKey.get(words.join(' '));
    if (exact && (!types || types.includes(exact.type))) return exact;
    const fits = (e: Entity) => (!types || types.includes(e.type)) && words.every((w) => nameWords(e.name).includes(w));
    return (this.byWord.get(words[words.length - 1]) ?? []).find(fits);
  }

  /** "Miller" or "Mr. Miller" → "Matthew Miller" when the document gives the full name. */
  fullName(name: string): string {
    const space = name.indexOf(' ');
    const bare = space > 0 && TITLE_WORDS.has(name.slice(0, space).toLowerCase().replace(/\.$/, '')) ? name.slice(space + 1).trimStart() : name;
    if (bare.includes(' ')) return bare;
    return this.surnames.get(bare) ?? bare;
  }

  /** The latest person or organisation mentioned before `offset` that `fits`, within the reach of an antecedent. */
  private latestThat(offset: number, fits: (entity: Entity) => boolean): NamedMention | undefined {
    const top = lastBefore(this.agents, offset);
    for (let k = top; k >= 0 && k > top - PRONOUN_REACH; k--) if (fits(this.agents[k].entity)) return this.agents[k];
    return undefined;
  }

  /** The latest person or organisation mentioned before `offset`, of `types`, of the pronoun's gender where the first name tells. */
  latest(types: readonly EntityType[], offset: number, gender?: Gender, skip?: (entity: Entity) => boolean): NamedMention | undefined {
    const other = gender === 'male' ? 'female' : 'male';
    return this.latestThat(offset, (e) => types.includes(e.type) && !(gender && e.type === 'person' && genderOf(e.name) === other) && !skip?.(e));
  }

  /** "the ministry" → the latest organisation before `offset` whose name of several words holds the noun. */
  organizationCalled(noun: string, offset: number): NamedMention | undefined {
    const word = noun.toLowerCase();
    return this.latestThat(offset, (e) => e.type === 'organization' && e.name.includes(' ') && nameWords(e.name).includes(word));
  }

  /** "the ambassador" → the latest person before `offset` whose role is that office. */
  personCalled(noun: string, offset: number): NamedMention | undefined {
    const word = noun.toLowerCase();
    return this.latestThat(offset, (e) => e.type === 'person' && e.role !== undefined && roleHead(e.role) === word);
  }
}
