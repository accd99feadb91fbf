// Pieces every cue rule shares: a mention's defaults and the clause that
// stands before a word.

import { NOT_YET } from './lexicon.js';
import { tail } from './tail.js';
import type { VoteRule } from './rules.js';
import type { Mention, Unit } from './types.js';

/** A subject that points back at something named before ("The vote", "It"). */
export const ANAPHOR = /^(?:the|this|that|these|those|its|it)\b/i;

/** A mention with the defaults; its rule is `vote.<kind>` unless a variant is given. */
export function mention(unit: Unit, fields: Partial<Mention> & Pick<Mention, 'kind' | 'cue' | 'polarity'>): Mention {
  return { unit, rule: `vote.${fields.kind}` as VoteRule, body: null, anaphoric: false, announces: false, members: false, voter: null, subjectAt: null, ...fields };
}

const DASHED_ASIDE = /\s[–—]\s[^–—]{1,160}\s[–—]\s/g;

/** The clause before `at` (from the last comma, semicolon or conjunction). */
export function clauseBefore(text: string, at: number): string {
  const before = tail(text, at, 200);
  // a dashed aside ("the offer — a 4% rise, with more for the lowest paid — was accepted") is read past, commas and all
  const plain = before.replace(DASHED_ASIDE, (aside) => ' '.repeat(aside.length));
  let cut = 0;
  // "and" between capitalised words joins a name ("Committee on Transport and Infrastructure"), not clauses
  const re = /,(?!\d{3})|[;:(]|\b(?:but|while|whereas|although)\s|(?<![A-Z][\w.'’-]*\s)\band\s|\band\s(?![A-Z])/g;
  for (let m = re.exec(plain); m; m = re.exec(plain)) cut = m.index + m[0].length;
  return before.slice(cut);
}

export function hypotheticalBefore(text: string, at: number): boolean {
  const clause = clauseBefore(text, at);
  return /\b(?:if|unless|whether)\b/i.test(clause) || /^\s*once\b/i.test(clause);
}

/** A relative clause of what a measure would have done ("an amendment that would have kept …"): it describes the measure, it does not suppose the vote. */
export const WOULD_HAVE_DONE = /\b(?:that|which|who)\s+would\s+(?:not\s+)?(?:have\s+)?(?:been\s+)?[\w-]+/gi;

/** The clause before `at` supposes, requires or announces the vote rather than reporting it. */
export function notYetBefore(text: string, at: number, reach = Infinity): boolean {
  return NOT_YET.test(clauseBefore(text, at).slice(-reach).replace(WOULD_HAVE_DONE, ''));
}
