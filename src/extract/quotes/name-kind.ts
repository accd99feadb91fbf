// What kind of thing a name is, from compromise's lexicon (first names,
// countries, cities, organisations) and the organisation nouns it contains:
// the fallback for a speaker the entities do not name. A word lookup, no
// parse: cheap enough for every speaker.

import type { SpeakerType } from '../../facts.js';
import { lexiconTags } from '../../lexicon/gazetteers.js';
import { ORGANIZATION_NOUNS } from './words.js';

const tagsOf = (word: string): string[] => lexiconTags(word.toLowerCase());

const PLACE_TAGS = ['Country', 'City', 'Place', 'Region'];
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

export function isFirstName(word: string): boolean {
  return tagsOf(word).some((t) => FIRST_NAME_TAGS.includes(t));
}

export function isPlaceName(name: string): boolean {
  return tagsOf(name.replace(/^the\s+/i, '')).some((t) => PLACE_TAGS.includes(t));
}

/** person, organization or place for a proper name; unknown when the words do not tell. */
export function nameKind(name: string, hasTitle: boolean): SpeakerType {
  const words = name.split(/\s+/);
  if (hasTitle) return 'person';
  if (isPlaceName(name)) return 'place';
  const tags = tagsOf(name);
  if (tags.includes('Organization')) return 'organization';
  if (words.some((w) => ORGANIZATION_NOUNS.has(w.toLowerCase()))) return 'organization';
  if (/^[\p{Lu}.&]{2,}$/u.test(name)) return 'organization'; // an acronym: NATO, UN, BBC
  if (isFirstName(words[0]) || tagsOf(words[words.length - 1]).includes('LastName')) return 'person';
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return 'person';
  return 'unknown';
}
