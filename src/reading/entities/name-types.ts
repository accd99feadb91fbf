// What kind of thing each name span is. In order: the gazetteers'
// word on the whole name, a title before it (a person), the name's own head
// word ("Department", "River", "Treaty"), and otherwise a naive Bayes vote of
// its words and neighbours from CoNLL-2003 counts and compromise's tags.

import type { EntityType } from '../../facts.js';
import { contextRow, isDemonym, lexiconTags, lookupName, tokenRow } from '../../lexicon/gazetteers.js';
import { EVENT_HEADS, HONORIFICS, LAW_HEADS, ORG_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS, WEEKDAYS } from '../../lexicon/words.js';
import type { Token, Tokens } from '../../text/tokens.js';
import type { NameSpan } from './name-spans.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

export interface TypedSpan extends NameSpan {
  type: EntityType;
  confidence: number;
  /** A title stands right before the name. */
  titled: boolean;
  /** The rule that set the type (see README.md, "Rules"). */
  rule: string;
}

// Classes of the vote, in the order of the CoNLL statistics; O is "no name".
const MISC = 3;
const O = 4;
const PRIOR = [0.27, 0.25, 0.3, 0.1, 0.08];
const CLASS_TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

const PLACE_FIRST = new Set(['mount', 'mt.', 'lake', 'cape', 'fort', 'port', 'gulf', 'bay', 'isle', 'lac', 'rio']);
const PERSON_SUFFIX = /(ov|ova|ev|eva|ski|sky|ska|enko|vich|ovic|son|sen|ez|ini|elli|escu|yan|ian|oglu|aki|ashvili|idze)$/;
const PLACE_SUFFIX = /(ia|stan|land|burg|bourg|grad|abad|pur|ville|polis|shire)$/;
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** What a word alone says about the class, when CoNLL never saw it. */
function unseenWord(t: Token): number[] {
  const tags = [...lexiconTags(t.lower), ...t.tags];
  if (['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'].some((x) => tags.includes(x))) return [0.8, 0.06, 0.08, 0.03, 0.03];
  if (['Country', 'City', 'Region', 'Place'].some((x) => tags.includes(x))) return [0.06, 0.1, 0.78, 0.03, 0.03];
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return [0.05, 0.8, 0.1, 0.03, 0.02];
  if (tags.includes('Demonym')) return [0.02, 0.03, 0.03, 0.9, 0.02];
  const bare = t.text.replace(/\./g, '');
  if (ACRONYM.test(bare)) return [0.05, 0.6, 0.15, 0.15, 0.05];
  if (PERSON_SUFFIX.test(t.lower)) return [0.65, 0.1, 0.2, 0.03, 0.02];
  if (PLACE_SUFFIX.test(t.lower)) return [0.2, 0.15, 0.55, 0.05, 0.05];
  return [0.45, 0.2, 0.25, 0.06, 0.04];
}

function wordDistribution(t: Token): number[] {
  const row = tokenRow(t.lower);
  const seen = row ? row[0] + row[1] + row[2] + row[3] + row[4] : 0;
  if (!row || seen === 0) return unseenWord(t);
  const k = 1.5;
  const fallback = unseenWord(t);
  return [0, 1, 2, 3, 4].map((c) => (row[c] + k * fallback[c]) / (seen + k));
}

function contextDistribution(side: 'before' | 'after', t: Token | undefined): number[] | null {
  if (!t) return null;
  const row = contextRow(side, t.lower);
  if (!row) return null;
  const total = row.reduce((a, b) => a + b, 0);
  return row.map((n, c) => (n + 2 * PRIOR[c]) / (total + 2));
}

/** The naive Bayes vote of the span's words, its neighbours and compromise's tags. */
function vote(tokens: Token[], span: NameSpan, shouting: boolean): number[] {
  const score = PRIOR.map(Math.log);
  const add = (dist: number[] | null, weight: number) => {
    if (!dist) return;
    for (let c = 0; c <= O; c++) score[c] += weight * Math.log(Math.max(dist[c], 1e-4) / PRIOR[c]);
  };
  for (let i = span.from; i < span.to; i++) if (tokens[i].word) add(wordDistribution(tokens[i]), 1);
  const before = tokens[span.from - 1];
  const after = tokens[span.to];
  const sameSentence = (t: Token | undefined) => (t && t.sentence === tokens[span.from].sentence ? t : undefined);
  const contextWeight = shouting ? 0.3 : 0.8;
  add(contextDistribution('before', sameSentence(before)), contextWeight);
  add(contextDistribution('after', sameSentence(after)), contextWeight);
  // compromise read the sentence: its tags carry context the counts lack.
  if (!shouting) {
    // Read only here: the first read of a token's tags runs compromise on its sentence.
    const tags = tokens[span.from].tags;
    if (tags.includes('Person')) add([0.7, 0.1, 0.1, 0.05, 0.05], 0.7);
    else if (tags.includes('Place')) add([0.1, 0.15, 0.65, 0.05, 0.05], 0.5);
    else if (tags.includes('Organization')) add([0.1, 0.65, 0.15, 0.05, 0.05], 0.5);
  }
  return score;
}

const CLASS_OF: Partial<Record<EntityType, number>> = { person: 0, organization: 1, place: 2, other: 3 };

/** Between two readings of a known name, the one its neighbours favour; the second wins ties. */
function contextChooses(tokens: Token[], span: NameSpan, first: EntityType, second: EntityType): EntityType {
  const a = CLASS_OF[first];
  const b = CLASS_OF[second];
  if (a === undefined || b === undefined) return first;
  const sentence = tokens[span.from].sentence;
  let score = 0;
  for (const [side, t] of [['before', tokens[span.from - 1]], ['after', tokens[span.to]]] as const) {
    if (!t || t.sentence !== sentence) continue;
    // A score beside the name: a results table, where places stand for teams.
    if (/^\d+$/.test(t.text)) score += 1.5;
    const dist = contextDistribution(side, t);
    if (dist) score += Math.log(dist[a] / PRIOR[a]) - Math.log(dist[b] / PRIOR[b]);
  }
  return score > THRESHOLDS.contextOverturnsGazetteer ? first : second;
}

const isTitle = (t: Token | undefined) => Boolean(t && TITLE_HEADS.has(t.lower.replace(/\.$/, '')));

function headRule(tokens: Token[], span: NameSpan): EntityType | null {
  const first = tokens[span.from].lower;
  let last = tokens[span.to - 1].lower;
  const words = span.to - span.from;
  // "Bank of England", "Gulf of Mexico", "Republic of Korea": the head stands before "of";
  // "Alliance for Fair Housing", "Commission on Rural Broadband": an organisation's before "for" or "on".
  for (let i = span.from + 1; i < span.to - 1; i++) {
    const connector = tokens[i].lower;
    if (connector !== 'of' && !((connector === 'for' || connector === 'on') && ORG_HEADS.has(tokens[i - 1].lower))) continue;
    const head = tokens[i - 1].lower;
    if (head === 'republic' || head === 'kingdom') return 'place';
    if (ORG_HEADS.has(head) || PLACE_HEADS.has(head) || LAW_HEADS.has(head) || EVENT_HEADS.has(head)) last = head;
    break;
  }
  if (first === 'operation' && words > 1) return 'event';
  if (words === 2 && WEEKDAYS.includes(last)) return 'event';
  if (words > 1 && LAW_HEADS.has(last)) return 'other';
  if (words > 1 && EVENT_HEADS.has(last)) return 'event';
  if (ORG_HEADS.has(last) && (words > 1 || /^\p{Lu}\p{Ll}/u.test(tokens[span.from].text))) return 'organization';
  // "the <faith or people's adjective> State": a movement or a regime, not a map's place
  if (words === 2 && last === 'state' && adjectiveOfPeople(first)) return 'organization';
  if (words > 1 && (PLACE_HEADS.has(last) || PLACE_FIRST.has(first))) return 'place';
  return null;
}

function adjectiveOfPeople(lower: string): boolean {
  if (isDemonym(lower)) return true;
  const known = lookupName(lower);
  return Boolean(known && (known.type === 'nationality' || known.type === 'other') && known.weight >= THRESHOLDS.strongGazetteerWeight);
}

/** A span made only of title words ("President", "Foreign Minister") names no one. */
function onlyTitles(tokens: Token[], span: NameSpan): boolean {
  for (let i = span.from; i < span.to; i++) {
    const lower = tokens[i].lower.replace(/\.$/, '');
    if (!TITLE_HEADS.has(lower) && !TITLE_MODIFIERS.has(lower)) return false;
  }
  return true;
}

/** "SEATTLE 1996-08-29", "PARIS, France": an upper-case name opening a line before a date or a place. */
function isDateline(tokens: Token[], span: NameSpan): boolean {
  const first = tokens[span.from];
  const prev = tokens[span.from - 1];
  if (prev && prev.sentence === first.sentence) return false;
  for (let i = span.from; i < span.to; i++) if (tokens[i].text !== tokens[i].text.toUpperCase()) return false;
  const next = tokens[span.to];
  if (!next || next.sentence !== first.sentence) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(next.text) || next.text === '(') return true;
  return next.text === ',' && Boolean(tokens[span.to + 1]) && /^\p{Lu}/u.test(tokens[span.to + 1].text);
}

/** "O.J. Simpson", "J. Smith": initials before a name are a person's. */
function startsWithInitials(tokens: Token[], span: NameSpan): boolean {
  if (span.to - span.from < 2 || span.parts.some((p) => p.from === span.from)) return false;
  return /^(?:\p{Lu}\.){1,3}$/u.test(tokens[span.from].text) && /^\p{Lu}\p{Ll}/u.test(tokens[span.to - 1].text);
}

export function typeSpans({ tokens, sentences }: Tokens, spans: NameSpan[], titles: Uint8Array): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const span of spans) {
    const before = tokens[span.from - 1];
    const titled =
      Boolean(before && before.sentence === tokens[span.from].sentence) &&
      (titles[span.from - 1] === 1 || (isTitle(before) && (HONORIFICS.has(before.lower.replace(/\.$/, '')) || /^\p{Ll}/u.test(before.text))));
    const shouting = sentences[tokens[span.from].sentence]?.shouting ?? false;
    // Fields copied one by one: an object spread here took half of this pass's own time.
    const typed = (type: EntityType, confidence: number, rule: string) =>
      out.push({ from: span.from, to: span.to, gazetteer: span.gazetteer, parts: span.parts, type, confidence, titled, rule });
    const g = span.gazetteer;
    if (g && (g.source === 'country' || g.source === 'demonym')) {
      typed(g.type, 1, 'entity.gazetteer.country');
      continue;
    }
    if (g?.alternative && !titled) {
      typed(contextChooses(tokens, span, g.type, g.alternative), g.weight, 'entity.gazetteer.context');
      continue;
    }
    if (g && g.weight >= THRESHOLDS.gazetteerWeight && !(titled && g.type !== 'person')) {
      typed(g.type === 'other' && isDemonym(keyLower(tokens, span)) ? 'nationality' : g.type, g.weight, 'entity.gazetteer');
      continue;
    }
    if (titled || startsWithInitials(tokens, span)) {
      typed('person', 0.9, 'entity.title');
      continue;
    }
    if (isDateline(tokens, span) && (!g || g.type === 'place' || g.weight < THRESHOLDS.strongGazetteerWeight)) {
      typed('place', 0.9, 'entity.dateline');
      continue;
    }
    if (onlyTitles(tokens, span)) continue;
    const head = headRule(tokens, span);
    if (head) {
      typed(head, 0.8, 'entity.head-word');
      continue;
    }
    if (g) {
      typed(g.type, g.weight, 'entity.gazetteer.weak');
      continue;
    }
    const score = vote(tokens, span, shouting);
    let best = 0;
    for (let c = 1; c <= O; c++) if (score[c] > score[best]) best = c;
    if (best === O) continue;
    const sorted = [...score].sort((a, b) => b - a);
    const confidence = 1 / (1 + Math.exp(-(sorted[0] - sorted[1])));
    let type = CLASS_TYPES[best];
    if (best === MISC && isDemonym(keyLower(tokens, span))) type = 'nationality';
    typed(type, confidence, 'entity.word-statistics');
  }
  return out;
}

function keyLower(tokens: Token[], span: NameSpan): string {
  return tokens
    .slice(span.from, span.to)
    .map((t) => t.lower)
    .join(' ');
}

