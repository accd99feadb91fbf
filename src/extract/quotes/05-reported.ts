// Step 5: reported speech. A sentence whose reporting verb has a subject and
// a clause: "X said (that) …", "…, X said.", "…, according to X." The clause
// is an indirect quotation, or a mixed one when it holds quoted words.

import type { Segment } from '../../text/segment.js';
import type { Reading } from '../../reading/index.js';
import type { Token } from '../../text/tokens.js';
import { cueAt, isGerund, isPassive } from './cues.js';
import { reportingVerbLemma } from '../../lexicon/reporting/index.js';
import { isPossessive, phraseAfter, properRunBackward, type NounPhrase } from './noun-phrase.js';
import { subjectBefore, skipFiller } from './03-attribute.js';
import { characterisingAt, describedNameAfter, learnedCueForm, namingAt, speechNounOwner } from './reported-forms.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

export interface ReportedSpeech {
  contentStart: number;
  contentEnd: number;
  tokens: Token[];
  /** Null where the report names no one ("X is said to …"). */
  phrase: NounPhrase | null;
  cue: [number, number];
  role?: [number, number];
  mixed: boolean;
  rule: string;
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const TELL_VERBS = /^(told|tell|tells|telling|informed|assured|reminded|warned|briefed|promised)$/;
const QUOTE_MARKS = /["“”«»„]/;
/** Reporting verbs that take a clause without "that": "she said the plan failed". */
const ZERO_THAT = new Set(
  `say tell add claim argue insist explain warn write think believe suggest acknowledge admit announce report
   note predict estimate agree recall contend assert maintain complain hope fear concede confirm reply respond
   stress tweet post allege indicate state testify promise vow worry know feel reckon guess figure
   emphasize emphasise observe remark reveal reiterate repeat signal caution boast joke muse speculate tell`.split(/\s+/),
);
/** A reporting verb read with a clause after it even without "that". */
const isClausal = (tokens: Token[], k: number, cueEnd: number) => lower(tokens[cueEnd]) === 'that' || ZERO_THAT.has(reportingVerbLemma(lower(tokens[k])) ?? '');
/** "is said to", "was said to": the passive that reports a claim about its subject. */
const BE_PRESENT_OR_PAST = new Set(['is', 'are', 'was', 'were']);
const GERUND_CUES = /^(saying|adding|telling|writing|noting|explaining|warning|arguing|insisting|stressing)$/;
/** Sentences that end like prose; headlines and captions do not report speech here. */
const PROSE_END = /[.!?]["'”’)]*$/;

/** Nouns that report what their owner said: "Trump’s claim that …". */
const CLAIM_NOUNS = new Set(
  `claim claims assertion assertions statement remark remarks comment comments argument contention insistence
   warning promise pledge suggestion allegation allegations accusation charge prediction announcement`.split(/\s+/),
);

/** The name that owns the noun at `k` ("Donald Trump’s claim"), as a phrase ending before the possessive. */
function possessorBefore(tokens: Token[], k: number): NounPhrase | null {
  const owner = tokens[k - 2];
  if (!owner || !isPossessive(tokens[k - 1]) || !/^\p{Lu}/u.test(owner.text)) return null;
  const first = properRunBackward(tokens, k - 1);
  return first < k - 1 ? { kind: 'name', first, last: k - 1, nameFirst: first } : null;
}

/** Skips the listener of "told reporters", "told the BBC", "assured him". */
function skipListener(tokens: Token[], cue: Token, i: number): number {
  if (!TELL_VERBS.test(lower(cue))) return i;
  const listener = phraseAfter(tokens, i);
  // "told MSNBC's morning show": the listener's possessive belongs to it.
  if (listener) return isPossessive(tokens[listener.last]) ? skipListener(tokens, cue, listener.last + 1) : listener.last;
  const w = lower(tokens[i]);
  return ['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists'].includes(w) ? i + 1 : i;
}

/**
 * Where the reported words begin after a cue: past the listener ("told
 * reporters"), time and setting ("on Thursday", "in a statement"), "that", and
 * a second cue of the same report ("justified it by estimating that …").
 */
export function complementStart(tokens: Token[], cue: number, cueEnd: number): number {
  let c = skipFiller(tokens, skipListener(tokens, tokens[cue], cueEnd), tokens.length);
  if (lower(tokens[c]) === 'that') return c + 1;
  for (let k = c; k < Math.min(tokens.length - 1, c + 6); k++) {
    if (/[,;:]/.test(tokens[k].text)) break;
    if (isGerund(tokens[k]) && cueAt(tokens, k) > 0 && lower(tokens[k + 1]) === 'that') return k + 2;
  }
  return c;
}

/**
 * The reported words end with the sentence, before a participle clause of the
 * reporter's (", focusing on …"), or before a second attribution (", but he
 * said that …"), whose words are a report of their own.
 */
export function clauseEnd(tokens: Token[], from: number, sentenceEnd: number): number {
  for (let k = from + 3; k + 1 < tokens.length; k++) {
    if (tokens[k].text === ',' && isGerund(tokens[k + 1]) && tokens[k + 1].word && /^\p{Ll}/u.test(tokens[k + 1].text) && GERUND_CUES.test(lower(tokens[k + 1]))) {
      return tokens[k].start;
    }
    if ((CLAUSE_BREAKS.test(tokens[k].text) || COORDINATORS.has(lower(tokens[k]))) && attributionFollows(tokens, k + 1)) return tokens[k].start;
  }
  return sentenceEnd;
}

const CLAUSE_BREAKS = /^[,;—–]$/;
const COORDINATORS = new Set(['and', 'but', 'while', 'although', 'though', 'yet']);

/** A subject and its reporting verb right after `i`, perhaps after a coordinator: "but he said", "and rights groups warned". */
function attributionFollows(tokens: Token[], i: number): boolean {
  const first = COORDINATORS.has(lower(tokens[i])) ? i + 1 : i;
  for (let k = first + 1; k < tokens.length && k <= first + 4; k++) {
    if (!tokens[k].word) return false;
    if (cueAt(tokens, k) < 0 || isPassive(tokens, k)) continue;
    const subject = subjectBefore(tokens, k, first);
    return subject !== null && subject.phrase.first >= first;
  }
  return false;
}

export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?;:,]/.test(text[e - 1])) e--;
  return e;
}

function wordsIn(tokens: Token[], from: number, to: number): number {
  return tokens.filter((t) => t.word && t.start >= from && t.end <= to).length;
}

/** A comma before the subject at `first`, perhaps with a few lower-case words of description between ("…, curator Ana Lind said, …"). */
function commaBefore(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 1 && k >= first - 3; k--) {
    if (tokens[k].text === ',') return true;
    if (!tokens[k].word || !/^\p{Ll}/u.test(tokens[k].text)) return false;
  }
  return false;
}

/** The comma closing an attribution from `from`, perhaps after a few words ("said on Friday,"), or -1. */
function commaAfter(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k <= from + 4; k++) {
    if (tokens[k].text === ',') return k;
    if (!tokens[k].word) return -1;
  }
  return -1;
}

/** Reported speech in one sentence, or null. `quoted` tells whether an offset is inside quoted words. */
function reportedIn(doc: Reading, sentence: Segment, quoted: (offset: number) => boolean, usedCues: ReadonlySet<number>, from: number): ReportedSpeech | null {
  const tokens = doc.tokensIn(sentence.start, sentence.end);
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].start < from) continue;
    if (quoted(tokens[k].start) || usedCues.has(tokens[k].start)) continue;
    // "…, according to X" / "According to X, …"
    if (lower(tokens[k]) === 'according' && lower(tokens[k + 1]) === 'to') {
      const phrase = phraseAfter(tokens, k + 2);
      if (!phrase) continue;
      const cue: [number, number] = [k, k + 2];
      const [cs, ce] = k === 0
        ? [tokens[Math.min(phrase.last + 1, tokens.length - 1)].start, sentence.end]
        : [sentence.start, tokens[k - 1].text === ',' ? tokens[k - 1].start : tokens[k].start];
      return make('quote.reported.according-to', tokens, phrase, cue, cs, ce);
    }
    // "Trump’s claim that …", "the charity's warning that …", "issued a statement that …": a speech noun with its owner.
    if (CLAIM_NOUNS.has(lower(tokens[k])) && lower(tokens[k + 1]) === 'that') {
      const owner = possessorBefore(tokens, k) ?? speechNounOwner(tokens, k)?.phrase;
      if (owner && k + 2 < tokens.length) {
        const r = make('quote.reported.speech-noun', tokens, owner, [k, k + 1], tokens[k + 2].start, clauseEnd(tokens, k + 2, sentence.end));
        if (r) return r;
      }
    }
    // "what she called …", "described the plan as …"
    const form = namingAt(tokens, k) ?? characterisingAt(tokens, k);
    if (form && form.from < tokens.length) {
      const end = form.to !== undefined && form.to < tokens.length ? tokens[form.to].start : clauseEnd(tokens, form.from, sentence.end);
      const r = make(form.rule, tokens, form.phrase, form.cue, tokens[form.from].start, end, form.role);
      if (r) return r;
    }
    const cueEnd = cueAt(tokens, k);
    // A learned cue the reporting verbs lack ("shows"), or one they read only before a clause ("called on … to").
    const learned = learnedCueForm(tokens, k, cueEnd, cueEnd >= 0 && isClausal(tokens, k, cueEnd));
    if (learned && !quoted(tokens[learned.phrase.first].start)) {
      const r = make(learned.rule, tokens, learned.phrase, learned.cue, tokens[learned.from].start, clauseEnd(tokens, learned.from, sentence.end), learned.role);
      if (r) return r;
    }
    if (cueEnd < 0) continue;
    // "it was announced by the ministry that …", "she was told by an aide that …": the agent spoke
    if (isPassive(tokens, k)) {
      const agent = lower(tokens[cueEnd]) === 'by' ? phraseAfter(tokens, cueEnd + 1) : null;
      if (agent && agent.kind !== 'pronoun' && lower(tokens[agent.last]) === 'that' && agent.last + 1 < tokens.length) {
        const r = make('quote.reported.passive-by', tokens, agent, [k, cueEnd + 1], tokens[agent.last + 1].start, clauseEnd(tokens, agent.last + 1, sentence.end));
        if (r) return r;
      }
      // "Ana Lind is said to have left": reported by no one the text names; the whole sentence is the report
      if (!agent && lower(tokens[k]) === 'said' && lower(tokens[cueEnd]) === 'to' && k > 1 && BE_PRESENT_OR_PAST.has(lower(tokens[k - 1]))) {
        const r = make('quote.reported.said-to', tokens, null, [k - 1, cueEnd], sentence.start, sentence.end);
        if (r) return r;
      }
      continue;
    }
    // "…, saying that …": the subject is the sentence's own.
    const gerund = isGerund(tokens[k]);
    if (gerund && !GERUND_CUES.test(lower(tokens[k])) && lower(tokens[cueEnd]) !== 'that') continue;
    let subject = gerund ? null : subjectBefore(tokens, k, 0);
    if (!subject && gerund && tokens[k - 1]?.text === ',') {
      const own = phraseAfter(tokens, 0);
      if (own) subject = { phrase: own };
    }
    if (subject && !quoted(tokens[subject.phrase.first].start)) {
      const first = subject.phrase.first;
      // "The museum, Ana Lind said, will open in May.": the attribution inside the sentence it reports
      const comma = commaAfter(tokens, cueEnd);
      if (commaBefore(tokens, first) && comma >= 0 && wordsIn(tokens, tokens[comma].end, sentence.end) >= 2) {
        const r = make('quote.reported.cue-inside', tokens, subject.phrase, [k, cueEnd], sentence.start, sentence.end, subject.role);
        if (r) return r;
      }
      const c = complementStart(tokens, k, cueEnd);
      // "repeated her claim that …": the speech noun reports the words
      if (CLAIM_NOUNS.has(lower(tokens[c + 1])) && lower(tokens[c + 2]) === 'that') continue;
      // X said (that) …; other verbs need their "that" ("rejected the accusation" reports no words).
      const clausal = lower(tokens[c - 1]) === 'that' || isClausal(tokens, k, cueEnd);
      if (clausal && c < tokens.length && wordsIn(tokens, tokens[c].start, sentence.end) >= THRESHOLDS.reportedClauseMinWords) {
        const r = make('quote.reported.clause-after-cue', tokens, subject.phrase, [k, cueEnd], tokens[c].start, clauseEnd(tokens, c, sentence.end), subject.role);
        if (r) return r;
      }
      // …, X said.
      if (first > 0 && tokens[first - 1].text === ',' && skipFiller(tokens, cueEnd, tokens.length) >= tokens.length - 1) {
        const r = make('quote.reported.subject-cue-after', tokens, subject.phrase, [k, cueEnd], sentence.start, tokens[first - 1].start, subject.role);
        if (r) return r;
      }
      continue;
    }
    // …, said X.
    if (k > 0 && tokens[k - 1].text === ',') {
      const after = skipFiller(tokens, cueEnd, tokens.length);
      const inverted = phraseAfter(tokens, after);
      if (inverted && inverted.kind !== 'pronoun' && inverted.last >= tokens.length - 2) {
        const r = make('quote.reported.cue-subject-after', tokens, inverted, [k, cueEnd], sentence.start, tokens[k - 1].start);
        if (r) return r;
      }
      // "…, argued the council's lawyer, Ana Lind."
      const described = describedNameAfter(tokens, after);
      if (described) {
        const r = make('quote.reported.cue-subject-after', tokens, described.phrase, [k, cueEnd], sentence.start, tokens[k - 1].start, described.role);
        if (r) return r;
      }
    }
  }
  return null;

  function make(rule: string, toks: Token[], phrase: NounPhrase | null, cue: [number, number], start: number, end: number, role?: [number, number]): ReportedSpeech | null {
    const e = trimEnd(doc.text, start, end);
    let s = start;
    while (s < e && /[\s,]/.test(doc.text[s])) s++;
    if (wordsIn(toks, s, e) < THRESHOLDS.reportedClauseMinWords) return null;
    const body = doc.text.slice(s, e);
    return { contentStart: s, contentEnd: e, tokens: toks, phrase, cue, role, mixed: QUOTE_MARKS.test(body), rule };
  }
}

/** A sentence holds at most this many attributions (a bound on the work per sentence, whatever its length). */
const MAX_PER_SENTENCE = 4;

/** Reported speech in every sentence that is not itself inside a quotation. */
export function findReportedSpeech(
  doc: Reading,
  quotedRanges: ReadonlyArray<[number, number]>,
  usedCues: ReadonlySet<number>,
): ReportedSpeech[] {
  const quoted = insideAny(quotedRanges);
  const found: ReportedSpeech[] = [];
  for (const sentence of doc.sentences) {
    if (quoted(sentence.start) && quoted(sentence.end - 1)) continue;
    if (!PROSE_END.test(doc.text.slice(sentence.start, sentence.end))) continue;
    // "X said A, and Y said B": each attribution of the sentence, left to right
    for (let from = sentence.start, n = 0; n < MAX_PER_SENTENCE; n++) {
      const r = reportedIn(doc, sentence, quoted, usedCues, from);
      if (!r) break;
      const last = found[found.length - 1];
      if (!last || r.contentStart >= last.contentEnd) found.push(r);
      const cueEnd = r.tokens[r.cue[1] - 1].end;
      from = Math.max(r.contentEnd, cueEnd);
    }
  }
  return found;
}

/** Whether an offset falls inside one of the ranges (sorted by start, not overlapping). */
function insideAny(ranges: ReadonlyArray<[number, number]>): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < ranges[mid][0]) hi = mid - 1;
      else if (offset >= ranges[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
