// Pieces every cue rule shares: a mention's defaults and the clause that
// stands before a word.

import { tail } from './tail.js';
import type { VoteRule } from './rules.js';
import type { Mention, Unit } from './types.js';

/** A subject that points back at something named before ("The vote", "It"). */
export const ANAPHOR = /^(?:the|this|that|these|those|its|it)\b/i;

/** A mention with the defaults; its rule is `vote.<kind>` unless a variant is given. */
export function mention(unit: Unit, fields: Partial<Mention> & Pick<Mention, 'kind' | 'cue' | 'polarity'>): Mention {
  return { unit, rule: `vote.${fields.kind}` as VoteRule, body: null, anaphoric: false, announces: false, members: false, voter: null, subjectAt: null, ...fields };
}

/** The clause before `at` (from the last comma, semicolon or conjunction). */
export function clauseBefore(text: string, at: number): string {
  const before = tail(text, at, 200);
  let cut = 0;
  const re = /[,;:(]|\b(?:and|but|while|whereas|although)\s/g;
  for (let m = re.exec(before); m; m = re.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

export function hypotheticalBefore(text: string, at: number): boolean {
  const clause = clauseBefore(text, at);
  return /\b(?:if|unless|until|whether)\b/i.test(clause) || /^\s*once\b/i.test(clause);
}
