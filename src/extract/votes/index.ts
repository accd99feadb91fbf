// Votes reported in a document: who voted on what, when, with which counts
// and outcome, and the sentences that say so. Pure: a reading in, facts out.
// The reading's sentences, dates and coreference are its only view of the
// text; coreference (entities, and so compromise's tags) is asked for only
// once a vote is found, so text without a vote costs no tagging.

import type { Vote } from '../../facts.js';
import type { Reading } from '../../reading/index.js';
import { confidenceOf } from '../../rules/index.js';
import { readUnits } from './00-units.js';
import { findMentions } from './01-find-cues.js';
import { emptyCounts, emptyPercent, readCounts } from './02-read-counts.js';
import { readVoters } from './03-voters.js';
import { groupVotes, type Draft } from './04-group.js';
import { bodyOf, SECURITY_COUNCIL, subjectOf, type DocumentBodies } from './05-body-subject.js';
import { DateIndex, dateOf } from './06-date.js';
import { deriveCounts, outcomeOf, thresholdIn, votesNeededIn } from './07-outcome.js';
import { mergeEvents, type Candidate } from './08-events.js';
import { addVoter, sentencesAfter, sizeUnanimousRulings } from './09-document.js';
import { BALLOT_CONTEXT } from './cue-shares.js';
import { BodyIndex } from './body-index.js';
import { COURT_HEADS, ELECTION_WORDS, MEMBER_NOUNS, MOTION_NOUNS, SPORTS_WORDS } from './lexicon.js';
import { bodyEntity, personVoter, resolveVoter } from './links.js';
import { namedVoters, PersonIndex, SIDE_WORDS_ANY } from './named-voters.js';
import { SIDES, type CountReading, type Mention, type Outcome, type Unit, type UnitReading } from './types.js';
import { THRESHOLDS } from '../../rules/thresholds.js';

/** Opinion polls and who leads them: "led Tallis 51.5 percent to 44.0 percent in the average of polls". */
const POLL = /\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|respondents)\b|\b(?:led|leads|leading|trailed|trails|trailing)\b[^.;]{0,60}?\d\s*(?:%|percent|per\s+cent|points?)/i;
const MOTION = new RegExp(`\\b(?:${MOTION_NOUNS})\\b`, 'i');
/** Words that suppose a vote; "may" in lower case only ("in May" dates one). */
const SUPPOSES = /\b(?:would|could|might|may|will|should|if|unless|Would|Could|Might|Will|Should|If|Unless)\b/;
const SEVERAL_VOTES = /\brespectively\b|\bvotes\s+of\b|\bboth\b|\bfirst\b[^.;]*\bsecond\b/i;

/** What every vote of one document reads: its sentences, bodies and dates, each indexed once. */
interface DocumentVotes extends DocumentBodies {
  reading: Reading;
  dates: DateIndex;
  headline: string;
  /** The document's people by position, made when a vote first asks. */
  persons: () => PersonIndex;
}

export function extractVotes(reading: Reading): Vote[] {
  const units = readUnits(reading);
  const bodies = new BodyIndex(units);
  const readings = units.map((unit) => readUnit(unit, bodies));
  const drafts = groupVotes(readings);
  if (!drafts.length) return [];
  let persons: PersonIndex | undefined;
  const doc: DocumentVotes = {
    reading,
    text: reading.text,
    units,
    bodies,
    unContext: SECURITY_COUNCIL.test(reading.text),
    dates: new DateIndex(reading.dates),
    headline: units[0]?.title ? units[0].text : '',
    persons: () => (persons ??= new PersonIndex(reading.entities)),
  };
  const votes = mergeEvents(drafts.flatMap((draft, group) => toCandidates(doc, draft, group)));
  sizeUnanimousRulings(votes);
  for (const { vote, units: after } of sentencesAfter(votes, units)) {
    for (const unit of after) {
      if (!readings[unit.index].sideWords || namesOtherMeasure(unit.text, vote.subject)) continue;
      for (const named of namedVoters(reading.text, unit, doc.persons(), vote.subject, true)) addVoter(vote, named.side, personVoter(named.entity));
    }
  }
  return votes;
}

const MEASURE_NOUN = new RegExp(`\\b(?:${MOTION_NOUNS})\\b`, 'gi');

/** A later sentence about another measure ("… who supported the plan" after a vote on a motion) names no voter of this vote. */
function namesOtherMeasure(text: string, subject: string | null): boolean {
  const nouns = [...text.matchAll(MEASURE_NOUN)].map((m) => m[0].toLowerCase());
  const words = new Set((subject ?? '').toLowerCase().split(/[^\p{L}]+/u));
  return nouns.length > 0 && !nouns.some((n) => words.has(n));
}

/** Every rule needs one of these word stems; a sentence without any is skipped at once. */
const VOTE_WORDS = /vot|pass|approv|adopt|reject|ratif|endors|confirm|veto|impeach|acquit|defeat|overr|overturn|back|block|dismiss|rul|decid|fail|succeed|carri|receiv|garner|obtain|won|fell|down|muster|secur|attract|drew|gather|got|threw|thrown|struck|upheld|quash|held|found|agreed|authori|confidence|lost|sail|rubber|collaps|accept|allow|aside|green light|ayes|noes|nays|yeas|nem|referend|plebiscit|unanim|abstain|abstention|favo|against|absent|tie|decision|split|support|clear|consensus|oppos|dissent|%|percent|per cent/i;

function readUnit(unit: Unit, bodies: BodyIndex): UnitReading {
  const text = unit.text;
  if (text.length > THRESHOLDS.voteSentenceMaxChars || !VOTE_WORDS.test(text)) return nothingIn(unit);
  // Polls and surveys report opinions, not votes.
  if (POLL.test(text)) return nothingIn(unit);
  let mentions = findMentions(unit, bodies.of(unit));
  const counts = readCounts(unit, againstFirst(text, mentions), mentions.length > 0);
  const noisy = SPORTS_WORDS.test(text) || (ELECTION_WORDS.test(text) && !MOTION.test(text));
  let readings: CountReading[] = noisy ? [] : counts.readings;
  // shares count in a sentence that states a vote or speaks of a ballot
  readings = readings.filter((r) => hasCount(r) || mentions.length > 0 || BALLOT_CONTEXT.test(text));
  // A court's ruling, or any "ruled"/"decided", is a vote only with its split or unanimity.
  const split = readings.some(hasCount) || counts.unanimous;
  mentions = mentions.filter((m) => split || !(isCourt(m.body?.head) || /^(?:ruled|decided)$/i.test(text.slice(m.cue.start - unit.start, m.cue.end - unit.start))));
  return {
    unit,
    mentions,
    counts: readings,
    unanimous: counts.unanimous && !noisy,
    bodySize: counts.bodySize,
    voters: readVoters(unit, mentions),
    sideWords: SIDE_WORDS_ANY.test(text),
    // counts alone ("A 3-3 ruling would leave …") need a sentence that reports, not one that supposes
    votingCounts: readings.some(hasCount) && (mentions.length > 0 || !SUPPOSES.test(text.split(/[:;]/)[0])),
  };
}

/** Words that reject: "defeated by 301 votes to 92" gives the larger number to the side against. */
const REJECTS = /\b(?:defeated|rejected|voted\s+down|turned\s+down|threw\s+out|thrown\s+out|struck\s+down|denied|refused)\b|\d\s+against\s+(?:the|a|an|it)\b/i;
/** A measure that needed more than a majority may lose with more votes for than against. */
const QUALIFIED_MAJORITY = /\b(?:fell|falls|falling|fall)\s+short\b|\bshort\s+of\s+the\b|\btwo-thirds\b|\bthree-fifths\b|\bsuper-?majority\b|\bqualified\s+majority\b/i;

/** Is a tally "A to B" in this sentence told with the side against first? The wording's result decides. */
function againstFirst(text: string, mentions: readonly Mention[]): boolean {
  if (QUALIFIED_MAJORITY.test(text)) return false;
  const worded = mentions.find((m) => m.polarity !== 'unknown' && !m.members)?.polarity;
  return worded ? worded === 'rejected' : REJECTS.test(text);
}

const sideWordsOnly = (r: UnitReading) => r.sideWords && !r.mentions.length && !r.counts.length && !r.voters.length;

const nothingIn = (unit: Unit): UnitReading => ({ unit, mentions: [], counts: [], unanimous: false, bodySize: null, voters: [], sideWords: false, votingCounts: false });

const hasCount = (r: CountReading) => r.counts.for !== null || r.counts.against !== null || r.counts.abstain !== null;
const isCourt = (head: string | undefined) => head !== undefined && COURT_HEADS.has(head);

/** The first sentences after the headline and dateline: a lede summarises what the body details. */
const LEDE_SENTENCES = 3;
/** Parts of a country or a town, told as such: their shares are part of a ballot's result. */
const REGION = /\b(?:in|across)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:district|region|province|canton|county|state|ward|constituency|municipality|precinct|borough|parish|department|prefecture)\b|\b(?:districts|regions|provinces|cantons|counties|wards|constituencies|municipalities|precincts|boroughs|parishes|departments|prefectures)\b/;
/** Words of a popular vote: a referendum, a ballot, voters' yes votes. */
const POPULAR_VOTE = /\b(?:referend\w*|plebiscit\w*|ballots?|voters|electorate|yes\s+votes)\b/i;
/** Told by shares in percent and by no count. */
const sharesOnly = (draft: Draft) =>
  draft.readings.some((r) => r.counts.some((c) => Object.values(c.percent).some((n) => n !== null))) &&
  draft.readings.every((r) => r.counts.every((c) => Object.values(c.counts).every((n) => n === null)));

/** "the motion to adjourn also failed": a vote like one before, not the same one. */
const ANOTHER = /\b(?:also|too|likewise|similarly|again|second|another)\b/i;

function toCandidates(doc: DocumentVotes, draft: Draft, group: number): Candidate[] {
  const { reading } = doc;
  // a sentence joined only for its side's words ("…opposed …") is evidence only if it names someone on that side
  draft = { ...draft, readings: draft.readings.filter((r) => !sideWordsOnly(r) || namedVoters(reading.text, r.unit, doc.persons(), null).length > 0) };
  const evidence = draft.readings.map((r) => r.unit);
  const range = { start: evidence[0].start, end: evidence[evidence.length - 1].end };
  const mentions = draft.mentions;
  const found = bodyOf(doc, mentions, evidence);
  const body = found?.name ?? null;
  const perVote = countsPerVote(draft.readings);
  const wording = mentions.filter((m) => !m.members).map((m) => m.polarity);
  const membersOnly = mentions.length > 0 && mentions.every((m) => m.members);
  const unanimous = draft.readings.some((r) => r.unanimous);
  const bodySize = draft.readings.find((r) => r.bodySize !== null)?.bodySize ?? null;
  const subject = subjectOf(reading.text, mentions);
  const date = dateOf(reading.text, doc.dates, evidence, mentions);
  const head = mentions.find((m) => m.body)?.body?.head ?? null;
  // a qualified majority is told beside the vote: in its paragraph, or the sentence after
  const near = doc.units.slice(Math.max(0, evidence[0].index - 2), evidence[evidence.length - 1].index + 3).filter((u) => Math.abs(u.para - evidence[0].para) <= 1);
  const nearText = reading.text.slice(near[0].start, near[near.length - 1].end);
  const threshold = thresholdIn(nearText);
  const votesNeeded = votesNeededIn(nearText);
  const body_entity = found ? bodyEntity(reading.coreference, found) : null;
  const located = reading.located(range.start, range.end);
  const first = draft.readings[0].unit;
  const shared = {
    head,
    group,
    title: draft.readings.every((r) => r.unit.title),
    lede: first.index <= LEDE_SENTENCES,
    another: draft.mentions.some((m) => ANOTHER.test(reading.text.slice(Math.max(m.unit.start, m.cue.start - 40), m.cue.end))),
    members: mentions.length > 0 && mentions.every((m) => m.members || (m.body !== null && MEMBER_NOUNS.has(m.body.head))),
    // a region's share of a ballot: shares alone, in a region or of nothing named, not dated apart ("in 2015"), not of a measure named as its own ("Measure B")
    part: sharesOnly(draft) && date === null && !/^[A-Z]/.test(subject ?? '') && (REGION.test(located.text) || (subject === null && mentions.length > 0 && mentions.every((m) => m.kind === 'shares' || m.rule === 'vote.referendum.shares'))),
    ballot: mentions.some((m) => m.kind === 'referendum' || m.kind === 'shares') || POPULAR_VOTE.test(located.text),
    cue: mentions[0] ? reading.text.slice(mentions[0].cue.start, mentions[0].cue.end) : '',
    worded: wording.some((w) => w !== 'unknown'),
  };
  return perVote.map((counted, index) => {
    const { voters, voter_entities } = votersOf(doc, draft, index, subject);
    const input = { body, wording, counts: counted.counts, percent: counted.percent, voters, unanimous, bodySize, membersOnly, headline: headlineOutcome(doc.headline, head), threshold, votesNeeded };
    const counts = deriveCounts(input);
    const outcome = outcomeOf(input, counts);
    // the wording of the vote's first statement; counts alone are a tally
    const rule = mentions[0]?.rule ?? 'vote.tally';
    const vote: Vote = {
      ...located,
      body,
      subject,
      date: date?.text ?? null,
      date_value: date?.value ?? null,
      counts,
      percent: counted.percent,
      voters,
      outcome,
      confidence: confidenceOf(rule),
      rule,
      body_entity,
      voter_entities,
      mentions: [located],
    };
    return { ...shared, vote };
  });
}

/** One set of counts per vote: a sentence with "votes of 64-31 and 60-35, respectively" reports two. */
function countsPerVote(readings: readonly UnitReading[]): CountReading[] {
  const several = readings.find((r) => r.counts.length > 1 && SEVERAL_VOTES.test(r.unit.text));
  if (several) return several.counts;
  const merged: CountReading = { counts: emptyCounts(), percent: emptyPercent() };
  for (const r of readings) {
    for (const c of r.counts) {
      for (const key of Object.keys(merged.counts) as (keyof typeof merged.counts)[]) merged.counts[key] ??= c.counts[key];
      for (const key of SIDES) merged.percent[key] ??= c.percent[key];
    }
  }
  return [merged];
}

/** The voters named on each side, and in parallel the entity each resolves to. */
function votersOf(doc: DocumentVotes, draft: Draft, index: number, subject: string | null): Pick<Vote, 'voters' | 'voter_entities'> {
  const { reading } = doc;
  const sides = { voters: { for: [], against: [], abstain: [] }, voter_entities: { for: [], against: [], abstain: [] } };
  for (const r of draft.readings) {
    for (const claim of r.voters) {
      if (claim.target !== null && claim.target !== index) continue;
      for (const raw of claim.names) addVoter(sides, claim.side, resolveVoter(reading.coreference, raw, r.unit.start));
    }
    // one vote of several told together takes only the voters its own wording names
    if (r.sideWords && draft.readings.every((d) => d.counts.length <= 1) && !(sideWordsOnly(r) && namesOtherMeasure(r.unit.text, subject))) {
      for (const named of namedVoters(reading.text, r.unit, doc.persons(), subject)) addVoter(sides, named.side, personVoter(named.entity));
    }
  }
  return sides;
}

/** What the headline says the body did ("Valdoran Parliament votes for closure …"), when it names the same body. */
function headlineOutcome(headline: string, head: string | null): Outcome {
  if (!headline || !head || !new RegExp(`\\b${head.split(' ').pop()}\\b`, 'i').test(headline)) return 'unknown';
  if (/\bvetoes\b/i.test(headline)) return 'vetoed';
  if (/\b(?:rejects|votes\s+(?:against|down)|blocks|defeats)\b/i.test(headline)) return 'rejected';
  if (/\b(?:votes\s+(?:for|to|in\s+favou?r)|passes|approves|adopts|backs|endorses|ratifies|confirms)\b/i.test(headline)) return 'adopted';
  return 'unknown';
}
