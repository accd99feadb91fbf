// The facts `extract` reports, in the extract/v1 shape that README.md
// describes field by field ("The facts, field by field"): fields keep their
// name and meaning, new ones may be added. Offsets are UTF-16 code units
// into the decoded text (BOM removed), end exclusive; line and column are
// 1-based and point at `start`.

export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** A piece of the source: `text === source.slice(span.start, span.end)`. */
export interface Located {
  text: string;
  span: Span;
}

export type QuoteKind = 'direct' | 'partial' | 'block' | 'indirect' | 'mixed';
/**
 * `place`: a country or city speaking as a state; `group`: several speakers
 * (a list of names, or a plural such as "officials"); `unknown`: a pronoun
 * with no one to resolve to, or a description that says neither.
 */
export type SpeakerType = 'person' | 'organization' | 'place' | 'group' | 'unknown';

export interface Speaker {
  name: string;
  type: SpeakerType;
  role?: string;
  members?: string[];
  /** Where the attribution names the speaker (may be a pronoun). */
  mention: Located | null;
  /** The id of the entity the speaker resolves to, where there is one. */
  entity?: string;
  /** The rule that named the speaker (see README.md, "Rules"). */
  rule: string;
}

export interface Quote extends Located {
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Located | null;
  /** The share of right answers of `rule` on the development data, 0 to 1 (0.5: never measured); it ranks facts, it is no probability of this one. */
  confidence: number;
  /** The rule that found the quotation and its attribution. */
  rule: string;
  /** A quotation in pieces (“A,” she said. “B.”): each quoted piece; the span runs from the first to the last. */
  parts?: Located[];
}

export const ENTITY_TYPES = [
  'person',
  'organization',
  'place',
  'nationality',
  'date',
  'money',
  'percent',
  'quantity',
  'event',
  'work',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity {
  /** Unique in its document: e1, e2, … in order of first mention. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Located[];
  role?: string;
  value?: string;
  /** The rule that typed the entity. */
  rule: string;
}

export interface VoteSides<T> {
  for: T;
  against: T;
  abstain: T;
}

export interface Vote extends Located {
  body: string | null;
  subject: string | null;
  date: string | null;
  /** The date as ISO 8601 ("2024-03-07", "2024-03"), where the text and the document's dateline allow. */
  date_value: string | null;
  /** Numbers of votes; null where the text neither gives nor implies one. */
  counts: VoteSides<number | null> & { absent: number | null };
  /** Shares in percent (89 for 89 %), when the text gives shares. */
  percent: VoteSides<number | null>;
  voters: VoteSides<string[]>;
  outcome: 'adopted' | 'rejected' | 'vetoed' | 'unknown';
  /** The share of right answers of `rule` on the development data, 0 to 1 (0.5: never measured). */
  confidence: number;
  /** The rule that found the vote. */
  rule: string;
  /** The id of the entity the body resolves to, where there is one. */
  body_entity: string | null;
  /** For each named voter, in the same order, the id of the entity it resolves to, or null. */
  voter_entities: VoteSides<Array<string | null>>;
  /** Every passage that reports this vote (a headline, a summary, the details), in text order; `text` and `span` are the one with the most detail. */
  mentions: Located[];
}

export const FACT_KINDS = ['quotes', 'entities', 'votes'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** One input's facts; a kind that was not asked for is absent. */
export interface DocumentFacts {
  source: string;
  quotes?: Quote[];
  entities?: Entity[];
  votes?: Vote[];
}

/** An input that could not be read (or was read with loss), as reported in `errors`. */
export interface InputError {
  source: string;
  code: string;
  message: string;
}

export interface ExtractOutput {
  schema: 'extract/v1';
  documents: DocumentFacts[];
  errors: InputError[];
}
