// Step 3: voters the text names on each side. "Russia vetoed" (against),
// "with China abstaining", "9 against (Israel, United States, …)", "Justices
// Farrant and Quist dissented", "Ana Solvang and Tom Tallis opposed both
// bills", "a third, Lena Corwith, voted for the first bill but against the
// second" (one side per vote).

import { MEMBER_NOUNS } from './lexicon.js';
import { isTitle, withoutTitles } from './links.js';
import { NUMBER_SOURCE } from '../../text/number-words.js';
import type { Mention, Side, Unit, VoterClaim } from './types.js';

const PARTICLE = `(?:of|van|de|der|von|da|al|bin|el|la|le|du|del|Mc)`;
const NAME = `(?:[A-Z][\\w'’.-]*(?:\\s+(?:${PARTICLE}\\s+)?[A-Z][\\w'’.-]*){0,3})`;
const LIST = `(?:(?:the\\s+)?${NAME}(?:\\s*,\\s*(?:the\\s+)?${NAME})*(?:\\s*,?\\s+and\\s+(?:the\\s+)?${NAME})?)`;

const SIDE_VERB = `(abstained|abstaining|voted\\s+against|voting\\s+against|voted\\s+in\\s+favou?r(?:\\s+of)?|voting\\s+in\\s+favou?r(?:\\s+of)?|voted\\s+for|voting\\s+for|opposed|opposing|dissented|dissenting|vetoed|supported|backed)`;

/** "with China abstaining", "with Justices Farrant and Quist dissenting". */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against one sentence, at most sentenceMaxChars
const WITH_LIST = new RegExp(`\\bwith\\s+(?:(?:Justices?|Judges?|Senators?|Representatives?|[a-z]+s)\\s+)?(${LIST})\\s+${SIDE_VERB}\\b`, 'g');
/** "Solvang and Tallis opposed", "Two Democrats, Ana Solvang and Tom Tallis, opposed". */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against one sentence, at most sentenceMaxChars
const LIST_VERB = new RegExp(`(?:^|[,;]\\s*|\\b(?:Justices?|Judges?|Senators?|Representatives?)\\s+)(${LIST})\\s*,?\\s+(?:also\\s+|then\\s+)?${SIDE_VERB}\\b`, 'g');
/** "Justice Okoro wrote the dissent, joined by Justices Lind, Vance and Ashby". */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against one sentence, at most sentenceMaxChars
const OPINION = new RegExp(`\\b(?:Chief\\s+)?(?:Justice|Judge)\\s+(${NAME})\\s+wrote\\s+(?:the\\s+|a\\s+)?(?:court['’]s\\s+)?(dissent(?:ing\\s+opinion)?|majority(?:\\s+opinion)?|opinion\\s+for\\s+the\\s+majority|for\\s+the\\s+majority)\\b(?:[^.;]{0,40}?\\bjoined\\s+by\\s+(?:Chief\\s+)?(?:Justices?|Judges?)\\s+(${LIST}))?`, 'g');

/** A labelled count followed by its voters: "9 against (Israel, …)", "with 1 abstention (China)". */
const COUNT_LIST = /\b(in\s+favou?r|against|abstentions?|abstaining|abstained)\s*\(([^()]{2,400})\)/gi;

/** Ordinals that pick one of several votes reported together. */
const ORDINALS: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4 };

/** First words of a phrase that is not a voter's name ("Three Green councillors"). */
const NOT_A_VOTER_START = /^(?:The|A|An|He|She|They|It|We|This|That|These|Those|Both|All|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Most|Many|Some|Several|Other|Others|Only|Each|Every|In|On|At|After|Before|When|While|Despite|Yesterday|Today|Last|Earlier|Later)\b/;
/** Last words of a phrase that names a group or a body, not a voter. */
const NOT_A_VOTER_END = /\b(?:Democrats?|Republicans?|Democratic|Republican|Conservatives?|Labour|Liberals?|Members?|Representatives|Senators|Justices|Judges|MPs|Senate|House|Congress|Parliament|Council|Court|Committee|Board|Party|Government|Assembly)$/;
const PRONOUN = /^(?:He|She|They)$/;
/** "Thirty-one", "Forty": a count, not a name. */
const NUMBER_WORD = new RegExp(`^(?:${NUMBER_SOURCE})$`, 'i');

export function readVoters(unit: Unit, mentions: readonly Mention[]): VoterClaim[] {
  const text = unit.text;
  const claims: VoterClaim[] = [];
  for (const m of mentions) {
    if (!m.voter) continue;
    const raw = text.slice(m.voter.range.start - unit.start, m.voter.range.end - unit.start);
    claims.push({ names: splitList(raw, true), side: m.voter.side, target: null });
  }
  for (const re of [WITH_LIST, LIST_VERB]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const names = splitList(m[1], false);
      if (!names.length) continue;
      const verbEnd = m.index + m[0].length;
      claims.push(...sideClaims(names, m[2], text.slice(verbEnd)));
    }
  }
  OPINION.lastIndex = 0;
  for (let m = OPINION.exec(text); m; m = OPINION.exec(text)) {
    const names = [...splitList(m[1], false), ...(m[3] ? splitList(m[3], false) : [])];
    if (names.length) claims.push({ names, side: /dissent/i.test(m[2]) ? 'against' : 'for', target: null });
  }
  COUNT_LIST.lastIndex = 0;
  for (let m = COUNT_LIST.exec(text); m; m = COUNT_LIST.exec(text)) {
    const names = splitList(m[2], false);
    if (names.length) claims.push({ names, side: sideOf(m[1]), target: null });
  }
  return claims;
}

/** The side of a verb, and a second side after "but" ("voted for the first bill but against the second"). */
function sideClaims(names: string[], verb: string, after: string): VoterClaim[] {
  const first = ordinalAfter(after);
  const out: VoterClaim[] = [{ names, side: sideOf(verb), target: first }];
  const but = /^[^.;]*?\bbut\s+(?:voted\s+)?(against|for|in\s+favou?r\s+of)\s+(?:the\s+)?(\w+)/i.exec(after);
  if (but && but[2].toLowerCase() in ORDINALS) out.push({ names, side: sideOf(but[1]), target: ORDINALS[but[2].toLowerCase()] });
  return out;
}

function ordinalAfter(after: string): number | null {
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against one sentence, at most sentenceMaxChars
  const m = /^\s+(?:both|all|the|each)?\s*(\w+)/i.exec(after);
  if (!m) return null;
  const word = m[1].toLowerCase();
  return word in ORDINALS ? ORDINALS[word] : null;
}

function sideOf(words: string): Side {
  const w = words.toLowerCase();
  if (/abstain|abstention/.test(w)) return 'abstain';
  if (/against|oppos|dissent|veto/.test(w)) return 'against';
  return 'for';
}

/** "Israel, United States and Canada" → names; titles and leading "the" dropped. */
export function splitList(raw: string, allowPronoun: boolean): string[] {
  const parts = raw
    // eslint-disable-next-line regexp/no-super-linear-move -- matched against one sentence, at most sentenceMaxChars
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => withoutTitles(p.replace(/^(?:the)\s+/i, '').replace(/(?<!\b[A-Z]|\bJr|\bSr)\.$/, '').trim()))
    .filter(Boolean);
  return parts.filter((p) => (allowPronoun && PRONOUN.test(p)) || isVoterName(p));
}

/** A name that may be a voter's: not a group ("Two Democrats"), a body ("the Senate"), a count or a member noun. */
export function isVoterName(name: string): boolean {
  return /^[A-Z]/.test(name) && !name.split(/\s+/).every(isTitle) && !NOT_A_VOTER_START.test(name) && !NOT_A_VOTER_END.test(name) && !NUMBER_WORD.test(name) && !MEMBER_NOUNS.has(name.toLowerCase()) && name.split(/\s+/).length <= 5;
}
