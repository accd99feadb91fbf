// The reading of one document: everything the extractors share, computed
// once, on first use, and kept for the document's lifetime. Paragraphs and
// sentences come from the document; tokens from the one tokeniser; tags from
// one compromise pass; quote-mark pairs, dates, amounts, entities and
// coreference from the passes in this folder. The extractors read this and
// nothing else of each other.

import type { Entity, Located, Span } from '../facts.js';
import { located, spanOf, type TextDocument } from '../text/document.js';
import type { QuotePairs } from '../text/quote-marks.js';
import type { Segment } from '../text/segment.js';
import { tokenize, tokensIn, type Token, type Tokens } from '../text/tokens.js';
import { findAmounts, type AmountMention } from './amounts.js';
import { tagWithCompromise } from './compromise-tags.js';
import { Coreference } from './coreference.js';
import { findDates, type DateMention } from './dates.js';
import { recogniseEntities } from './entities/index.js';

export class Reading {
  private tokenCache?: Tokens;
  private tagged = false;
  private dateCache?: DateMention[];
  private amountCache?: AmountMention[];
  private entityCache?: Entity[];
  private corefCache?: Coreference;

  constructor(readonly doc: TextDocument) {}

  get source(): string {
    return this.doc.source;
  }

  get text(): string {
    return this.doc.text;
  }

  get paragraphs(): readonly Segment[] {
    return this.doc.paragraphs;
  }

  get sentences(): readonly Segment[] {
    return this.doc.sentences;
  }

  /** The token stream, untagged unless something asked for tags. */
  get tokens(): Tokens {
    this.tokenCache ??= tokenize(this.doc.text, this.doc.sentences);
    return this.tokenCache;
  }

  /** The token stream with compromise's tags, each computed on its first read (see compromise-tags.ts). */
  get taggedTokens(): Tokens {
    const tokens = this.tokens;
    if (!this.tagged) {
      tagWithCompromise(this.doc.text, this.doc.paragraphs, tokens.tokens);
      this.tagged = true;
    }
    return tokens;
  }

  /** The tokens wholly inside [start, end), indexed from 0. */
  tokensIn(start: number, end: number): Token[] {
    return tokensIn(this.tokens.tokens, start, end);
  }

  /** Quotation-mark pairs of paragraph `index` (see text/quote-marks.ts). */
  quotePairs(index: number): QuotePairs {
    return this.doc.quotePairs[index];
  }

  /** Date expressions, with ISO values where the text allows. */
  get dates(): readonly DateMention[] {
    this.dateCache ??= findDates(this.doc.text);
    return this.dateCache;
  }

  /** Money, percentages and quantities. */
  get amounts(): readonly AmountMention[] {
    this.amountCache ??= findAmounts(this.doc.text);
    return this.amountCache;
  }

  /** Entities, each with an id unique in the document and every mention, in order of first mention. */
  get entities(): readonly Entity[] {
    this.entityCache ??= recogniseEntities(this);
    return this.entityCache;
  }

  /** What names, pronouns and descriptions refer to. */
  get coreference(): Coreference {
    this.corefCache ??= new Coreference(this.entities);
    return this.corefCache;
  }

  span(start: number, end: number): Span {
    return spanOf(this.doc, start, end);
  }

  located(start: number, end: number): Located {
    return located(this.doc, start, end);
  }
}

const readings = new WeakMap<TextDocument, Reading>();

/** The reading of a document, made on first request. */
export function readingOf(doc: TextDocument): Reading {
  let reading = readings.get(doc);
  if (!reading) {
    reading = new Reading(doc);
    readings.set(doc, reading);
  }
  return reading;
}
