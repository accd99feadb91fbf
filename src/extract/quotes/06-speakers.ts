// Step 6: from a speaker phrase to a speaker: its name, type, role and
// members, with pronouns and surnames resolved to the fullest name the
// document gives before them.

import type { Entity, Speaker, SpeakerType } from '../../facts.js';
import { located, type TextDocument } from '../../text/document.js';
import type { Token } from '../../text/tokens.js';
import type { NounPhrase } from './noun-phrase.js';
import { entityAt } from '../entities/index.js';
import { genderOf, isFirstName, nameKind } from './name-kind.js';
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
}

const opposite = (g: 'male' | 'female') => (g === 'male' ? 'female' : 'male');
/** Honorifics say nothing of a role ("Sir Alan Croft", "Mr. Trump"). */
const HONORIFIC_ROLE = /^(mr|mrs|ms|miss|sir|dame|lord|lady)\.?$/i;

const HONORIFICS = /^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|rep|gov|gen|col|lt|sgt|capt|rev)\.?\s+/i;

function textOf(doc: TextDocument, tokens: Token[], first: number, last: number): string {
  return doc.text.slice(tokens[first].start, tokens[last - 1].end);
}

function trimRole(role: string): string | undefined {
  const r = role.replace(/^[\s,]+|[\s,.;:]+$/g, '');
  return r.length > 0 ? r : undefined;
}

/** Index of the last item with `at` < offset in a list sorted by `at`, or -1. */
function lastBefore(list: readonly KnownName[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** People, organisations and groups named in the document, in order: the antecedents of pronouns and surnames. */
export class NameIndex {
  /** Names found in the text, in document order. */
  private readonly named: KnownName[] = [];
  /** Speakers as they are resolved, in document order. */
  private readonly speakers: KnownName[] = [];
  /** Surname → the fullest person name ending in it. */
  private readonly surnames = new Map<string, string>();

  /** People and organisations named in the document, from its entities (one canonical name each). */
  constructor(entities: readonly Entity[]) {
    const mentions: KnownName[] = [];
    for (const e of entities) {
      if (e.type !== 'person' && e.type !== 'organization') continue;
      for (const m of e.mentions) mentions.push({ name: e.name, type: e.type, at: m.span.start });
    }
    mentions.sort((a, b) => a.at - b.at);
    for (const m of mentions) this.remember(this.named, m);
  }

  private remember(list: KnownName[], known: KnownName): void {
    list.push(known);
    if (known.type !== 'person') return;
    const words = known.name.split(' ');
    const surname = words[words.length - 1];
    if (words.length > 1 && known.name.length > (this.surnames.get(surname)?.length ?? 0)) this.surnames.set(surname, known.name);
  }

  /** Records a resolved speaker; speakers are added in document order. */
  add(name: string, type: SpeakerType, at: number): void {
    const last = this.speakers[this.speakers.length - 1];
    if (!last || last.at <= at) this.remember(this.speakers, { name, type, at });
  }

  /** The latest name of one of `types` before `offset`, of the pronoun's gender where the first name tells. */
  latest(types: SpeakerType[], offset: number, gender?: 'male' | 'female'): KnownName | undefined {
    const fits = (n: KnownName) => types.includes(n.type) && (!gender || n.type !== 'person' || genderOf(n.name) !== opposite(gender));
    const pick = (list: KnownName[]) => {
      for (let k = lastBefore(list, offset); k >= 0; k--) if (fits(list[k])) return list[k];
      return undefined;
    };
    const a = pick(this.named);
    const b = pick(this.speakers);
    const n = !a ? b : !b ? a : a.at > b.at ? a : b;
    return n && n.type === 'person' ? { ...n, name: this.fullName(n.name) } : n;
  }

  /** "the ministry" → "Ministry of Finance": the latest organisation before `offset` named with that noun. */
  organizationCalled(noun: string, offset: number): string | undefined {
    const word = new RegExp(`(^|\\s)${noun}(\\s|$)`, 'i');
    for (const list of [this.speakers, this.named]) {
      for (let k = lastBefore(list, offset); k >= 0; k--) {
        const n = list[k];
        if (n.type === 'organization' && n.name.includes(' ') && word.test(n.name)) return n.name;
      }
    }
    return undefined;
  }

  /** "Miller" or "Mr. Miller" → "Matthew Miller" when the document gives the full name. */
  fullName(name: string): string {
    const bare = name.replace(HONORIFICS, '');
    if (bare.includes(' ')) return bare;
    return this.surnames.get(bare) ?? bare;
  }
}

function commonType(head: string): SpeakerType {
  if (ORGANIZATION_NOUNS.has(head)) return 'organization';
  if (ROLE_NOUNS.has(head)) return 'person';
  return /s$/.test(head) ? 'group' : 'unknown';
}

/** The speaker a phrase names, resolved against the names before it. */
export function speakerOf(doc: TextDocument, ref: PhraseRef, names: NameIndex): Speaker {
  const { tokens, phrase } = ref;
  const mentionStart = tokens[phrase.first].start;
  const mention = located(doc, mentionStart, tokens[phrase.last - 1].end);
  const written = ref.role ? textOf(doc, tokens, ref.role[0], ref.role[1]) : phrase.title ? textOf(doc, tokens, phrase.title[0], phrase.title[1]) : '';
  const role = HONORIFIC_ROLE.test(written.trim()) ? undefined : trimRole(written);
  const withRole = (s: Speaker): Speaker => (role ? { ...s, role } : s);
  switch (phrase.kind) {
    case 'pronoun': {
      const w = mention.text.toLowerCase();
      const types: SpeakerType[] = w === 'he' || w === 'she' || w === 'i' ? ['person'] : w === 'it' ? ['organization'] : ['group', 'organization', 'person'];
      const gender = w === 'he' ? 'male' : w === 'she' ? 'female' : undefined;
      const antecedent = names.latest(types, mentionStart, gender);
      if (!antecedent) return { name: mention.text, type: 'unknown', mention };
      return { name: antecedent.name, type: antecedent.type, mention };
    }
    case 'group': {
      const members = (phrase.members ?? []).map(([a, b]) => textOf(doc, tokens, a, b));
      const first = phrase.members?.[0]?.[0] ?? phrase.first;
      return withRole({ name: textOf(doc, tokens, first, phrase.last), type: 'group', members, mention });
    }
    case 'common': {
      const text = textOf(doc, tokens, phrase.first, phrase.last).replace(/^the\s+/i, '');
      const head = (text.split(/\s+of\s+|\s+for\s+/)[0].split(/\s+/).pop() ?? '').toLowerCase();
      const type = commonType(head);
      const named = type === 'organization' && /^the\s+\S+$/i.test(mention.text) ? names.organizationCalled(head, mentionStart) : undefined;
      return withRole({ name: named ?? text, type, mention });
    }
    default: {
      let nameFirst = phrase.nameFirst;
      while (nameFirst < phrase.last - 1 && ROLE_MODIFIERS.has(tokens[nameFirst].text.toLowerCase())) nameFirst++;
      let raw = textOf(doc, tokens, nameFirst, phrase.last).replace(/^the\s+/i, '');
      // "Bill Gerstenmaier of NASA": a person and the body they speak for.
      const affiliation = / of /.exec(raw);
      if (affiliation && isFirstName(raw.split(' ')[0])) {
        const [person, body] = [raw.slice(0, affiliation.index), raw.slice(affiliation.index + 1)];
        return withRole({ name: names.fullName(person), type: 'person', mention, ...(role ? {} : { role: body }) });
      }
      raw = raw.trim();
      // The entity named here gives the canonical name and type ("Kuleba" → "Dmytro Kuleba").
      const nameStart = tokens[nameFirst].start + (textOf(doc, tokens, nameFirst, phrase.last).length - raw.length);
      const entity = entityAt(doc, nameStart, tokens[phrase.last - 1].end);
      if (entity && SPEAKER_TYPES.has(entity.type)) {
        const speaker = withRole({ name: entity.name, type: entity.type as SpeakerType, mention });
        return speaker.role || !entity.role ? speaker : { ...speaker, role: entity.role };
      }
      const type = ref.type ?? nameKind(raw, phrase.title !== undefined);
      const name = type === 'person' || type === 'unknown' ? names.fullName(raw) : raw;
      return withRole({ name, type: type === 'unknown' && name !== raw ? 'person' : type, mention });
    }
  }
}

const SPEAKER_TYPES = new Set(['person', 'organization', 'place']);

/** Keeps later pronouns pointing at the speakers just named. */
export function rememberSpeaker(names: NameIndex, speaker: Speaker): void {
  if (speaker.mention && (speaker.type === 'person' || speaker.type === 'organization' || speaker.type === 'group')) {
    names.add(speaker.name, speaker.type, speaker.mention.span.start);
  }
}
