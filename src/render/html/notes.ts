// The side notes: beside each quotation, who said it (linked to the speaker's
// entity), their role, the cue and the kind; beside each vote, its tally,
// outcome and date, and links to the other passages reporting it. A note is
// phrasing content (spans, links), as it sits inside the paragraph it
// annotates; the stylesheet floats it into the margin.

import type { Quote, Vote } from '../../facts.js';
import { attributes, escapeHtml } from './escape.js';
import type { Insert } from './nest.js';
import { entityAnchor, quoteAnchor, spanKey, speakerAnchor, voteAnchor, voteMentionAnchor, type NumberedFacts } from './numbered.js';

const span = (className: string, html: string) => `<span class="${className}">${html}</span>`;
const link = (href: string | null, text: string, className?: string) =>
  href === null ? `<span${attributes({ class: className })}>${escapeHtml(text)}</span>` : `<a${attributes({ class: className, href: `#${href}` })}>${escapeHtml(text)}</a>`;

/** The anchor of an entity shown in this part of the report, or null. */
function entityLink(facts: NumberedFacts, id: string | null | undefined): string | null {
  return id && facts.entityIds.has(id) ? entityAnchor(facts.doc, id) : null;
}

function ruleLine(rules: string[], confidence: number): string {
  return span('rule', `${escapeHtml(rules.join(' · '))} · ${escapeHtml(confidence.toFixed(2))}`);
}

function speakerLines(facts: NumberedFacts, quote: Quote): string {
  const { speaker } = quote;
  if (!speaker) return span('who', span('speaker none', 'no speaker found'));
  // The speaker's entity where it is shown; else the place the speaker is named.
  const named = speaker.mention ? speakerAnchor(facts.doc, facts.speakerOf.get(spanKey(speaker.mention))![0]) : null;
  const target = entityLink(facts, speaker.entity) ?? named;
  let who = link(target, speaker.name, 'speaker');
  if (speaker.type !== 'person') who += ` ${span('stype', escapeHtml(speaker.type))}`;
  if (speaker.role) who += span('role', `, ${escapeHtml(speaker.role)}`);
  let out = span('who', who);
  if (speaker.members && speaker.members.length > 0) out += span('members', `members: ${escapeHtml(speaker.members.join(', '))}`);
  return out;
}

/** Kept short, three lines or so, so that notes stay beside the lines they are about. */
export function quoteNote(facts: NumberedFacts, quote: Quote, n: number): Insert {
  const anchor = quoteAnchor(facts.doc, n);
  const pieces = quote.parts && quote.parts.length > 1 ? ` in ${quote.parts.length} parts` : '';
  const cue = quote.cue ? ` · cue ${span('cue-text', escapeHtml(quote.cue.text))}` : '';
  const head = span('head', `${link(anchor, `Q${n}`, 'tag')} ${span('kind', `${escapeHtml(quote.kind)}${pieces}`)}${cue}`);
  const rules = ruleLine(quote.speaker ? [quote.rule, quote.speaker.rule] : [quote.rule], quote.confidence);
  const html = `<span${attributes({ class: 'note qn', id: `${anchor}-note`, 'data-for': anchor })}>${head}${speakerLines(facts, quote)}${rules}</span>`;
  return { at: quote.span.start, html };
}

const SIDES = ['for', 'against', 'abstain'] as const;

/** A count, else a share, else a dash. */
function tallyCell(vote: Vote, side: (typeof SIDES)[number]): string {
  const count = vote.counts[side];
  const percent = vote.percent[side];
  const value = count !== null ? String(count) : percent !== null ? `${percent} %` : '–';
  return `<span${attributes({ class: 'side', 'data-side': side })}><b class="count">${escapeHtml(value)}</b> ${side}</span>`;
}

function votersLine(facts: NumberedFacts, vote: Vote): string {
  const sides = SIDES.filter((side) => vote.voters[side].length > 0).map((side) => {
    const names = vote.voters[side].map((name, i) => link(entityLink(facts, vote.voter_entities[side][i]), name));
    return `${side}: ${names.join(', ')}`;
  });
  return sides.length > 0 ? span('voters', sides.join(' · ')) : '';
}

export function voteNote(facts: NumberedFacts, vote: Vote, n: number): Insert {
  const anchor = voteAnchor(facts.doc, n);
  const date = vote.date === null ? '' : ` ${span('date', escapeHtml(vote.date_value ? `${vote.date} (${vote.date_value})` : vote.date))}`;
  const head = span('head', `${link(anchor, `V${n}`, 'tag')} ${span(`outcome o-${escapeHtml(vote.outcome)}`, escapeHtml(vote.outcome))}${date}`);
  let tally = SIDES.map((side) => tallyCell(vote, side)).join('');
  if (vote.counts.absent !== null) tally += `<span class="side" data-side="absent"><b class="count">${vote.counts.absent}</b> absent</span>`;
  let html = head + span('tally', tally);
  const body = vote.body ? `by ${link(entityLink(facts, vote.body_entity), vote.body)}` : '';
  const subject = vote.subject ? `${span('subject', `${body ? ' ' : ''}on ${escapeHtml(vote.subject)}`)}` : '';
  if (body || subject) html += span('about', body + subject);
  html += votersLine(facts, vote);
  const others = vote.mentions.flatMap((mention, i) =>
    spanKey(mention) === spanKey(vote) ? [] : [link(voteMentionAnchor(facts.doc, n, i + 1), `line ${mention.span.line}`)],
  );
  if (others.length > 0) html += span('also-line', `also reported: ${others.join(', ')}`);
  html += ruleLine([vote.rule], vote.confidence);
  return { at: vote.span.start, html: `<span${attributes({ class: 'note vn', id: `${anchor}-note`, 'data-for': anchor })}>${html}</span>` };
}

/** Beside another passage reporting a vote: which vote, linked to its detail. */
function voteMentionNotes(facts: NumberedFacts, vote: Vote, n: number): Insert[] {
  return vote.mentions.flatMap((mention) =>
    spanKey(mention) === spanKey(vote)
      ? []
      : [{ at: mention.span.start, html: `<span class="note vn also-note">${link(voteAnchor(facts.doc, n), `V${n}`, 'tag')} reported again: ${link(voteAnchor(facts.doc, n), `the details, line ${vote.span.line}`)}</span>` }],
  );
}

/** Every note of the facts, in text order (votes before the quotations they hold). */
export function notesOf(facts: NumberedFacts): Insert[] {
  const notes = [
    ...facts.votes.flatMap(({ vote, n }) => [voteNote(facts, vote, n), ...voteMentionNotes(facts, vote, n)]),
    ...facts.quotes.map(({ quote, n }) => quoteNote(facts, quote, n)),
  ];
  // A stable sort: at one place, votes stay before quotations and each kind keeps its order.
  return notes.sort((a, b) => a.at - b.at);
}
