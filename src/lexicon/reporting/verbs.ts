// Single-word reporting verbs: every inflected form of every lemma in
// `verbs.data.ts`, with British spellings, mapped back to its lemma.

import { britishSpelling, inflections } from './inflect.js';
import { AMBIGUOUS_FORMS } from './ambiguous.data.js';
import { PHRASE_ONLY_LEMMAS, VARIANT_LEMMAS, VERB_LEMMAS } from './verbs.data.js';

/** The lemmas whose forms are cues on their own (phrase-only lemmas excluded). */
export const REPORTING_VERB_LEMMAS: readonly string[] = VERB_LEMMAS.filter(
  (lemma) => !PHRASE_ONLY_LEMMAS.has(lemma),
);

function buildFormIndex(): Map<string, string> {
  const lemmaOf = new Map<string, string>();
  const add = (spelling: string, lemma: string) => {
    for (const form of inflections(spelling)) {
      // The first lemma to claim a form keeps it, so the order of the data decides.
      if (!lemmaOf.has(form)) lemmaOf.set(form, lemma);
    }
  };
  for (const lemma of REPORTING_VERB_LEMMAS) {
    add(lemma, lemma);
    const british = britishSpelling(lemma);
    if (british) add(british, lemma);
  }
  for (const [variant, lemma] of VARIANT_LEMMAS) {
    if (!PHRASE_ONLY_LEMMAS.has(lemma)) add(variant, lemma);
  }
  return lemmaOf;
}

const LEMMA_OF_FORM = buildFormIndex();

/** Every written form (lowercase) that is a reporting verb on its own. */
export const REPORTING_VERB_FORMS: ReadonlySet<string> = new Set(LEMMA_OF_FORM.keys());

/**
 * Reporting-verb forms that are also common nouns or adjectives in news
 * ("claims", "report", "a noted author"): cues only where the sentence uses
 * them as verbs (after a subject, next to a quotation, before "that" or ":").
 */
export const AMBIGUOUS_REPORTING_FORMS: ReadonlySet<string> = new Set(
  [...AMBIGUOUS_FORMS].filter((form) => LEMMA_OF_FORM.has(form)),
);

function normalizeWord(word: string): string {
  return word.trim().toLowerCase().replace(/\u2011|\u2010/g, '-');
}

/** Whether `word` (any case, any inflection) is a reporting verb. */
export function isReportingVerb(word: string): boolean {
  return LEMMA_OF_FORM.has(normalizeWord(word));
}

/** The lemma of a reporting-verb form ("lambasted" → "lambaste"), or undefined. */
export function reportingVerbLemma(word: string): string | undefined {
  return LEMMA_OF_FORM.get(normalizeWord(word));
}

/** Whether `word` is a reporting verb that needs verb context to count as a cue. */
export function isAmbiguousReportingForm(word: string): boolean {
  return AMBIGUOUS_REPORTING_FORMS.has(normalizeWord(word));
}
