// Regular English verb inflection, enough for the reporting-verb lexicon:
// third person singular, past (= past participle) and -ing forms, with the
// spelling rules that decide between -s/-es/-ies, -ed/-d/-ied and consonant
// doubling. Irregular forms and stress-dependent doubling come from the data.

import {
  BRITISH_DOUBLE_L,
  DOUBLE_FINAL_CONSONANT,
  IRREGULAR_VERBS,
} from './verbs.data.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isVowelAt(word: string, i: number): boolean {
  const c = word[i];
  if (c === 'u' && word[i - 1] === 'q') return false; // the u of "qu" is a glide
  if (c === 'y') return i > 0 && !isVowelAt(word, i - 1); // cry, reply: y is a vowel
  return VOWELS.has(c);
}

/** Vowel groups in the word: a fair count of syllables for short verbs. */
function vowelGroups(word: string): number {
  let groups = 0;
  for (let i = 0; i < word.length; i++) {
    if (isVowelAt(word, i) && (i === 0 || !isVowelAt(word, i - 1))) groups++;
  }
  // A final silent e ("quote", "gibe") does not make a syllable.
  if (word.length > 2 && word.endsWith('e') && !isVowelAt(word, word.length - 2)) groups--;
  return Math.max(groups, 1);
}

/**
 * Whether the final consonant doubles before -ed/-ing: one-syllable words
 * ending consonant-vowel-consonant (quip → quipped, blog → blogged), except
 * after w, x, y; longer words only when listed (admit → admitted).
 */
export function doublesFinalConsonant(lemma: string): boolean {
  if (DOUBLE_FINAL_CONSONANT.has(lemma)) return true;
  const n = lemma.length;
  if (n < 3 || /[wxy]$/.test(lemma)) return false;
  const cvc =
    !isVowelAt(lemma, n - 1) && isVowelAt(lemma, n - 2) && !isVowelAt(lemma, n - 3);
  return cvc && vowelGroups(lemma) === 1;
}

function endsConsonantY(word: string): boolean {
  return word.length > 1 && word.endsWith('y') && !VOWELS.has(word[word.length - 2]);
}

export function thirdPerson(lemma: string): string {
  if (endsConsonantY(lemma)) return lemma.slice(0, -1) + 'ies';
  if (lemma.endsWith('z') && doublesFinalConsonant(lemma)) return lemma + 'zes'; // quizzes
  if (/(s|x|z|ch|sh|[^aeiou]o)$/.test(lemma)) return lemma + 'es';
  return lemma + 's';
}

/** The regular past tense, which is also the past participle. */
export function regularPast(lemma: string): string[] {
  if (lemma.endsWith('e')) return [lemma + 'd'];
  if (endsConsonantY(lemma)) return [lemma.slice(0, -1) + 'ied'];
  if (/[^aeiou]ic$/.test(lemma)) return [lemma + 'ked']; // mimicked
  if (BRITISH_DOUBLE_L.has(lemma)) return [lemma + 'ed', lemma + 'led'];
  if (doublesFinalConsonant(lemma)) return [lemma + lemma[lemma.length - 1] + 'ed'];
  return [lemma + 'ed'];
}

export function presentParticiple(lemma: string): string[] {
  if (lemma.endsWith('ie')) return [lemma.slice(0, -2) + 'ying'];
  if (/(ee|ye|oe)$/.test(lemma)) return [lemma + 'ing']; // agreeing
  if (lemma.endsWith('e') && lemma.length > 2) return [lemma.slice(0, -1) + 'ing'];
  if (/[^aeiou]ic$/.test(lemma)) return [lemma + 'king'];
  if (BRITISH_DOUBLE_L.has(lemma)) return [lemma + 'ing', lemma + 'ling'];
  if (doublesFinalConsonant(lemma)) return [lemma + lemma[lemma.length - 1] + 'ing'];
  return [lemma + 'ing'];
}

/** Every written form of a verb: the lemma, -s, past, participle, -ing. */
export function inflections(lemma: string): string[] {
  const irregular = Object.hasOwn(IRREGULAR_VERBS, lemma) ? IRREGULAR_VERBS[lemma] : undefined;
  const forms = [
    lemma,
    ...(irregular?.third ?? [thirdPerson(lemma)]),
    ...(irregular?.past ?? regularPast(lemma)),
    ...(irregular?.participle ?? []),
    ...(irregular?.ing ?? presentParticiple(lemma)),
  ];
  return [...new Set(forms)];
}

/**
 * The British spelling of an -ize/-yze lemma (criticize → criticise,
 * analyze → analyse), or undefined when there is none.
 */
export function britishSpelling(lemma: string): string | undefined {
  if (lemma.endsWith('ize') && lemma.length > 5) return lemma.slice(0, -3) + 'ise';
  if (lemma.endsWith('yze')) return lemma.slice(0, -3) + 'yse';
  return undefined;
}
