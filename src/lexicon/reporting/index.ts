// The reporting-verb lexicon: which words and phrases introduce or attribute
// a quotation in news text. Data lives in `*.data.ts`, inflection in
// `inflect.ts`.

export {
  AMBIGUOUS_REPORTING_FORMS,
  REPORTING_VERB_FORMS,
  REPORTING_VERB_LEMMAS,
  isAmbiguousReportingForm,
  isReportingVerb,
  reportingVerbLemma,
} from './verbs.js';
export {
  ATTRIBUTION_PHRASES,
  MULTIWORD_CUES,
  attributionPhraseAt,
  multiwordCueAt,
  multiwordCueLemma,
} from './cues.js';
export { SPEECH_NOUNS, isSpeechNoun } from './nouns.js';
export { learnedCueShare } from './learned.js';
