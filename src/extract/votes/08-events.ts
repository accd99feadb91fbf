// Step 8: one vote per event. A headline ("Assembly passes levy in 61-40
// vote"), a lede that summarises ("councillors have backed the plan") and
// the sentence with the details report one vote: they become one item whose
// `text` is the statement with the most detail and whose `mentions` list
// every statement. Two statements are one vote when nothing tells them apart
// (body, result, counts, what was voted on) and something ties them: equal
// counts, a headline or lede, or a later statement that refers back ("the
// measure"). A second measure ("an amendment", "a motion to recommit") is
// told apart by its noun.

import type { Located, Vote } from '../../facts.js';
import { sameBody } from './bodies.js';
import { MEMBER_NOUNS, MOTION_NOUNS, VOTER_GROUPS } from './lexicon.js';

/** A vote as the earlier steps read it, with what the merge compares. */
export interface Candidate {
  vote: Vote;
  /** The body's head word ("senate", "members"), or null. */
  head: string | null;
  /** Candidates read from one group of sentences ("votes of 64-31 and 60-35") are separate votes. */
  group: number;
  /** Read from a headline, or from the first sentences of the text. */
  title: boolean;
  lede: boolean;
  /** The statement reports another vote like one before ("the second motion also failed"). */
  another: boolean;
  /** Members voting ("MPs voted"): a body named elsewhere may be theirs. */
  members: boolean;
  /** Told only by shares, of nothing named ("the north backed it with 58%"): a region's part of a ballot. */
  part: boolean;
  /** The outcome is the wording's ("failed", "rejected"), not only the counts'. */
  worded: boolean;
  /** The words of the first statement that report the vote ("impeached", "voted"). */
  cue: string;
  /** A referendum or a ballot told by shares. */
  ballot: boolean;
}

const MOTION_NOUN = new RegExp(`\\b(?:${MOTION_NOUNS})\\b`, 'gi');
/** Nouns that name a measure of its own beside the main one. */
const OWN_MEASURE = /^(?:amendment|motion|proposal|initiative|nomination|budget|treaty|referendum|substitute)$/;
/** Words for a chamber that any named legislature may be called in the next sentence. */
const GENERIC_BODY = new Set(['chamber', 'house', 'legislature', 'assembly', 'parliament']);
/** Subjects that only name a kind of measure ("the measure", "the bill", "it"). */
const GENERIC_MEASURE = new Set(['measure', 'bill', 'article', 'articles', 'vote', 'law', 'legislation', 'plan', 'proposal', 'text', 'resolution', 'motion', 'deal', 'package', 'draft', 'it', 'this', 'that', 'same']);
/** Bodies of a few members: their "members" are not the members who vote in a ballot. */
const SMALL_BODY = new Set(['board', 'committee', 'commission', 'cabinet', 'court', 'panel', 'bench', 'council']);
/** Verbs that only say a vote took place. */
const VOTE_VERB = /^(?:voted|passed|approved|adopted|backed|carried|cleared|endorsed|supported|rejected|defeated|won|received|was\s+\w+|were\s+\w+)$/i;
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'on', 'for', 'in', 'and', 'or', 'by', 'its', 'their', 'his', 'her', 'that', 'this', 'with', 'from', 'at', 'as', 'be', 'is', 'was', 'it']);

export function mergeEvents(candidates: readonly Candidate[]): Vote[] {
  const events: Candidate[][] = [];
  // Each statement is compared only with the events it may join, found by index, not by a scan of them all:
  // those holding a headline or lede, and those with the same counts.
  const summarised = new Set<Candidate[]>();
  const byCounts = new Map<string, Set<Candidate[]>>();
  const order = new Map<Candidate[], number>();
  let lastBallot: Candidate[] | undefined;
  for (const c of candidates) {
    // a region's shares belong to the ballot reported before them, never a vote of their own
    if (c.part && lastBallot) {
      lastBallot.push(c);
      continue;
    }
    const key = stated(c.vote) ? countsKey(c.vote) : null;
    const options = summary(c) ? events : [...summarised, ...((key && byCounts.get(key)) || [])];
    let event: Candidate[] | undefined;
    for (const e of options) {
      if (event && order.get(e)! > order.get(event)!) continue;
      if (sameEvent(e[0], c) && sameEvent(e[e.length - 1], c) && e.some((other) => tied(other, c))) event = e;
    }
    if (event) event.push(c);
    else {
      event = [c];
      order.set(event, events.length);
      events.push(event);
    }
    if (summary(c)) summarised.add(event);
    if (key) byCounts.set(key, (byCounts.get(key) ?? new Set()).add(event));
    if (c.ballot) lastBallot = event;
  }
  // A summary of several votes told together ("impeached the judge" before "passed by votes of 64-31 and 60-35")
  // joins the first of them; the others take its date too.
  const summaries = new Map<number, Candidate[]>();
  for (const e of events) {
    const told = e.filter(summary);
    for (const c of e) if (!told.includes(c)) summaries.set(c.group, [...(summaries.get(c.group) ?? []), ...told]);
  }
  return events
    .filter((e) => e.some((c) => !c.title)) // a headline alone restates; it does not report
    .map((e) => toVote(e, e.flatMap((c) => summaries.get(c.group) ?? []).filter((c) => !e.includes(c))))
    .sort((a, b) => a.span.start - b.span.start);
}

/** Nothing tells the two apart. */
function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.group === b.group) return false;
  if (a.head && b.head && !GENERIC_BODY.has(a.head) && !GENERIC_BODY.has(b.head) && !sameBody(a.head, b.head) && !membersOf(a, b) && !membersOf(b, a)) return false;
  if (stated(a.vote) && stated(b.vote) && !sameCounts(a.vote, b.vote)) return false;
  // outcomes that differ, by words or by counts, tell two votes apart
  const oa = a.vote.outcome;
  const ob = b.vote.outcome;
  if (oa !== 'unknown' && ob !== 'unknown' && oa !== ob) return false;
  return !ownMeasures(a.vote.subject, b.vote.subject);
}

/**
 * Something ties the two: equal counts, a headline, or a lede that the later
 * statement details (with counts, or naming the same measure).
 */
function tied(a: Candidate, b: Candidate): boolean {
  if (b.another) return false;
  if (stated(a.vote) && stated(b.vote)) return true;
  if (a.title || b.title) return true;
  // a lede is detailed by a later statement with counts, unless each names something else,
  // or by one that refers back to it ("the measure") or names what it named
  if (!summary(a)) return false;
  return stated(b.vote) ? !unrelated(a, b) : refersTo(b.vote.subject, a.vote.subject);
}

/** A headline, or a lede that tells the vote without its counts. */
const summary = (c: Candidate) => c.title || (c.lede && !stated(c.vote));

/**
 * "MPs" may be a chamber's members, "councillors" a council's; "members"
 * alone those of a body of many, not of a board of a few, nor another
 * ballot's voters ("shareholders", "residents").
 */
function membersOf(members: Candidate, body: Candidate): boolean {
  if (!members.members) return false;
  const head = body.head ?? '';
  return members.head !== 'members' || !(SMALL_BODY.has(head) || MEMBER_NOUNS.has(head) || VOTER_GROUPS.includes(head));
}

/** Both statements name what was decided, and share no word of it ("accept the pay offer", "strike action"). */
function unrelated(a: Candidate, b: Candidate): boolean {
  // a confidence vote told in the lede is the motion the article then counts
  if (a.vote.rule === 'vote.confidence' && /\bmotion\b/i.test(b.vote.subject ?? '')) return false;
  const named = (c: Candidate) => [...contentWords(c.vote.subject ?? '')].some((w) => !GENERIC_MEASURE.has(w));
  if (!named(a) || !named(b)) return false;
  const wa = stems(a);
  return ![...stems(b)].some((w) => wa.has(w));
}

/** The first letters of the words that say what was decided: the subject, and a verb that is not only a vote's ("impeached"). */
function stems(c: Candidate): Set<string> {
  const words = [...contentWords(c.vote.subject ?? ''), ...(VOTE_VERB.test(c.cue) ? [] : contentWords(c.cue))];
  return new Set(words.filter((w) => !GENERIC_MEASURE.has(w)).map((w) => w.slice(0, 5)));
}

function stated(v: Vote): boolean {
  return v.counts.for !== null || v.counts.against !== null || v.percent.for !== null || v.percent.against !== null;
}

const countsKey = (v: Vote) => [v.counts.for, v.counts.against, v.percent.for, v.percent.against].join('/');

function sameCounts(a: Vote, b: Vote): boolean {
  const keys = ['for', 'against'] as const;
  return keys.every((k) => a.counts[k] === b.counts[k] && a.percent[k] === b.percent[k]);
}

/** Each subject names a different kind of measure ("the bill" and "an amendment to it"). */
function ownMeasures(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const na = measureNouns(a);
  const nb = measureNouns(b);
  return [...na, ...nb].some((n) => OWN_MEASURE.test(n) && na.has(n) !== nb.has(n));
}

/** The later subject points back at the earlier one: it only names a kind of measure ("the bill"), or shares a word of it. */
function refersTo(later: string | null, earlier: string | null): boolean {
  if (!later || !earlier) return false;
  const wl = [...contentWords(later)].filter((w) => !GENERIC_MEASURE.has(w));
  const we = contentWords(earlier);
  return wl.length === 0 || wl.some((w) => we.has(w));
}

function measureNouns(subject: string): Set<string> {
  return new Set([...subject.matchAll(MOTION_NOUN)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ')));
}

function contentWords(subject: string): Set<string> {
  return new Set(
    subject
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** How much a statement tells: counts and shares first, then voters, subject and date. */
function detail(c: Candidate): number {
  const v = c.vote;
  const counts = [...Object.values(v.counts), ...Object.values(v.percent)].filter((n) => n !== null).length;
  const voters = v.voters.for.length + v.voters.against.length + v.voters.abstain.length;
  return (c.title || c.part ? -100 : 0) + counts * 10 + Math.min(voters, 5) * 2 + (v.subject ? 1 : 0) + (v.date ? 1 : 0) + (v.body ? 1 : 0);
}

/** The event as one vote: the most detailed statement, its gaps filled from the others, every statement listed. */
function toVote(event: Candidate[], lending: Candidate[]): Vote {
  const ranked = [...event].sort((a, b) => detail(b) - detail(a) || a.vote.span.start - b.vote.span.start);
  const main = ranked[0].vote;
  const vote: Vote = { ...main, mentions: [] };
  for (const { vote: other } of ranked.slice(1)) {
    if (vote.body === null && other.body !== null) {
      vote.body = other.body;
      vote.body_entity = other.body_entity;
    }
    vote.subject ??= other.subject;
    if (vote.date === null && other.date !== null) {
      vote.date = other.date;
      vote.date_value = other.date_value;
    }
    if (vote.outcome === 'unknown') vote.outcome = other.outcome;
  }
  // how the vote ended, as a statement's words say, over what its counts alone suggest
  const worded = event.find((c) => c.worded);
  if (worded && !ranked[0].worded) vote.outcome = worded.vote.outcome;
  const dated = lending.find((c) => c.vote.date !== null);
  if (vote.date === null && dated) {
    vote.date = dated.vote.date;
    vote.date_value = dated.vote.date_value;
  }
  const mentions = new Map<number, Located>();
  for (const c of event) for (const m of c.vote.mentions) if (!mentions.has(m.span.start)) mentions.set(m.span.start, m);
  vote.mentions = [...mentions.values()].sort((a, b) => a.span.start - b.span.start);
  return vote;
}
