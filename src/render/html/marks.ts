// The marks laid on a document's text: each fact's passages become marks
// with a start, an end and a layer. Layers say what holds what when spans
// overlap: a vote's sentence holds quotations, a quotation holds the place
// its speaker is named and its cue, and everything holds entity mentions,
// which are innermost so their colour shows wherever they are. A mark may be
// written in several pieces (nest.ts splits marks that cross), so it gives
// the opening tag of a piece rather than of the whole: only the first piece
// carries the anchor and the badge, only the last the closing label.

import type { Entity } from '../../facts.js';
import { entityHue, TYPE_LABELS } from './colours.js';
import { attributes, classes } from './escape.js';
import {
  entityAnchor,
  quoteAnchor,
  spanKey,
  speakerAnchor,
  voteAnchor,
  voteMentionAnchor,
  type NumberedFacts,
} from './numbered.js';

export const LAYER = { vote: 0, quote: 1, attribution: 2, entity: 3 } as const;

export interface Piece {
  /** The piece starts where the mark starts. */
  first: boolean;
  /** The piece ends where the mark ends. */
  last: boolean;
  /** Marks of the same layer around this piece (a partial quotation inside a longer one: 1). */
  depth: number;
}

export interface Mark {
  /** Offsets into the document, UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  layer: number;
  tag: 'span' | 'mark';
  open(piece: Piece): string;
}

/** What hovering or focusing a mention shows: name, type and role, aliases, value. */
export function entityTip(entity: Entity): string {
  const lines = [entity.name, entity.role ? `${entity.type} · ${entity.role}` : entity.type];
  if (entity.aliases.length > 0) lines.push(`also: ${entity.aliases.join(', ')}`);
  if (entity.value !== undefined) lines.push(`value: ${entity.value}`);
  return lines.join('\n');
}

function entityMarks(facts: NumberedFacts): Mark[] {
  return facts.entities.flatMap((entity) => {
    const anchor = entityAnchor(facts.doc, entity.id);
    const hue = entityHue(entity.id, entity.type);
    const tip = entityTip(entity);
    const label = TYPE_LABELS[entity.type] ?? entity.type;
    // The entity's anchor is its first mention in the text.
    const firstStart = entity.mentions.reduce((least, mention) => Math.min(least, mention.span.start), Infinity);
    return entity.mentions.map((mention): Mark => {
      const isFirst = mention.span.start === firstStart;
      return {
        start: mention.span.start,
        end: mention.span.end,
        layer: LAYER.entity,
        tag: 'mark',
        open: (piece) =>
          `<mark${attributes({
            class: classes('ent', piece.first && 'first', piece.last && 'last'),
            id: isFirst && piece.first ? anchor : undefined,
            'data-entity': anchor,
            'data-type': label,
            'data-tip': tip,
            style: `--h:${hue}`,
            tabindex: 0,
          })}>`,
      };
    });
  });
}

function quoteMarks(facts: NumberedFacts): Mark[] {
  return facts.quotes.flatMap(({ quote, n }) => {
    const anchor = quoteAnchor(facts.doc, n);
    const passages = quote.parts && quote.parts.length > 0 ? quote.parts : [quote];
    return passages.map((passage, j): Mark => {
      const opens = j === 0;
      const closes = j === passages.length - 1;
      return {
        start: passage.span.start,
        end: passage.span.end,
        layer: LAYER.quote,
        tag: 'span',
        open: (piece) =>
          `<span${attributes({
            class: classes('q', `k-${quote.kind}`, piece.first && opens && 'first', piece.last && closes && 'last', piece.depth > 0 && 'inner'),
            id: piece.first && opens ? anchor : undefined,
            'data-quote': anchor,
            'data-n': `Q${n}`,
          })}>`,
      };
    });
  });
}

/** One mark per place a speaker is named, and per cue, however many quotations share it; its badge lists them. */
function attributionMarks(facts: NumberedFacts): Mark[] {
  const marks: Mark[] = [];
  const seen = new Set<string>();
  for (const { quote } of facts.quotes) {
    for (const [role, located] of [['spk', quote.speaker?.mention], ['cue', quote.cue]] as const) {
      if (!located) continue;
      const key = spanKey(located);
      if (seen.has(`${role}:${key}`)) continue;
      seen.add(`${role}:${key}`);
      const numbers = (role === 'spk' ? facts.speakerOf : facts.cueOf).get(key) ?? [];
      const of = numbers.map((n) => `Q${n}`).join(' ');
      marks.push({
        start: located.span.start,
        end: located.span.end,
        layer: LAYER.attribution,
        tag: 'span',
        open: (piece) =>
          `<span${attributes({
            class: classes(role, piece.first && 'first', piece.last && 'last'),
            id: role === 'spk' && piece.first && numbers.length > 0 ? speakerAnchor(facts.doc, numbers[0]) : undefined,
            'data-of': of,
          })}>`,
      });
    }
  }
  return marks;
}

/** The passage with the vote's detail is boxed; other passages reporting it are boxed with a dashed line. */
function voteMarks(facts: NumberedFacts): Mark[] {
  return facts.votes.flatMap(({ vote, n }) => {
    const main: Mark = {
      start: vote.span.start,
      end: vote.span.end,
      layer: LAYER.vote,
      tag: 'span',
      open: (piece) =>
        `<span${attributes({
          class: classes('vote', piece.first && 'first', piece.last && 'last'),
          id: piece.first ? voteAnchor(facts.doc, n) : undefined,
          'data-vote': voteAnchor(facts.doc, n),
          'data-n': `V${n}`,
        })}>`,
    };
    const others = vote.mentions.flatMap((mention, i): Mark[] => {
      if (spanKey(mention) === spanKey(vote)) return [];
      return [
        {
          start: mention.span.start,
          end: mention.span.end,
          layer: LAYER.vote,
          tag: 'span',
          open: (piece) =>
            `<span${attributes({
              class: classes('vote', 'also', piece.first && 'first', piece.last && 'last'),
              id: piece.first ? voteMentionAnchor(facts.doc, n, i + 1) : undefined,
              'data-vote': voteAnchor(facts.doc, n),
              'data-n': `V${n}`,
            })}>`,
        },
      ];
    });
    return [main, ...others];
  });
}

/** Every mark of the facts, in no particular order (nest.ts orders them). */
export function marksOf(facts: NumberedFacts): Mark[] {
  return [...voteMarks(facts), ...quoteMarks(facts), ...attributionMarks(facts), ...entityMarks(facts)];
}
