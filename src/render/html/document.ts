// One document of the report: its name as a heading, a summary (facts per
// kind, entities per type in their colours), then its text with the facts
// marked. A long document comes window by window; its summary is known only
// at its end, so it is written there and the stylesheet shows it under the
// heading all the same.

import { kindNamed } from '../../extract/registry.js';
import type { DocumentFacts, EntityType, FactKind } from '../../facts.js';
import { typeHue } from './colours.js';
import { attributes, escapeHtml } from './escape.js';
import type { Source } from './nest.js';
import { numberFacts, type Numbering } from './numbered.js';
import { markedText } from './text.js';

/** A document being written: what its summary and the report's contents need. */
export interface DocumentView {
  numbering: Numbering;
  source: string;
  counts: Partial<Record<FactKind, number>>;
  entityTypes: Map<EntityType, number>;
  /** Some text has been written (else the document says it has none). */
  wroteText: boolean;
}

export function newDocument(index: number, source: string): DocumentView {
  return { numbering: { doc: `d${index}`, quotes: 0, votes: 0 }, source, counts: {}, entityTypes: new Map(), wroteText: false };
}

/** "3 quotes", "1 entity". */
export function countText(kind: FactKind, count: number): string {
  return `${count} ${count === 1 ? kindNamed(kind).singular : kind}`;
}

export function countsLine(kinds: readonly FactKind[], counts: Partial<Record<FactKind, number>>): string {
  return kinds.map((kind) => countText(kind, counts[kind] ?? 0)).join(' · ');
}

/** The document's heading, and the opening of its text. */
export function documentOpening(view: DocumentView, summary: string): string {
  const { doc } = view.numbering;
  return `<article${attributes({ class: 'doc', id: doc, 'aria-labelledby': `${doc}-h` })}>\n<h2 id="${doc}-h"><span class="source">${escapeHtml(view.source)}</span></h2>\n${summary}<div class="text">\n`;
}

/** Counts per kind, and a chip per entity type in the type's colour. */
export function summaryOf(view: DocumentView, kinds: readonly FactKind[], late = false): string {
  const chips = [...view.entityTypes]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([type, count]) => `<span class="chip" style="--h:${typeHue(type)}">${escapeHtml(type)} ${count}</span>`)
    .join('');
  const types = chips === '' ? '' : ` <span class="chips">${chips}</span>`;
  return `<p class="${late ? 'summary late' : 'summary'}">${escapeHtml(countsLine(kinds, view.counts))}${types}</p>\n`;
}

/** The marked text of the whole document, or of its next window; counts its facts. */
export function documentText(view: DocumentView, kinds: readonly FactKind[], facts: DocumentFacts, source: Source): string {
  for (const kind of kinds) view.counts[kind] = (view.counts[kind] ?? 0) + (facts[kind]?.length ?? 0);
  for (const entity of facts.entities ?? []) view.entityTypes.set(entity.type, (view.entityTypes.get(entity.type) ?? 0) + 1);
  const html = markedText(source, numberFacts(facts, view.numbering));
  if (html !== '') view.wroteText = true;
  return html;
}

/** The end of the text and of the document, with the summary when it comes last. */
export function documentClosing(view: DocumentView, lateSummary = ''): string {
  const empty = view.wroteText ? '' : '<p class="empty">(no text)</p>\n';
  return `${empty}</div>\n${lateSummary}</article>\n`;
}
