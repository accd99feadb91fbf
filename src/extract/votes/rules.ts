// The rules that find votes, by the stable name each vote carries in its
// `rule` field: the wording of the first statement of the vote. Read with
// `--explain` or in JSON to see why a vote was reported.

export const VOTE_RULES = {
  'vote.decision': "a body's decision verb: 'the Senate passed', 'Parliament voted to', 'the board voted 7-2'",
  'vote.decision.members': "some members voting: 'among the councillors who voted against', '27 Green MPs voted'",
  'vote.passive': "a passive with the body as agent: 'was passed by the Senate'",
  'vote.passive.through-body': "a motion that went through a body: 'the bill passed the Senate', 'cleared the House'",
  'vote.result': "a motion's fate: 'the vote failed', 'the text received 13 votes'",
  'vote.result.passive': "a motion's passive with no body named: 'the amendment was rejected'",
  'vote.confidence': "a confidence vote told by its effect: 'survived a no-confidence motion', 'denied the cabinet its confidence'",
  'vote.veto': "a permanent member's veto: 'Russia vetoed the draft', 'China blocked a resolution'",
  'vote.veto.permanent-member': "a veto told without the member: 'a negative vote cast by a permanent member', 'vetoed by'",
  'vote.referendum': "voters deciding in a referendum: 'voters voted in a referendum to leave'",
  'vote.referendum.shares': "a referendum's result as shares: 'backed by 62% of votes cast', '55% to 45%'",
  'vote.referendum.held': "a referendum held, its result in the sentences after: 'held a referendum on'",
  'vote.shares': "a ballot's shares outside a referendum: '62% of those voting backed a walkout', '91% supported an overtime ban'",
  'vote.unanimity': "a unanimous ruling: 'the unanimous finding of all seven judges'",
  'vote.tally': "counts in voting context and no other wording of a vote: 'The final vote was 7-2.'",
} as const;

export type VoteRule = keyof typeof VOTE_RULES;
