// Speech nouns: what a quotation was said or written in.

import { SPEECH_NOUN_IRREGULAR_PLURALS, SPEECH_NOUN_SINGULARS } from './nouns.data.js';

function plural(noun: string): string {
  const irregular = SPEECH_NOUN_IRREGULAR_PLURALS[noun.split(' ').pop() ?? noun];
  if (irregular) return noun.slice(0, noun.lastIndexOf(' ') + 1) + irregular;
  if (/(s|x|ch|sh)$/.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return noun + 's';
}

/** Lowercase speech nouns and noun phrases, singular and plural. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  SPEECH_NOUN_SINGULARS.flatMap((noun) => [noun, plural(noun)]),
);

/** Whether `phrase` (any case, any spacing) is a speech noun ("Press  Conference"). */
export function isSpeechNoun(phrase: string): boolean {
  return SPEECH_NOUNS.has(phrase.trim().toLowerCase().replace(/\s+/g, ' '));
}
