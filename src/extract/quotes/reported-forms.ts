// Reported speech in the forms beyond "X said (that) …": naming ("what she
// called a sham"), characterising ("described the plan as reckless"), a
// speech noun and its owner ("the charity's warning that …", "issued a
// statement that …") and a description with its name after an inverted cue
// ("…, argued the council's lawyer, Ana Lind"), and a learned cue ("the
// survey shows …", "declined to comment"). Each returns where the
// reported words are; 05-reported.ts makes the quotation.

import { VERB_PRELUDE } from '../../lexicon/words.js';
import type { Token } from '../../text/tokens.js';
import { subjectBefore } from './03-attribute.js';
import { isPassive, learnedCueAt } from './cues.js';
import { DETERMINERS } from './words.js';
import { isPossessive, phraseAfter, phraseBefore, properRunForward, type NounPhrase } from './noun-phrase.js';

export interface FormMatch {
  rule: string;
  phrase: NounPhrase;
  role?: [number, number];
  /** Token range of the cue. */
  cue: [number, number];
  /** Token index where the reported words start. */
  from: number;
  /** Token index (exclusive) where they end, when it is not the clause's end. */
  to?: number;
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** Verbs that name something in the speaker's words: "what she called …". */
const NAMING_VERBS = new Set(['called', 'calls', 'call', 'termed', 'terms', 'dubbed', 'dubs', 'labeled', 'labelled', 'described', 'describes']);
/** Verbs that characterise something "as" what the speaker says it is. */
const CHARACTERISING_VERBS = new Set([
  'characterized', 'characterised', 'characterizes', 'characterises', 'described', 'describes', 'labeled', 'labelled', 'branded',
  'portrayed', 'portrays', 'depicted', 'painted', 'dismissed', 'dismisses', 'derided', 'hailed', 'praised', 'condemned', 'denounced',
]);
/** Verbs that bring out a speech noun: "issued a warning that …". */
const UTTERING_VERBS = new Set(['made', 'issued', 'released', 'gave', 'offered', 'repeated', 'posted', 'sent', 'voiced', 'delivered']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–']);

/** First token at or after `from` that ends a clause, or the sentence's end. */
function breakAfter(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !CLAUSE_BREAKS.has(tokens[k].text)) k++;
  return k;
}

/** "what she called a reckless plan", "what the mayor once described as theft". */
export function namingAt(tokens: Token[], k: number): FormMatch | null {
  if (lower(tokens[k]) !== 'what') return null;
  const subject = phraseAfter(tokens, k + 1);
  if (!subject) return null;
  let v = subject.last;
  while (v < tokens.length && VERB_PRELUDE.has(lower(tokens[v])) && v < subject.last + 3) v++;
  if (!NAMING_VERBS.has(lower(tokens[v]))) return null;
  const from = lower(tokens[v + 1]) === 'as' ? v + 2 : v + 1;
  const to = breakAfter(tokens, from);
  return to - from >= 2 ? { rule: 'quote.reported.naming', phrase: subject, cue: [v, v + 1], from, to } : null;
}

/** "characterized the protest as a stunt": the thing and what the speaker calls it. */
export function characterisingAt(tokens: Token[], k: number): FormMatch | null {
  if (!CHARACTERISING_VERBS.has(lower(tokens[k]))) return null;
  let as = k + 1;
  while (as < tokens.length && as <= k + 8 && tokens[as].word && lower(tokens[as]) !== 'as') as++;
  if (lower(tokens[as]) !== 'as' || as === k + 1) return null;
  const subject = subjectBefore(tokens, k, 0);
  if (!subject) return null;
  return { rule: 'quote.reported.characterising', phrase: subject.phrase, role: subject.role, cue: [k, k + 1], from: k + 1, to: breakAfter(tokens, as + 1) };
}

/** Who owns the speech noun at `k` ("the charity's warning", "her claim", "X issued a warning"). */
export function speechNounOwner(tokens: Token[], k: number): { phrase: NounPhrase; role?: [number, number] } | null {
  const before = tokens[k - 1];
  if (isPossessive(before)) {
    const owner = phraseBefore(tokens, k - 1);
    return owner && owner.kind !== 'pronoun' ? { phrase: owner } : null;
  }
  if (POSSESSIVE_PRONOUNS.has(lower(before))) return { phrase: { kind: 'pronoun', first: k - 1, last: k, nameFirst: k - 1 } };
  // "issued a stark warning that …": the subject of the verb that uttered it
  for (let v = k - 1; v >= 1 && v >= k - 4; v--) {
    if (UTTERING_VERBS.has(lower(tokens[v]))) return subjectBefore(tokens, v, 0);
    if (!tokens[v].word) return null;
  }
  return null;
}

/** After an inverted cue: "the council's lawyer, Ana Lind" ending the sentence: the name speaks, the description is its role. */
export function describedNameAfter(tokens: Token[], i: number): { phrase: NounPhrase; role: [number, number] } | null {
  let comma = i;
  while (comma < tokens.length && comma <= i + 8 && tokens[comma].text !== ',') {
    if (!tokens[comma].word && !isPossessive(tokens[comma])) return null;
    comma++;
  }
  if (tokens[comma]?.text !== ',' || comma === i) return null;
  const end = properRunForward(tokens, comma + 1);
  if (end === comma + 1 || end < tokens.length - 1) return null;
  return { phrase: { kind: 'name', first: comma + 1, last: end, nameFirst: comma + 1 }, role: [i, comma] };
}

const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);

/** "urged the council to …", "asked whether …": what follows a verb is an act asked for or a question, not only its object. */
function asksForAction(tokens: Token[], from: number): boolean {
  if (QUESTION_WORDS.has(tokens[from]?.lower ?? '')) return true;
  for (let k = from; k < tokens.length && k <= from + 6; k++) {
    if (!tokens[k].word) return false;
    if (tokens[k].lower === 'to' && tokens[k + 1]?.word && /^\p{Ll}/u.test(tokens[k + 1].text) && !DETERMINERS.has(tokens[k + 1].lower)) return true;
  }
  return false;
}

/**
 * A learned cue after its subject, and what follows it, object and all ("the
 * survey shows that …", "declined to comment"). Where the reporting verbs
 * already hold the cue (`lexiconEnd`, -1 if not) and read a clause after it,
 * they have it; otherwise the learned cue counts only before an act asked for
 * or a question ("called on the board to …"), never before a bare object
 * ("called for a review").
 */
export function learnedCueForm(tokens: Token[], k: number, lexiconEnd: number, lexiconClausal: boolean): FormMatch | null {
  const end = learnedCueAt(tokens, k);
  if (end < 0 || isPassive(tokens, k)) return null;
  if (lexiconEnd >= 0 && (end < lexiconEnd || lexiconClausal || !asksForAction(tokens, lexiconEnd))) return null;
  const subject = subjectBefore(tokens, k, 0);
  if (!subject) return null;
  const from = tokens[end]?.lower === 'that' ? end + 1 : end;
  if (from >= tokens.length) return null;
  return { rule: 'quote.reported.learned-cue', phrase: subject.phrase, role: subject.role, cue: [k, end], from };
}
