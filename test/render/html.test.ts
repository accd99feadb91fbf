// The HTML report, rendered in process from facts built by hand: one
// well-formed page, each fact's text marked exactly, the notes beside it,
// the input kept as text, and the same bytes for the same input. What only a
// browser shows (colours, layout) is checked in html-browser.test.ts.

import { describe, expect, it } from 'vitest';
import type { DocumentFacts, Entity, FactKind, InputError, Quote } from '../../src/facts.js';
import { createRenderer } from '../../src/render/index.js';
import { createDocument, located } from '../../src/text/document.js';
import { sampleFacts, TEXT } from './facts.js';
import { markedText, readHtml, type Element } from './html-tree.js';

const ALL: FactKind[] = ['quotes', 'entities', 'votes'];

function render(documents: Array<{ facts: DocumentFacts; text: string }>, errors: InputError[] = [], kinds = ALL): string {
  const renderer = createRenderer('html', { kinds, allKinds: kinds.length > 1, width: 100, colorLevel: 0 });
  return renderer.start() + documents.map(({ facts, text }) => renderer.document(facts, { text })).join('') + renderer.end(errors);
}

const byId = (elements: readonly Element[], id: string) => elements.find((element) => element.attributes.id === id);
const classesOf = (element: Element | undefined) => (element?.attributes.class ?? '').split(' ');

/** Facts on a text of one's own: a quotation, and entities at the places named. */
function factsOn(text: string, source: string, quoted: string | null, names: string[]): DocumentFacts {
  const doc = createDocument(source, text);
  const at = (part: string) => located(doc, text.indexOf(part), text.indexOf(part) + part.length);
  const entities: Entity[] = names.map((name, i) => ({ id: `e${i + 1}`, name, type: 'person', aliases: [], mentions: [at(name)], rule: 'entity.test' }));
  const quotes: Quote[] = quoted === null ? [] : [{ ...at(quoted), kind: 'direct', speaker: null, cue: null, confidence: 0.5, rule: 'quote.test' }];
  return { source, quotes, entities, votes: [] };
}

describe('the html report', () => {
  const page = render([{ facts: sampleFacts(), text: TEXT }]);
  const elements = readHtml(page);

  it('is one well-formed page whose only script is its own, under a policy that loads nothing', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(elements.filter((element) => element.tag === 'article')).toHaveLength(1);
    expect(elements.filter((element) => element.tag === 'script')).toHaveLength(1);
    const policy = elements.find((element) => element.attributes['http-equiv'] === 'Content-Security-Policy')!.attributes.content;
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(page).not.toMatch(/\b(?:src|href)="(?!#)/);
  });

  it('marks each fact on its exact text: quotation, speaker, cue, entity mentions, vote', () => {
    const facts = sampleFacts();
    const [quote, group] = facts.quotes;
    expect(markedText(elements, 'data-quote', 'd1-q1')).toBe(quote.text);
    expect(markedText(elements, 'data-quote', 'd1-q2')).toBe(group.text);
    expect(byId(elements, 'd1-q1-speaker')?.text).toBe('Jane Smith');
    expect(elements.find((element) => classesOf(element).includes('cue') && element.attributes['data-of'] === 'Q1')?.text).toBe('said');
    expect(markedText(elements, 'data-entity', 'd1-e1')).toBe('Jane Smith');
    expect(markedText(elements, 'data-entity', 'd1-e2')).toBe('council');
    expect(byId(elements, 'd1-v1')?.text).toBe(facts.votes[0].text);
  });

  it('nests marks: the entity inside the speaker mark inside the paragraph', () => {
    const mention = elements.find((element) => element.attributes['data-entity'] === 'd1-e1')!;
    expect(mention.ancestors.slice(-2)).toEqual(['p', 'span']);
    expect(byId(elements, 'd1-e1')).toBe(mention);
  });

  it('writes beside each quotation its speaker (linked to the entity), role, cue and kind', () => {
    const note = byId(elements, 'd1-q1-note')!;
    expect(note.text).toContain('direct');
    expect(note.text).toContain('cue said');
    expect(note.text).toContain('Jane Smith, leader of the Party');
    const speaker = elements.find((element) => element.attributes.class === 'speaker' && element.ancestors.length > 0 && element.text === 'Jane Smith');
    expect(speaker?.attributes.href).toBe('#d1-e1');
    const group = byId(elements, 'd1-q2-note')!;
    expect(group.text).toContain('block');
    expect(group.text).toContain('members: Jane Smith, Tom Becker');
  });

  it('writes beside each vote its tally, outcome and body', () => {
    const note = byId(elements, 'd1-v1-note')!;
    const sides = elements.filter((element) => element.attributes['data-side']).map((element) => [element.attributes['data-side'], element.text]);
    expect(sides).toEqual([
      ['for', '13 for'],
      ['against', '1 against'],
      ['abstain', '1 abstain'],
    ]);
    expect(note.text).toContain('adopted');
    expect(note.text).toContain('by council');
  });

  it('sums up the document and the report', () => {
    expect(elements.find((element) => element.attributes.class === 'summary')?.text).toMatch(/^2 quotes · 2 entities · 1 vote /);
    expect(elements.find((element) => element.attributes.class === 'totals')?.text).toBe('1 document · 2 quotes · 2 entities · 1 vote');
    expect(elements.some((element) => element.tag === 'nav')).toBe(false);
  });

  it('gives the same bytes for the same input, and an entity the same colour whatever else is in the text', () => {
    expect(render([{ facts: sampleFacts(), text: TEXT }])).toBe(page);
    const alone = sampleFacts();
    alone.entities = [alone.entities[0]];
    const colour = (html: string) => readHtml(html).find((element) => element.attributes['data-entity'] === 'd1-e1')!.attributes.style;
    expect(colour(render([{ facts: alone, text: TEXT }]))).toBe(colour(page));
  });
});

describe('the text in the report', () => {
  it('keeps line breaks within a paragraph and makes a paragraph of each stretch between blank lines', () => {
    const text = 'First line\nsecond line.\r\n\r\n   \nNext paragraph.\n\n\n';
    const elements = readHtml(render([{ facts: { source: 'a.txt' }, text }]));
    const paragraphs = elements.filter((element) => element.tag === 'p' && element.ancestors.includes('article') && !element.attributes.class);
    expect(paragraphs.map((p) => p.text)).toEqual(['First line\nsecond line.', 'Next paragraph.']);
  });

  it('writes the input as text: markup, references, control characters and lone surrogates', () => {
    const text = 'Ada Quill said “<script>window.hit = 1</script> & <img src=x onerror=alert(1)>” \u0007 \ud800 done.';
    const facts = factsOn(text, '<b>odd&name</b>.txt', '<script>window.hit = 1</script> & <img src=x onerror=alert(1)>', ['Ada Quill']);
    facts.entities![0].role = 'a "poet" <i>';
    const html = render([{ facts, text }], [{ source: '<em>x</em>', code: 'ENOENT', message: 'no <such> file' }]);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>|<em>|<i>|<such>/);
    expect(html).not.toMatch(/[\u0007\ud800]/);
    const elements = readHtml(html);
    expect(markedText(elements, 'data-quote', 'd1-q1')).toBe('<script>window.hit = 1</script> & <img src=x onerror=alert(1)>');
    expect(elements.find((element) => element.attributes['data-entity'])?.attributes['data-tip']).toBe('Ada Quill\nperson · a "poet" <i>');
    expect(elements.find((element) => element.attributes.class === 'source')?.text).toBe('<b>odd&name</b>.txt');
    expect(html).toContain('\u2407 \ufffd done.');
  });

  it('splits marks that cross, keeping each one whole in its pieces', () => {
    const text = 'Rhea Dunmore said “we stay with Corin” Vale tonight.';
    // "Corin Vale" starts inside the quotation and ends outside it.
    const facts = factsOn(text, 'a.txt', 'we stay with Corin', ['Rhea Dunmore', 'Corin” Vale']);
    const elements = readHtml(render([{ facts, text }]));
    expect(markedText(elements, 'data-quote', 'd1-q1')).toBe('we stay with Corin');
    const pieces = elements.filter((element) => element.attributes['data-entity'] === 'd1-e2');
    expect(pieces.map((piece) => piece.text)).toEqual(['Corin', '” Vale']);
    expect(pieces.map((piece) => classesOf(piece).filter((name) => name === 'first' || name === 'last'))).toEqual([['first'], ['last']]);
    expect(pieces[0].ancestors.at(-1)).toBe('span');
    expect(pieces[1].ancestors.at(-1)).toBe('p');
  });

  it('with quotations only, links the speaker to where the text names them', () => {
    const facts = sampleFacts();
    const html = render([{ facts: { source: facts.source, quotes: facts.quotes }, text: TEXT }], [], ['quotes']);
    const elements = readHtml(html);
    expect(elements.some((element) => element.attributes['data-entity'])).toBe(false);
    expect(elements.find((element) => element.attributes.class === 'speaker' && element.text === 'Jane Smith')?.attributes.href).toBe('#d1-q1-speaker');
    expect(elements.find((element) => element.attributes.class === 'summary')?.text).toBe('2 quotes');
  });
});

describe('a report of several documents', () => {
  const first = sampleFacts('news/a.txt');
  const second = factsOn('Nothing said here.', 'news/b.txt', null, []);
  const errors: InputError[] = [
    { source: 'news/b.txt', code: 'INVALID_UTF8', message: 'invalid UTF-8 replaced with U+FFFD' },
    { source: 'news/gone.txt', code: 'ENOENT', message: 'no such file or directory' },
  ];
  const elements = readHtml(render([{ facts: first, text: TEXT }, { facts: second, text: 'Nothing said here.' }], errors));

  it('lists the documents, each linked, with their counts', () => {
    const items = elements.filter((element) => element.tag === 'li' && element.ancestors.includes('nav'));
    expect(items.map((item) => item.text)).toEqual(['news/a.txt2 quotes · 2 entities · 1 vote', 'news/b.txt0 quotes · 0 entities · 0 votes']);
    const links = elements.filter((element) => element.tag === 'a' && element.ancestors.includes('nav'));
    expect(links.map((link) => link.attributes.href)).toEqual(['#d1', '#d2']);
    expect(elements.filter((element) => element.tag === 'article').map((article) => article.attributes.id)).toEqual(['d1', 'd2']);
  });

  it('lists the errors, linking one to its document where it has one', () => {
    const items = elements.filter((element) => element.tag === 'li' && element.ancestors.includes('section'));
    expect(items.map((item) => item.text)).toEqual([
      'news/b.txt: invalid UTF-8 replaced with U+FFFD (INVALID_UTF8)',
      'news/gone.txt: no such file or directory (ENOENT)',
    ]);
    const links = elements.filter((element) => element.tag === 'a' && element.ancestors.includes('section'));
    expect(links.map((link) => link.attributes.href)).toEqual(['#d2']);
  });

  it('numbers facts and anchors per document, so no id is used twice', () => {
    const ids = elements.map((element) => element.attributes.id).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
