// Laying marks on text (src/render/html/nest.ts): well-formed however the
// spans overlap, each mark whole in its pieces, notes outside every mark.

import { describe, expect, it } from 'vitest';
import type { Mark } from '../../src/render/html/marks.js';
import { markup } from '../../src/render/html/nest.js';

/** A mark written as <tag data-m="name" data-piece="first,last,depth">. */
function mark(name: string, start: number, end: number, layer: number): Mark {
  return {
    start,
    end,
    layer,
    tag: 'span',
    open: (piece) => `<span data-m="${name}" data-piece="${[piece.first && 'first', piece.last && 'last', piece.depth].filter((x) => x !== false).join(',')}">`,
  };
}

const source = (text: string) => ({ text, offset: 0 });

describe('markup', () => {
  it('nests a mark inside an outer one, outer layers outside whatever the order given', () => {
    const text = 'The board voted 5-2.';
    const html = markup(source(text), 0, text.length, [mark('entity', 4, 9, 3), mark('vote', 0, 20, 0)]);
    expect(html).toBe('<span data-m="vote" data-piece="first,last,0">The <span data-m="entity" data-piece="first,last,0">board</span> voted 5-2.</span>');
  });

  it('splits a mark that crosses the end of another, only where it must', () => {
    const text = 'said Nora Vell today';
    // The quotation ends inside the entity: "said Nora" and "Nora Vell".
    const html = markup(source(text), 0, text.length, [mark('quote', 0, 9, 1), mark('entity', 5, 14, 3)]);
    expect(html).toBe(
      '<span data-m="quote" data-piece="first,last,0">said <span data-m="entity" data-piece="first,0">Nora</span></span>' +
        '<span data-m="entity" data-piece="last,0"> Vell</span> today',
    );
  });

  it('puts the longer of two marks of a layer outside, and counts its depth', () => {
    const text = 'a "b" c';
    const html = markup(source(text), 0, text.length, [mark('inner', 3, 4, 1), mark('outer', 0, 7, 1)]);
    expect(html).toBe('<span data-m="outer" data-piece="first,last,0">a &quot;<span data-m="inner" data-piece="first,last,1">b</span>&quot; c</span>');
  });

  it('closes every mark around a note and opens them again after it', () => {
    const text = 'one\ntwo';
    const html = markup(source(text), 0, text.length, [mark('vote', 0, 7, 0)], [{ at: 4, html: '<span class="note">N</span>' }]);
    expect(html).toBe('<span data-m="vote" data-piece="first,0">one\n</span><span class="note">N</span><span data-m="vote" data-piece="last,0">two</span>');
  });

  it('cuts a mark at the edges of the stretch written, as neither first nor last piece', () => {
    const text = 'xx abc yy';
    const html = markup(source(text), 3, 6, [mark('long', 0, 9, 0)]);
    expect(html).toBe('<span data-m="long" data-piece="0">abc</span>');
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const text = 'a \u{1F600}b';
    // A span ending inside the emoji ends before it.
    const html = markup(source(text), 0, text.length, [mark('m', 0, 3, 3)]);
    expect(html).toBe('<span data-m="m" data-piece="first,last,0">a </span>\u{1F600}b');
  });

  it('reads offsets as document positions when the text is a window starting further on', () => {
    const html = markup({ text: 'window text', offset: 1000 }, 1000, 1011, [mark('m', 1007, 1011, 3)]);
    expect(html).toBe('window <span data-m="m" data-piece="first,last,0">text</span>');
  });

  it('leaves out empty marks and escapes the text between marks', () => {
    const text = '<b>&</b>';
    expect(markup(source(text), 0, text.length, [mark('empty', 2, 2, 0)])).toBe('&lt;b&gt;&amp;&lt;/b&gt;');
  });
});
