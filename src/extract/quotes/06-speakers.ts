// Step 6: from a speaker phrase to a speaker: its name, type, role and
// members, with pronouns and surnames resolved to the fullest name the
// document gives before them.

import type { Entity, Speaker, SpeakerType } from '../../facts.js';
import type { Reading } from '../../reading/index.js';
import { genderOf, type Coreference, type Gender } from '../../reading/coreference.js';
import { isActorNoun, lookupName } from '../../lexicon/gazetteers.js';
import { COURTESY_TITLES, DEITIES, DOCUMENT_NOUNS, GROUP_NOUNS, SOURCE_NOUNS } from '../../lexicon/words.js';
import { THRESHOLDS } from '../../rules/thresholds.js';
import type { Token } from '../../text/tokens.js';
import type { NounPhrase } from './noun-phrase.js';
import { isFirstName, nameKind } from './name-kind.js';
import { ORGANIZATION_NOUNS, ROLE_NOUNS, ROLE_MODIFIERS } from './words.js';

export interface PhraseRef {
  tokens: Token[];
  phrase: NounPhrase;
  role?: [number, number];
  /** Known from where the name stands (a transcript's label is a person), unless an entity says otherwise. */
  type?: SpeakerType;
}

interface KnownName {
  name: string;
  type: SpeakerType;
  at: number;
  entity?: string;
}


/** How many speakers back an antecedent is looked for, as for the document's names. */
const REACH = THRESHOLDS.antecedentReach;

function textOf(doc: Reading, tokens: Token[], first: number, last: number): string {
  return doc.text.slice(tokens[first].start, tokens[last - 1].end);
}

function trimRole(role: string): string | undefined {
  // eslint-disable-next-line regexp/no-super-linear-move -- matched against a role or a speaker phrase: a few words
  const r = role.replace(/^[\s,]+|[\s,.;:]+$/g, '');
  return r.length > 0 ? r : undefined;
}

/**
 * The antecedents of pronouns and surnames: the document's people and
 * organisations (through its coreference) and the speakers this pass has
 * named so far, which a later "he said" most often continues.
 */
export class SpeakerContext {
  /** Speakers as they are resolved, in document order. */
  private readonly speakers: KnownName[] = [];
  /** Surname → the fullest name of a speaker the entities did not know. */
  private readonly surnames = new Map<string, string>();

  constructor(readonly coreference: Coreference) {}

  /** Records a resolved speaker; speakers are added in document order. */
  add(speaker: Speaker): void {
    if (!speaker.mention || !(speaker.type === 'person' || speaker.type === 'organization' || speaker.type === 'group')) return;
    const at = speaker.mention.span.start;
    const last = this.speakers[this.speakers.length - 1];
    if (last && last.at > at) return;
    this.speakers.push({ name: speaker.name, type: speaker.type, at, entity: speaker.entity });
    const words = speaker.name.split(' ');
    const surname = words[words.length - 1];
    if (speaker.type === 'person' && words.length > 1 && speaker.name.length > (this.surnames.get(surname)?.length ?? 0)) this.surnames.set(surname, speaker.name);
  }

  /** The latest name of one of `types` before `offset`, of the pronoun's gender where the first name tells. */
  latest(types: SpeakerType[], offset: number, gender?: Gender): KnownName | undefined {
    const entityTypes = types.filter((t): t is 'person' | 'organization' => t === 'person' || t === 'organization');
    const found = this.coreference.latest(entityTypes, offset, gender, (e) => DEITIES.has(e.name.toLowerCase()));
    const a: KnownName | undefined = found && { name: found.entity.name, type: found.entity.type as SpeakerType, at: found.start, entity: found.entity.id };
    let b: KnownName | undefined;
    for (let k = this.speakers.length - 1; k >= 0 && !b && k >= this.speakers.length - REACH; k--) {
      const n = this.speakers[k];
      if (n.at >= offset || !types.includes(n.type)) continue;
      if (gender && n.type === 'person' && genderOf(n.name) === (gender === 'male' ? 'female' : 'male')) continue;
      b = n;
    }
    const n = !a ? b : !b ? a : a.at > b.at ? a : b;
    return n && n.type === 'person' ? { ...n, name: this.fullName(n.name) } : n;
  }

  /** "the ministry" → "Ministry of Finance": the latest organisation before `offset` named with that noun. */
  organizationCalled(noun: string, offset: number): KnownName | undefined {
    const word = new RegExp(`(^|\\s)${noun}(\\s|$)`, 'i');
    for (let k = this.speakers.length - 1; k >= 0 && k >= this.speakers.length - REACH; k--) {
      const n = this.speakers[k];
      if (n.at < offset && n.type === 'organization' && n.name.includes(' ') && word.test(n.name)) return n;
    }
    const found = this.coreference.organizationCalled(noun, offset);
    return found && { name: found.entity.name, type: 'organization', at: found.start, entity: found.entity.id };
  }

  /** The writings whose authors the document names (see writings.ts), in text order. */
  writings: ReadonlyArray<{ noun: string; at: number; author: Speaker }> = [];

  /** "the statement" → the author of the latest statement named before `offset`. */
  authorOf(noun: string, offset: number): Speaker | undefined {
    for (let k = this.writings.length - 1; k >= 0; k--) {
      const w = this.writings[k];
      if (w.at < offset && w.noun === noun) return w.author;
    }
    return undefined;
  }

  /** "Miller" or "Mr. Miller" → "Matthew Miller" when the document gives the full name. */
  fullName(name: string): string {
    const full = this.coreference.fullName(name);
    return full.includes(' ') ? full : (this.surnames.get(full) ?? full);
  }
}

/** What kind of speaker a common noun names; a writing says nothing of its author's kind. */
function commonType(head: string): SpeakerType {
  if (ORGANIZATION_NOUNS.has(head)) return 'organization';
  if (ROLE_NOUNS.has(head)) return 'person';
  // "the banker", "a narrator"; "bankers" are many
  if (isActorNoun(head)) return /s$/.test(head) ? 'group' : 'person';
  if (DOCUMENT_NOUNS.has(head)) return 'unknown';
  if (GROUP_NOUNS.has(head) || /s$/.test(head)) return 'group';
  // "a resident", "one witness", "its anonymous source"
  return SOURCE_NOUNS.has(head) ? 'person' : 'unknown';
}

/** The person, organisation or group a pronoun ("she", "its") stands for before `offset`. */
function pronounSpeaker(pronoun: string, offset: number, names: SpeakerContext): Omit<Speaker, 'mention'> | undefined {
  // "they" is a group where one was named, else an organisation; never one person
  const types: SpeakerType[] = /^(he|she|i|his|her)$/.test(pronoun) ? ['person'] : /^(it|its)$/.test(pronoun) ? ['organization'] : ['group'];
  const gender = pronoun === 'he' || pronoun === 'his' ? 'male' : pronoun === 'she' || pronoun === 'her' ? 'female' : undefined;
  const antecedent = names.latest(types, offset, gender) ?? (types[0] === 'group' ? names.latest(['organization'], offset) : undefined);
  if (!antecedent) return undefined;
  return { name: antecedent.name, type: antecedent.type, rule: 'speaker.pronoun', ...(antecedent.entity ? { entity: antecedent.entity } : {}) };
}

/** The speaker a phrase names, resolved against the names before it; `rule` says how. */
export function speakerOf(doc: Reading, ref: PhraseRef, names: SpeakerContext): Speaker {
  const { tokens, phrase } = ref;
  const mentionStart = tokens[phrase.first].start;
  const mention = doc.located(mentionStart, tokens[phrase.last - 1].end);
  const titled = phrase.title ? textOf(doc, tokens, phrase.title[0], phrase.title[1]) : '';
  const placed = phrase.modifier ? textOf(doc, tokens, phrase.modifier[0], phrase.modifier[1]) : '';
  const written = ref.role ? textOf(doc, tokens, ref.role[0], ref.role[1]) : [titled, placed].filter(Boolean).join(' ');
  // Titles of courtesy say nothing of a role ("Sir Alan Croft", "Mr. Trump").
  const role = COURTESY_TITLES.has(written.trim().toLowerCase().replace(/\.$/, '')) ? undefined : trimRole(written);
  const withRole = (s: Speaker): Speaker => (role ? { ...s, role } : s);
  const linked = (s: Speaker, entity: string | undefined): Speaker => (entity ? { ...s, entity } : s);
  switch (phrase.kind) {
    case 'pronoun': {
      const resolved = pronounSpeaker(mention.text.toLowerCase(), mentionStart, names);
      return resolved ? { ...resolved, mention } : { name: mention.text, type: 'unknown', mention, rule: 'speaker.pronoun.unresolved' };
    }
    case 'group': {
      const members = (phrase.members ?? []).map(([a, b]) => textOf(doc, tokens, a, b));
      const first = phrase.members?.[0]?.[0] ?? phrase.first;
      return withRole({ name: textOf(doc, tokens, first, phrase.last), type: 'group', members, mention, rule: 'speaker.group' });
    }
    case 'common': {
      const text = textOf(doc, tokens, phrase.first, phrase.last).replace(/^the\s+/i, '');
      // eslint-disable-next-line regexp/no-super-linear-move -- matched against a role or a speaker phrase: a few words
      const head = (text.split(/\s+(?:of|for|on|at|in|from|with)\s+/)[0].split(/\s+/).pop() ?? '').toLowerCase();
      const type = commonType(head);
      // "the statement said": whoever the document says issued it; "her study": whoever "her" is
      if (DOCUMENT_NOUNS.has(head)) {
        const owner = /^(his|her|its|their)\s/i.exec(mention.text)?.[1].toLowerCase();
        const author = owner ? pronounSpeaker(owner, mentionStart, names) : /^(the|this|that)\s/i.test(mention.text) ? names.authorOf(head, mentionStart) : undefined;
        if (author) return withRole({ ...author, mention, rule: 'speaker.writing-author' });
      }
      const named = type === 'organization' && /^the\s+\S+$/i.test(mention.text) ? names.organizationCalled(head, mentionStart) : undefined;
      if (named) return linked(withRole({ name: named.name, type, mention, rule: 'speaker.description.organization' }), named.entity);
      // "the ambassador said": the person the document gave that office.
      const holder = type === 'person' && /^the\s/i.test(mention.text) ? names.coreference.personCalled(head, mentionStart) : undefined;
      if (holder) return withRole({ name: holder.entity.name, type, mention, rule: 'speaker.description.person', entity: holder.entity.id });
      return withRole({ name: text, type, mention, rule: 'speaker.description' });
    }
    default: {
      let nameFirst = phrase.nameFirst;
      while (nameFirst < phrase.last - 1 && ROLE_MODIFIERS.has(tokens[nameFirst].text.toLowerCase())) nameFirst++;
      let raw = textOf(doc, tokens, nameFirst, phrase.last).replace(/^the\s+/i, '');
      // "Bill Gerstenmaier of NASA", "Ana Lind of Tartu": a person and the body or place they speak for.
      const affiliation = / of /.exec(raw);
      const personStart = tokens[nameFirst].start + textOf(doc, tokens, nameFirst, phrase.last).indexOf(raw);
      if (affiliation && (isFirstName(raw.split(' ')[0]) || names.coreference.entityAt(personStart, personStart + affiliation.index)?.type === 'person')) {
        const [person, body] = [raw.slice(0, affiliation.index), raw.slice(affiliation.index + 1)];
        const name = names.fullName(person);
        const entity = names.coreference.byName(name, ['person'])?.id;
        return linked(withRole({ name, type: 'person', mention, ...(role ? {} : { role: body }), rule: 'speaker.name-of-body' }), entity);
      }
      raw = raw.trim();
      // The entity named here gives the canonical name and type ("Kuleba" → "Dmytro Kuleba").
      const nameStart = tokens[nameFirst].start + (textOf(doc, tokens, nameFirst, phrase.last).length - raw.length);
      const entity = names.coreference.entityAt(nameStart, tokens[phrase.last - 1].end);
      if (entity && SPEAKING_TYPES[entity.type]) {
        // a place that speaks is its government ("Moscow said"), or an organisation taken for a place
        const government = entity.type === 'place' && lookupName(entity.name.toLowerCase())?.type === 'place';
        const type = SPEAKING_TYPES[entity.type]!;
        const speaker = withRole({ name: entity.name, type, mention, rule: government ? 'speaker.government' : 'speaker.entity', entity: entity.id });
        return speaker.role || !entity.role ? speaker : { ...speaker, role: entity.role };
      }
      // "The President insists": an office alone, its holder if the document named one
      if (!raw.includes(' ') && ROLE_NOUNS.has(raw.toLowerCase())) {
        const holder = names.coreference.personCalled(raw.toLowerCase(), mentionStart);
        if (holder) return withRole({ name: holder.entity.name, type: 'person', mention, rule: 'speaker.description.person', entity: holder.entity.id });
        return withRole({ name: raw, type: 'person', mention, rule: 'speaker.description' });
      }
      const kind = ref.type ?? nameKind(raw, phrase.title !== undefined);
      if (kind === 'place') return withRole({ name: raw, type: 'organization', mention, rule: 'speaker.government' });
      const type = kind;
      const name = type === 'person' || type === 'unknown' ? names.fullName(raw) : raw;
      const rule = name !== raw ? 'speaker.surname' : 'speaker.name';
      return withRole({ name, type: type === 'unknown' && name !== raw ? 'person' : type, mention, rule });
    }
  }
}

/**
 * The speaker an entity of each type makes: a place speaks for its government,
 * a named event or work for the body behind it ("the Conference on …", a
 * magazine's title), a nationality for a group ("Democrats said").
 */
const SPEAKING_TYPES: Partial<Record<Entity['type'], SpeakerType>> = {
  person: 'person',
  organization: 'organization',
  place: 'organization',
  event: 'organization',
  work: 'organization',
  other: 'organization',
  nationality: 'group',
};
