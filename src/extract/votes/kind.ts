// Votes as the tool presents them: help text, table and CSV columns.
// The extractor itself is imported only when a run asks for votes.

import type { Vote } from '../../facts.js';
import { list, parallelList, type Column } from '../../render/columns.js';
import { location, position, ruleAndLink, type KindTable } from '../../render/table-rows.js';
import type { KindDefinition } from '../registry.js';

const table: KindTable<Vote> = {
  columns: [
    { header: 'body', grow: 1, min: 6 },
    { header: 'subject', grow: 2, min: 8 },
    { header: 'date', grow: 0, capShare: 0.15, min: 4 },
    // One compact tally, "13–1–1", as news writes it; the header names the order.
    { header: 'for–against–abstain', grow: 0, min: 8 },
    { header: 'outcome', grow: 0 },
    // Capped: the other passages' positions wrap below the vote's own.
    { header: 'position', grow: 0, capShare: 0.1 },
  ],
  // --explain: the rule that found the vote, and the entity its body resolves to.
  row: (vote, _source, { explain }) => [
    {
      text: vote.body ?? 'unknown',
      tone: vote.body ? 'bold' : 'dim',
      explain: explain ? [ruleAndLink(vote.rule, vote.body_entity)] : undefined,
    },
    // the voters the text names, when there are few, under what they voted on
    { text: vote.subject ?? '', note: namedVoters(vote) || undefined },
    { text: vote.date ?? '', note: vote.date_value && vote.date_value !== vote.date ? vote.date_value : undefined },
    { text: tally(vote), note: tallyNotes(vote) },
    { text: vote.outcome, tone: vote.outcome === 'adopted' ? 'green' : vote.outcome === 'unknown' ? 'dim' : 'yellow' },
    // the other passages that report the same vote, below its own position
    { ...location(vote.span), note: alsoAt(vote) || undefined },
  ],
};

/** The sides in the order the table shows them (the extractor is not loaded to draw a table). */
const SIDES = ['for', 'against', 'abstain'] as const;

/** Numbers side by side, for–against–abstain, unknown ones as ?, those unknown at the end left out: "7–2", "?–1–1". */
function sideBySide(values: ReadonlyArray<string | null>): string {
  const shown = values.map((value) => value ?? '?');
  while (shown.at(-1) === '?') shown.pop();
  return shown.join('–');
}

const percentages = (vote: Vote) => SIDES.map((side) => (vote.percent[side] === null ? null : `${vote.percent[side]}%`));
const hasCounts = (vote: Vote) => SIDES.some((side) => vote.counts[side] !== null);

/** What the text gives of the result: the counts ("64–58", "13–1–1"), else the shares ("89%–11%"), else "?". */
function tally(vote: Vote): string {
  const values = hasCounts(vote) ? SIDES.map((side) => (vote.counts[side] === null ? null : String(vote.counts[side]))) : percentages(vote);
  return sideBySide(values) || '?';
}

/** Below the tally, a line each: the shares when the counts are shown too, and the members absent. */
function tallyNotes(vote: Vote): string[] {
  const notes: string[] = [];
  if (hasCounts(vote)) {
    const shares = sideBySide(percentages(vote));
    if (shares) notes.push(shares);
  }
  if (vote.counts.absent !== null) notes.push(`${vote.counts.absent} absent`);
  return notes;
}

/** The positions of the other passages that report the vote: "also 1:1 7:3". */
function alsoAt(vote: Vote): string {
  const others = vote.mentions.filter((mention) => mention.span.start !== vote.span.start).map((mention) => position(mention.span));
  return others.length > 0 ? `also ${others.join(' ')}` : '';
}

/** Named voters when there are few, side by side: "against: Dorn, Ruhland"; a count beyond that. */
const FEW_VOTERS = 6;
function namedVoters(vote: Vote): string {
  const total = SIDES.reduce((n, side) => n + vote.voters[side].length, 0);
  return SIDES.filter((side) => vote.voters[side].length)
    .map((side) => `${side}: ${total <= FEW_VOTERS ? vote.voters[side].join(', ') : `${vote.voters[side].length} named`}`)
    .join('; ');
}

const csv: Column<Vote>[] = [
  { name: 'source', value: (_, source) => source },
  { name: 'text', value: (v) => v.text },
  { name: 'start', value: (v) => v.span.start },
  { name: 'end', value: (v) => v.span.end },
  { name: 'line', value: (v) => v.span.line },
  { name: 'column', value: (v) => v.span.column },
  { name: 'body', value: (v) => v.body },
  { name: 'subject', value: (v) => v.subject },
  { name: 'date', value: (v) => v.date },
  { name: 'for', value: (v) => v.counts.for },
  { name: 'against', value: (v) => v.counts.against },
  { name: 'abstain', value: (v) => v.counts.abstain },
  { name: 'absent', value: (v) => v.counts.absent },
  { name: 'percent_for', value: (v) => v.percent.for },
  { name: 'percent_against', value: (v) => v.percent.against },
  { name: 'percent_abstain', value: (v) => v.percent.abstain },
  { name: 'voters_for', value: (v) => list(v.voters.for) },
  { name: 'voters_against', value: (v) => list(v.voters.against) },
  { name: 'voters_abstain', value: (v) => list(v.voters.abstain) },
  { name: 'outcome', value: (v) => v.outcome },
  { name: 'confidence', value: (v) => v.confidence },
  // Added after the contract's columns, so that columns read by position keep theirs.
  { name: 'rule', value: (v) => v.rule },
  { name: 'body_entity', value: (v) => v.body_entity },
  // Item by item beside voters_*: an empty item is a voter with no entity.
  { name: 'voter_entities_for', value: (v) => parallelList(v.voter_entities.for) },
  { name: 'voter_entities_against', value: (v) => parallelList(v.voter_entities.against) },
  { name: 'voter_entities_abstain', value: (v) => parallelList(v.voter_entities.abstain) },
  { name: 'date_value', value: (v) => v.date_value },
  // every passage that reports the vote, as start-end offsets
  { name: 'mentions', value: (v) => list(v.mentions.map((m) => `${m.span.start}-${m.span.end}`)) },
];

export const VOTES: KindDefinition<'votes'> = {
  name: 'votes',
  singular: 'vote',
  summary: 'votes: body, subject, counts for/against/abstain, voters, outcome',
  load: async () => (await import('./index.js')).extractVotes,
  table,
  csv,
};
