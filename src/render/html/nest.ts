// Marks laid on a stretch of text as well-formed HTML. Spans of facts may
// overlap without nesting (an entity mention that crosses the end of a
// quotation); HTML elements cannot. So the text is cut at every place a mark
// starts or ends, and between two cuts the marks that cover it are open, in
// a fixed order: outer layers first, then the earlier and longer mark. Going
// from one stretch to the next closes the marks that no longer apply or are
// out of order and opens the rest: a mark is split into pieces only where it
// must be, and each piece keeps the mark's look.

import { escapeHtml } from './escape.js';
import type { Mark, Piece } from './marks.js';

/** HTML put at a place in the text (a side note), outside every mark. */
export interface Insert {
  at: number;
  html: string;
}

/** A window's text and where it starts in the document: marks and inserts use document offsets. */
export interface Source {
  text: string;
  offset: number;
}

interface Laid {
  mark: Mark;
  /** Where it is open within the stretch. */
  start: number;
  end: number;
  /** It starts, or ends, inside the stretch (else it goes on past the stretch's edge). */
  startsHere: boolean;
  endsHere: boolean;
  /** Its place among the marks, to break ties in a stable way. */
  index: number;
}

/** Outer first: layer, then the earlier start, then the longer mark, then the order given. */
function outerFirst(a: Laid, b: Laid): number {
  return a.mark.layer - b.mark.layer || a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.index - b.index;
}

/** A cut between the two halves of a surrogate pair moves before the pair, so no character is split. */
function snap(source: Source, at: number): number {
  const i = at - source.offset;
  const before = source.text.charCodeAt(i - 1);
  const after = source.text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? at - 1 : at;
}

/** The markup of the text from `from` to `to` (document offsets), with `marks` and `inserts` laid on it. */
export function markup(source: Source, from: number, to: number, marks: readonly Mark[], inserts: readonly Insert[] = []): string {
  const laid: Laid[] = [];
  marks.forEach((mark, index) => {
    const start = snap(source, Math.max(mark.start, from));
    const end = snap(source, Math.min(mark.end, to));
    if (end > start) laid.push({ mark, start, end, startsHere: mark.start >= from, endsHere: mark.end <= to, index });
  });
  const cuts = new Set<number>([from, to]);
  for (const item of laid) cuts.add(item.start).add(item.end);
  for (const insert of inserts) cuts.add(Math.min(Math.max(insert.at, from), to));
  const positions = [...cuts].sort((a, b) => a - b);

  const starting = [...laid].sort((a, b) => a.start - b.start);
  const out: Array<string | { laid: Laid; piece: Piece }> = [];
  let stack: Array<{ laid: Laid; piece: Piece }> = [];
  const open = new Set<Laid>();
  let next = 0;

  const closeTo = (depth: number, at: number) => {
    while (stack.length > depth) {
      const top = stack.pop()!;
      top.piece.last = top.laid.endsHere && at === top.laid.end;
      out.push(`</${top.laid.mark.tag}>`);
    }
  };

  for (let i = 0; i < positions.length; i++) {
    const at = positions[i];
    const here = inserts.filter((insert) => Math.min(Math.max(insert.at, from), to) === at);
    if (here.length > 0) {
      closeTo(0, at);
      for (const insert of here) out.push(insert.html);
    }
    if (at >= to) break;
    for (const item of open) if (item.end <= at) open.delete(item);
    while (next < starting.length && starting[next].start <= at) open.add(starting[next++]);
    const wanted = [...open].sort(outerFirst);
    let kept = 0;
    while (kept < stack.length && kept < wanted.length && stack[kept].laid === wanted[kept]) kept++;
    closeTo(kept, at);
    for (let k = kept; k < wanted.length; k++) {
      const item = wanted[k];
      const depth = wanted.slice(0, k).filter((outer) => outer.mark.layer === item.mark.layer).length;
      const entry = { laid: item, piece: { first: item.startsHere && at === item.start, last: false, depth } };
      stack.push(entry);
      out.push(entry);
    }
    out.push(escapeHtml(source.text.slice(at - source.offset, positions[i + 1] - source.offset)));
  }
  closeTo(0, to);
  return out.map((part) => (typeof part === 'string' ? part : part.laid.mark.open(part.piece))).join('');
}
