// Where the learned tagger and the rules meet. Measured on CoNLL-2003's
// development file, the tagger finds and types names better than the rules'
// word statistics, while the rules are right on what they know for sure and
// on text unlike 1996 newswire (curly quotes, possessives, headings). So:
// - a name both find takes the tagger's boundaries and type, unless a sure
//   rule typed it (a country, a title before a person, a dateline, a head
//   word such as "Commission"), or the tagger is unsure of it;
// - a name the tagger splits where a rule keeps it whole ("St Anne's
//   Hospital") stays whole; one the rules split and the tagger surely keeps
//   whole is the tagger's, even past a head word's name ("Organisation for
//   Security and Cooperation" + "in Europe");
// - a name only the tagger finds, surely, is added when it is made of words, starts
//   with a capital and is not one capitalised word opening a sentence, and
//   the sentence is not a heading or written in capitals;
// - a name only the rules find stays when a sure rule found it, when it is an
//   acronym, or one word opening a sentence (where a capital tells the tagger
//   nothing), and goes when only word statistics did.

import { isAmbiguousReportingForm, isReportingVerb } from '../../lexicon/reporting/verbs.js';
import { TIME_ZONES } from '../../lexicon/words.js';
import type { Token, Tokens } from '../../text/tokens.js';
import type { LearnedSpan } from './learned-spans.js';
import type { TypedSpan } from './name-types.js';
import { THRESHOLDS } from '../../rules/thresholds.js';
import { namesNothing } from './not-names.js';

/** Rules that are right whatever the tagger says. */
const SURE = new Set(['entity.gazetteer.country', 'entity.title', 'entity.dateline', 'entity.head-word']);
/** Rules that guess from word statistics: the tagger's word wins over theirs. */
const GUESSES = new Set(['entity.word-statistics', 'entity.gazetteer.context', 'entity.gazetteer.weak']);


export function combineSpans({ tokens, sentences }: Tokens, rules: TypedSpan[], learned: LearnedSpan[]): TypedSpan[] {
  // both lists are in text order: one walk pairs each span with those it overlaps
  const overlapsOf = pairOverlaps(learned, rules);
  const rulesOverlapping = new Map(pairOverlaps(rules, learned).map((hits, k) => [rules[k], hits]));
  const out: TypedSpan[] = [];
  const kept = new Set<TypedSpan>();
  const keep = (span: TypedSpan) => {
    if (!kept.has(span)) out.push(span);
    kept.add(span);
  };
  learned.forEach((l, k) => {
    const overlapping = overlapsOf[k];
    // the tagger splits what a rule keeps whole ("St Anne's Hospital"): the rule's name stands
    if (overlapping.some((r) => rulesOverlapping.get(r)!.length > 1)) {
      for (const r of overlapping) keep(r);
      return;
    }
    // the rules split what the tagger, surely, keeps whole ("Organisation for Security and Cooperation in Europe"): the tagger's
    if (overlapping.length > 1) {
      // …but not a place before a person ("Minister of Ruritania Ana Lind")
      const placeThenPerson = overlapping[0].type === 'place' && overlapping[overlapping.length - 1].type === 'person';
      const whole = !placeThenPerson && l.margin >= THRESHOLDS.taggerMargin && wordsOnly(tokens, l) && freshName(tokens, l) && overlapping.every((r) => l.from <= r.from && r.to <= l.to && (!SURE.has(r.rule) || extendsHead(r, l)));
      if (whole) {
        for (const r of overlapping) kept.add(r);
        out.push({ ...overlapping[0], from: l.from, to: l.to, parts: [], type: l.type, rule: 'entity.tagger' });
      } else for (const r of overlapping) keep(r);
      return;
    }
    const rule = overlapping[0];
    if (!rule) {
      if (l.margin >= THRESHOLDS.taggerMargin && wordsOnly(tokens, l) && freshName(tokens, l) && !sentences[tokens[l.from].sentence].headline && !sentences[tokens[l.from].sentence].shouting) {
        out.push({ from: l.from, to: l.to, parts: [], type: l.type, confidence: 0.8, titled: false, rule: 'entity.tagger' });
      }
      return;
    }
    kept.add(rule);
    const bounds = !SURE.has(rule.rule) && wordsOnly(tokens, l) && freshName(tokens, l) ? l : rule;
    // unsure, or a person the rules see speaking whom the tagger takes for a place ("Ortega said"): the rule's type stands
    const certain = l.margin >= THRESHOLDS.taggerMargin && !(rule.type === 'person' && l.type === 'place' && speaks(tokens, rule));
    out.push(SURE.has(rule.rule) || !certain ? { ...rule, from: bounds.from, to: bounds.to } : { ...rule, from: bounds.from, to: bounds.to, type: l.type, rule: 'entity.tagger' });
  });
  // an acronym the rules found is kept even where the tagger saw none ("(WHO)" after its full name)
  // and a word opening a sentence, where a capital tells the tagger nothing ("Ortega said …")
  for (const r of rules) if (!rulesOverlapping.get(r)!.length && (!GUESSES.has(r.rule) || acronym(tokens, r) || (opening(tokens, r) && !sentences[tokens[r.from].sentence].headline))) keep(r);
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .filter((span) => {
      if (namesNothing(tokens, span.from, span.to)) return false;
      const key = `${span.from}:${span.to}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** For each span of `a`, the spans of `b` it overlaps; both sorted by `from`. */
function pairOverlaps<A extends { from: number; to: number }, B extends { from: number; to: number }>(a: readonly A[], b: readonly B[]): B[][] {
  const out: B[][] = [];
  let j = 0;
  for (const span of a) {
    while (j < b.length && b[j].to <= span.from) j++;
    const hits: B[] = [];
    for (let k = j; k < b.length && b[k].from < span.to; k++) if (b[k].to > span.from) hits.push(b[k]);
    out.push(hits);
  }
  return out;
}

/** The tagger's name goes on from where a head word began one ("Organisation for Security and Cooperation" + "in Europe"). */
const extendsHead = (rule: TypedSpan, learned: LearnedSpan) => rule.rule === 'entity.head-word' && rule.from === learned.from;

const acronym = (tokens: readonly Token[], span: TypedSpan) => span.to - span.from === 1 && /^\p{Lu}{2,6}$/u.test(tokens[span.from].text);

const opening = (tokens: readonly Token[], span: { from: number; to: number }) => span.to - span.from === 1 && tokens[span.from].first;

/** The name is followed by a reporting verb: someone speaking. */
const speaks = (tokens: readonly Token[], span: TypedSpan) => span.to < tokens.length && isReportingVerb(tokens[span.to].lower) && !isAmbiguousReportingForm(tokens[span.to].lower);

function wordsOnly(tokens: readonly Token[], span: LearnedSpan): boolean {
  for (let i = span.from; i < span.to; i++) if (!tokens[i].word) return false;
  return true;
}

/** Starts with a capital, and is not one capitalised word opening a sentence. */
function freshName(tokens: readonly Token[], span: LearnedSpan): boolean {
  const first = tokens[span.from];
  return /^\p{Lu}/u.test(first.text) && !(span.to - span.from === 1 && (first.first || TIME_ZONES.has(first.lower)));
}
