// Quotations: direct, partial, block, indirect and mixed, each with its
// speaker, role, cue, exact spans and the rules that found them. The passes
// (PASSES below) run the numbered steps in order:
//   1 quote marks             4 block quotations
//   2 frame and classify      5 reported speech (indirect, mixed)
//   3 attribute               6 name the speakers

import type { Quote, QuoteKind, Speaker } from '../../facts.js';
import type { Reading } from '../../reading/index.js';
import { findMarkedQuotes, SPEAKER_LABEL } from './01-marks.js';
import { frameQuotes, segmentAt, type FramedQuote } from './02-frames.js';
import { attributeHead, attributeQuote, type Attribution } from './03-attribute.js';
import { findBlockQuotes } from './04-blocks.js';
import { complementStart, findReportedSpeech, trimEnd, type ReportedSpeech } from './05-reported.js';
import { SpeakerContext, speakerOf } from './06-speakers.js';
import { findWritings } from './writings.js';
import { confidenceOf } from '../../rules/index.js';
import { THRESHOLDS } from '../../rules/thresholds.js';
import { lastStartingBy } from '../../text/search.js';

interface Candidate {
  start: number;
  end: number;
  kind: QuoteKind;
  attribution: Attribution | null;
  /** Takes the speaker of the quotation before it (a continuation, or a later fragment of one sentence). */
  inherits: boolean;
  /** End of the sentence the quotation stands in. */
  sentenceEnd: number;
}

/** The rule of a quotation nobody is named for and that continues nothing. */
const UNATTRIBUTED = 'quote.unattributed';

/** A quotation opening its paragraph after one that ends "X said:". */
function attributeFromColon(doc: Reading, q: FramedQuote): Attribution | null {
  const p = segmentAt(doc.paragraphs, q.open);
  if (!q.opensParagraph || p === 0) return null;
  const prev = doc.paragraphs[p - 1];
  if (doc.text[prev.end - 1] !== ':') return null;
  const sentence = doc.sentences[segmentAt(doc.sentences, prev.end - 1)];
  const found = attributeHead(doc.tokensIn(Math.max(sentence.start, prev.start), prev.end));
  return found && { ...found, rule: 'quote.previous-paragraph-colon' };
}

/** A heading made of a quotation alone ("“Admission of Guilt”"): nobody's speech in itself. */
function isHeading(doc: Reading, q: FramedQuote): boolean {
  const p = doc.paragraphs[segmentAt(doc.paragraphs, q.open)];
  const content = doc.text.slice(q.contentStart, q.contentEnd);
  return p.start === q.open && p.end === q.close && !/[.!?,]$/.test(content) && content.split(/\s+/).length <= THRESHOLDS.headingMaxWords;
}

/** The speaker label of a transcript inside a quotation, and where the speech after it starts. */
function transcriptLabel(doc: Reading, q: FramedQuote): { attribution: Attribution; speechStart: number } | null {
  const m = SPEAKER_LABEL.exec(doc.text.slice(q.contentStart, Math.min(q.contentEnd, q.contentStart + 40)));
  if (!m) return null;
  const labelStart = q.contentStart + m[0].indexOf(m[1]);
  const tokens = doc.tokensIn(labelStart, labelStart + m[1].length);
  const phrase = { kind: 'name' as const, first: 0, last: tokens.length, nameFirst: 0 };
  return { attribution: { tokens, phrase, cue: null, type: 'person', rule: 'quote.transcript-label' }, speechStart: q.contentStart + m[0].length };
}

function markedCandidates(doc: Reading, framed: FramedQuote[]): Candidate[] {
  return framed.map((q, k) => {
    const label = transcriptLabel(doc, q);
    if (label) {
      const { attribution, speechStart } = label;
      return { start: speechStart, end: q.contentEnd, kind: q.kind, attribution, inherits: false, sentenceEnd: q.frameEnd };
    }
    const attribution = attributeQuote(q) ?? attributeFromColon(doc, q);
    const prev = framed[k - 1];
    const sameSentence = prev !== undefined && prev.frameEnd > q.open;
    const samePassage = prev !== undefined && segmentAt(doc.paragraphs, q.open) - segmentAt(doc.paragraphs, prev.open) <= 1;
    const inherits = !attribution && !isHeading(doc, q) && (sameSentence || (q.kind === 'direct' && samePassage));
    return {
      start: q.contentStart,
      end: q.contentEnd,
      kind: q.kind,
      attribution,
      inherits,
      sentenceEnd: q.frameEnd,
    };
  });
}

function reportedCandidate(r: ReportedSpeech): Candidate {
  return {
    start: r.contentStart,
    end: r.contentEnd,
    kind: r.mixed ? 'mixed' : 'indirect',
    attribution: { tokens: r.tokens, phrase: r.phrase, cue: r.cue, role: r.role, rule: r.rule },
    inherits: false,
    sentenceEnd: r.contentEnd,
  };
}

/**
 * A partial quotation and the reported clause around it ("X said that Y was
 * “…”"): the clause is a mixed quotation of its own when the quoted words are
 * a small part of it; when one quotation is a large part of it, that
 * quotation stands for the clause.
 */
function pairWithClauses(doc: Reading, marked: Candidate[], reported: Candidate[]): Candidate[] {
  // Reported clauses come one per sentence, in order; clauses made here follow the partial quotations' order.
  const made: Candidate[] = [];
  for (const c of marked) {
    if (c.kind !== 'partial') continue;
    let clause = containing(reported, c) ?? containing(made, c);
    if (!clause && c.attribution?.cue && c.attribution.tokens[c.attribution.cue[0]].start < c.start) {
      const { tokens, cue } = c.attribution;
      const from = complementStart(tokens, cue[0], cue[1]);
      const start = from < tokens.length ? tokens[from].start : c.start - 1;
      const end = trimEnd(doc.text, start, c.sentenceEnd);
      if (end > c.end) {
        clause = { start, end, kind: 'mixed', attribution: { ...c.attribution, rule: 'quote.mixed.clause-around-partial' }, inherits: false, sentenceEnd: c.sentenceEnd };
        made.push(clause);
      }
    }
    if (!clause) continue;
    clause.kind = 'mixed';
    c.attribution = clause.attribution;
    c.inherits = false;
  }
  const partials = marked.filter((c) => c.kind === 'partial').sort((a, b) => a.start - b.start);
  return [...reported, ...made].filter((r) => {
    for (let k = Math.max(0, lastStartingBy(partials, r.start - 1) + 1); k < partials.length && partials[k].start < r.end; k++) {
      const c = partials[k];
      if (c.end <= r.end && c.end - c.start >= THRESHOLDS.partialStandsForClause * (r.end - r.start)) return false;
    }
    return true;
  });
}

/** The range holding `c`, among ranges sorted by start that barely overlap (clauses of sentences). */
function containing(ranges: readonly Candidate[], c: Candidate): Candidate | undefined {
  const top = lastStartingBy(ranges, c.start);
  for (let k = top; k >= 0 && k > top - 4; k--) if (c.end <= ranges[k].end) return ranges[k];
  return undefined;
}

/** A fragment of three words or fewer inside a mixed quotation is reported only as part of it. */
function dropFragmentsOfMixed(doc: Reading, candidates: Candidate[]): Candidate[] {
  const mixed = candidates.filter((c) => c.kind === 'mixed').sort((a, b) => a.start - b.start);
  const short = (c: Candidate) => doc.text.slice(c.start, c.end).trim().split(/\s+/).length <= THRESHOLDS.fragmentMaxWords;
  return candidates.filter((c) => c.kind !== 'partial' || !short(c) || !containing(mixed, c));
}

interface QuoteState {
  readonly reading: Reading;
  framed: FramedQuote[];
  candidates: Candidate[];
  quotes: Quote[];
}

type QuotePass = (state: QuoteState) => void;

/** The passes, in the order they run; each reads and extends one shared state. */
const PASSES: ReadonlyArray<[name: string, pass: QuotePass]> = [
  ['marks and frames', (s) => (s.framed = frameQuotes(s.reading, findMarkedQuotes(s.reading)))],
  ['attribution', (s) => (s.candidates = markedCandidates(s.reading, s.framed))],
  ['block quotations', addBlockQuotes],
  ['reported speech', addReportedSpeech],
  ['speakers', nameSpeakers],
  ['quotations in pieces', joinPieces],
];

export function extractQuotes(reading: Reading): Quote[] {
  const state: QuoteState = { reading, framed: [], candidates: [], quotes: [] };
  for (const [, pass] of PASSES) pass(state);
  return state.quotes;
}

function addBlockQuotes({ reading, candidates }: QuoteState): void {
  for (const b of findBlockQuotes(reading)) {
    const attribution: Attribution = { tokens: b.tokens, phrase: b.phrase, cue: b.cue, role: b.role, rule: b.rule };
    candidates.push({ start: b.start, end: b.end, kind: 'block', attribution, inherits: false, sentenceEnd: b.end });
  }
}

/** Reported speech outside the quotations, and the mixed quotations it makes with partial ones. */
function addReportedSpeech(state: QuoteState): void {
  const { reading, framed, candidates } = state;
  const quotedRanges = framed.map((q): [number, number] => [q.contentStart, q.contentEnd]);
  const usedCues = new Set<number>();
  for (const c of candidates) if (c.kind !== 'partial' && c.attribution?.cue) usedCues.add(c.attribution.tokens[c.attribution.cue[0]].start);
  const reported = findReportedSpeech(reading, quotedRanges, usedCues).map(reportedCandidate);
  for (const c of pairWithClauses(reading, candidates, reported)) candidates.push(c); // a loop: no spread of a list as long as the document
  state.candidates = dropFragmentsOfMixed(reading, candidates).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Speakers, in text order: each attribution is resolved against the names and speakers before it. */
const LEARNED_CUE = 'quote.reported.learned-cue';

function nameSpeakers(state: QuoteState): void {
  const { reading: doc, candidates, quotes } = state;
  const names = new SpeakerContext(doc.coreference);
  names.writings = findWritings(doc, names);
  let previous: Speaker | null = null;
  let previousCue: Quote['cue'] = null;
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    let speaker: Speaker | null = null;
    let cue: Quote['cue'] = null;
    let rule = UNATTRIBUTED;
    if (c.attribution) {
      speaker = c.attribution.phrase ? speakerOf(doc, { ...c.attribution, phrase: c.attribution.phrase }, names) : null;
      const [a, b] = c.attribution.cue ?? [0, 0];
      cue = c.attribution.cue ? doc.located(c.attribution.tokens[a].start, c.attribution.tokens[b - 1].end) : null;
      rule = c.attribution.rule;
      if (speaker) names.add(speaker);
    } else if (c.inherits && previous !== null) {
      // A continuation is attributed by the attribution of the quotation it continues.
      speaker = { ...(previous as Speaker), rule: 'speaker.continued' };
      cue = c.kind === 'partial' ? previousCue : null;
      rule = 'quote.continuation';
    }
    // Quoted words nobody is said to have spoken are the writer's: scare quotes.
    if (c.kind === 'partial' && !speaker) continue;
    // A learned cue reports only what someone holds: "the study shows" without its authors is evidence, not a report.
    if (rule === LEARNED_CUE && speaker?.type === 'unknown') continue;
    quotes.push({ ...doc.located(c.start, c.end), kind: c.kind, speaker, cue, confidence: confidenceOf(rule), rule });
    if (speaker && c.kind !== 'indirect') {
      previous = speaker;
      previousCue = cue;
    }
  }
}

/** “The plan,” she said, “is sound.”: the attribution breaks one sentence, which the next piece goes on with. */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against the few characters between two pieces of a quotation (at most pieceGap)
const continuesSentence = (between: string, next: string) => /,\s*\p{Pi}?["“‘']?\s*$/u.test(between) || /^\p{Ll}/u.test(next);

/** “A,” she said, adding, “B.”: a second cue between the pieces introduces a second quotation. */
const introducesAnother = (between: string) => /,\s*(?:and\s+)?(?:adding|saying|noting|continuing|concluding)\b/iu.test(between);

/**
 * “A,” she said, “b.” — one quotation in pieces: a continuation in the same
 * paragraph joins the quotation it continues. The quote's span runs from the
 * first piece to the last, attribution included, and `parts` gives each piece.
 * Pieces that are sentences of their own (“A.” she said. “B.”) stay quotations of their own.
 */
function joinPieces(state: QuoteState): void {
  const { reading: doc } = state;
  const out: Quote[] = [];
  for (const q of state.quotes) {
    const prev = out[out.length - 1];
    const joins =
      prev &&
      (q.rule === 'quote.continuation' || (q.speaker !== null && q.speaker.name === prev.speaker?.name)) &&
      (q.kind === 'direct' || q.kind === 'partial') &&
      (prev.kind === 'direct' || prev.kind === 'block') &&
      segmentAt(doc.paragraphs, prev.span.start) === segmentAt(doc.paragraphs, q.span.start) &&
      q.span.start - prev.span.end <= THRESHOLDS.pieceGap &&
      continuesSentence(doc.text.slice(prev.span.end, q.span.start), q.text) &&
      !introducesAnother(doc.text.slice(prev.span.end, q.span.start));
    if (!joins) {
      out.push(q);
      continue;
    }
    const parts = prev.parts ?? [doc.located(prev.span.start, prev.span.end)];
    out[out.length - 1] = { ...prev, ...doc.located(prev.span.start, q.span.end), parts: [...parts, doc.located(q.span.start, q.span.end)] };
  }
  state.quotes = out;
}
