// Name spans. Capitalised words (and gazetteer matches) next to each
// other form a span; punctuation, lower-case words, titles and possessives end
// it, so "(United Nations) Russia" and "United States, France, Japan" come
// apart, and no span starts with "the" or ends with "'s". Connectors join
// parts only where the name asks for them: "Bank of England", "Hans van Mierlo".

import type { GazetteerMatch } from './gazetteer-matches.js';
import { keyOf } from './gazetteer-matches.js';
import { isCommonWord, isFirstName, lookupName, seenCapitalised, type NameInfo } from '../../lexicon/gazetteers.js';
import type { Sentence, Token, Tokens } from '../../text/tokens.js';
import { EVENT_HEADS, LAW_HEADS, LEGAL_FORMS, NAME_CONNECTORS, NEVER_NAMES, ORG_HEADS, ORGANISATION_NAME_CONNECTORS, PERSON_PARTICLES, PLACE_HEADS, TIME_ZONES } from '../../lexicon/words.js';

export interface NameSpan {
  /** Token range, end exclusive. */
  from: number;
  to: number;
  /** The gazetteer match, when the span is exactly one. */
  gazetteer?: NameInfo;
  /** The gazetteer matches inside the span. */
  parts: Unit[];
}

interface Unit {
  from: number;
  to: number;
  info?: NameInfo;
}

const MAX_TOKENS = 8;
const WEEKDAY_NAMES = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** Heads that take "of": "Bank of England", "Republic of Korea", "Gulf of Mexico". */
const OF_HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...EVENT_HEADS, ...LAW_HEADS, 'battle', 'republic', 'kingdom', 'house', 'museum', 'cathedral', 'church', 'isle', 'duke', 'prince', 'princess', 'order', 'friends', 'society']);

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const NAME_TAGS = [...PERSON_TAGS, 'Place', 'Country', 'City', 'Region', 'Organization'];

/** Whether a capital on this token says nothing (headline, first word, after "U.K."). */
function capitalsSayNothing(tokens: Token[], sentence: Sentence, i: number): boolean {
  if (sentence.shouting) return true;
  // An all-capital word in ordinary text is an acronym, wherever it stands ("WHO experts").
  if (/^\p{Lu}{2,}$/u.test(tokens[i].text)) return false;
  if (sentence.headline || tokens[i].first) return true;
  const prev = tokens[i - 1];
  return Boolean(prev && prev.sentence === tokens[i].sentence && /\p{L}\.$/u.test(prev.text) && prev.text.length <= 5);
}

/** "al-Kabariti", "bin-Laden", "d'Estaing": a particle glued to a capitalised name. */
const PARTICLE_NAME = /^(?:al|el|bin|ben|abu|ibn|da|de|di|du|van|von|d|l)[-'’]\p{Lu}/u;
/** Endings of common words, for unknown words where a capital says nothing. */
const COMMON_ENDING = /\p{Ll}(?:tion|sion|ment|ness|ity|ance|ence|ing|ed|ly|ous|ive|able|ible|ful|less|ism|ship|hood|ical|ised|ized|ises|izes)$/u;
const NOT_NAME_TAGS = ['Adjective', 'Verb', 'Adverb', 'Gerund', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Plural'];

function nameable(toks: Tokens, sentence: Sentence, titles: Uint8Array, i: number): boolean {
  const { tokens } = toks;
  const t = tokens[i];
  if (!t.word || titles[i]) return false;
  if (!/^\p{Lu}/u.test(t.text)) return PARTICLE_NAME.test(t.text) && !sentence.shouting;
  if (/['’](?:m|re|ve|ll|d|t)$/i.test(t.text)) return false; // "I'm", "We've", "Don't"
  const next = tokens[i + 1];
  if (next && next.text === '$' && next.start === t.end) return false; // "US$", "HK$": currencies
  // "WHO" and "US" in ordinary text are names, "who" and "us" are not.
  const acronym = !sentence.shouting && /^\p{Lu}{2,}$/u.test(t.text);
  if (!acronym && (NEVER_NAMES.has(t.lower) || NEVER_NAMES.has(t.lower.replace(/\.$/, '')))) return false;
  if (TIME_ZONES.has(t.lower)) return false;
  if (!capitalsSayNothing(tokens, sentence, i)) return true;
  const plain = !sentence.shouting && !sentence.headline;
  if (isCommonWord(t.lower)) {
    // compromise's word that a common-looking first word is a name ("Will Smith").
    return plain && NAME_TAGS.some((tag) => t.tags.includes(tag)) && !t.tags.includes('Verb');
  }
  if (seenCapitalised(t.lower)) return true;
  // An unknown word: the document or the word itself may still show it is no name.
  if (toks.lowerWords.has(t.lower) || COMMON_ENDING.test(t.text)) return false;
  if (plain && NOT_NAME_TAGS.some((tag) => t.tags.includes(tag)) && !NAME_TAGS.some((tag) => t.tags.includes(tag))) return false;
  return true;
}

/** Units: gazetteer matches, or single nameable tokens; null where a span must end. */
function unitsOf(toks: Tokens, sentence: Sentence, titles: Uint8Array, starts: Map<number, GazetteerMatch>): Array<Unit | null> {
  const units: Array<Unit | null> = [];
  let i = sentence.from;
  while (i < sentence.to) {
    const match = starts.get(i);
    if (match && !titles[i]) {
      units.push({ from: match.from, to: match.to, info: match.info });
      i = match.to;
    } else if (nameable(toks, sentence, titles, i)) {
      units.push({ from: i, to: i + 1 });
      i += 1;
    } else {
      units.push(null);
      i += 1;
    }
  }
  return units;
}

/** Whether connector token(s) between two name parts belong to one name. */
function joins(tokens: Token[], left: Unit[], connector: Token[], right: Unit): boolean {
  const word = connector[0].lower;
  if (connector.length === 1 && connector[0].text === '&') return true;
  // "Workers' Party", "People's Party": a possessive inside an organisation's name.
  if (connector.length === 1 && /^['’]s?$/i.test(connector[0].text) && right.to - right.from === 1 && ORG_HEADS.has(tokens[right.from].lower)) {
    const before = tokens[left[left.length - 1].to - 1].lower;
    return before === 'people' || before.endsWith('s');
  }
  const lastLeft = tokens[left[left.length - 1].to - 1];
  if (word === 'of' && (connector.length === 1 || connector[1].lower === 'the')) {
    // a company's legal form ends its name: "Kestrel Corp of Canada" is the company and a place
    if (OF_HEADS.has(lastLeft.lower) && !LEGAL_FORMS.has(lastLeft.lower)) return true;
    return lookupName(keyOf(tokens, left[0].from, right.to)) !== undefined;
  }
  // "Alliance for Fair Housing", "Commission on Rural Broadband": an organisation's head and what it is for
  if (connector.length === 1 && (word === 'for' || word === 'on') && ORG_HEADS.has(lastLeft.lower)) return true;
  // "Association of Fire Chiefs and Paramedics": "and" inside such a name
  if (connector.length === 1 && word === 'and' && headLed(tokens, left[0].from, left[left.length - 1].to)) return true;
  if (connector.length === 1 && PERSON_PARTICLES.has(word) && connector[0].text === word) {
    // "Charles de Gaulle", "Hans van Mierlo": a person's name around the particle.
    const single = left.length === 1 && !left[0].info && right.to - right.from === 1 && !right.info;
    return single && /^\p{Lu}\p{Ll}/u.test(tokens[right.from].text);
  }
  return false;
}

/** An organisation's head followed by "of", "for" or "on" opens the name (tokens `from`..`to`). */
export function headLed(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (/^(?:of|for|on)$/.test(tokens[k].lower) && ORG_HEADS.has(tokens[k - 1].lower)) return true;
  return false;
}

/** A word that may name a day with it ("Super", "Black"), rather than a name before a date. */
function dayQualifier(t: Token): boolean {
  const info = lookupName(t.lower);
  if (info && info.type !== 'other') return false;
  return !isFirstName(t.lower) && !t.tags.some((tag) => PERSON_TAGS.includes(tag) || tag === 'Place' || tag === 'Organization');
}

function spansOfSentence(tokens: Token[], sentence: Sentence, units: Array<Unit | null>): NameSpan[] {
  const spans: NameSpan[] = [];
  let run: Unit[] = [];
  const close = () => {
    if (run.length) spans.push(...split(run, tokens));
    run = [];
  };
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    if (unit) {
      if (run.length && unit.to - run[0].from > MAX_TOKENS) close();
      run.push(unit);
      continue;
    }
    // A connector: look at the token(s) and the unit after them.
    if (run.length) {
      const at = run[run.length - 1].to;
      const one = tokens[at];
      const twoWords = tokens[at + 1]?.lower === 'the' ? 2 : 1;
      const nextUnit = units[u + twoWords];
      if ((NAME_CONNECTORS.has(one.lower) || ORGANISATION_NAME_CONNECTORS.has(one.lower) || /^['’]s?$/i.test(one.text)) && nextUnit && at + twoWords < sentence.to && nextUnit.from === at + twoWords && joins(tokens, run, tokens.slice(at, at + twoWords), nextUnit)) {
        u += twoWords - 1;
        continue;
      }
    }
    // "Super Tuesday", "Black Friday", "Good Friday": a day's name after one common word.
    if (run.length === 1 && run[0].to - run[0].from === 1 && WEEKDAY_NAMES.has(tokens[run[0].to]?.text ?? '') && dayQualifier(tokens[run[0].from])) {
      run.push({ from: run[0].to, to: run[0].to + 1 });
      close();
      continue;
    }
    close();
  }
  close();
  return spans;
}

/** Splits a run where it joins names that stand apart ("Russian" + "Foreign Ministry", "Moscow Russia"). */
function split(run: Unit[], tokens: Token[]): NameSpan[] {
  const span = (units: Unit[]): NameSpan => ({
    from: units[0].from,
    to: units[units.length - 1].to,
    gazetteer: units.length === 1 ? units[0].info : undefined,
    parts: units.filter((u) => u.info),
  });
  if (run.length === 1) return [span(run)];
  const known = (u: Unit) => u.info && (u.info.source === 'country' || u.info.source === 'demonym');
  if (run.every((u) => known(u) && u.info!.type === 'place')) return run.map((u) => span([u]));
  if (run[0].info?.type === 'nationality') return [span([run[0]]), ...split(run.slice(1), tokens)];
  // "... of the United States Joe Biden": a country, then a person's name.
  if (known(run[0]) && run[0].info!.type === 'place' && !run[1].info && isFirstName(tokens[run[1].from].lower) && run.length > 2)
    return [span([run[0]]), span(run.slice(1))];
  return [span(run)];
}

/** Name spans of the document, in text order. */
export function findNameSpans(toks: Tokens, matches: GazetteerMatch[], titles: Uint8Array): NameSpan[] {
  const starts = new Map(matches.map((m) => [m.from, m]));
  const spans: NameSpan[] = [];
  for (const sentence of toks.sentences) {
    for (const span of spansOfSentence(toks.tokens, sentence, unitsOf(toks, sentence, titles, starts))) spans.push(span);
  }
  return spans;
}

