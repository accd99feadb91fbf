import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { DocumentFacts, FactKind, Quote } from '../../src/facts.js';
import { nothingFoundLine } from '../../src/cli/stderr.js';
import { createRenderer } from '../../src/render/index.js';
import { createDocument, located } from '../../src/text/document.js';
import { sampleFacts } from './facts.js';

const ANSI = /\u001b\[[0-9;]*m/g;

function render(kinds: FactKind[], width: number, colorLevel: 0 | 1 = 0, documents: DocumentFacts[] = [sampleFacts()], explain = false) {
  const renderer = createRenderer('table', { kinds, allKinds: kinds.length > 1, width, colorLevel, explain });
  return renderer.start() + documents.map((d) => renderer.document(d)).join('') + renderer.end([]);
}

/** Terminal columns of the widest line. */
const widest = (out: string) => Math.max(...out.replace(ANSI, '').split('\n').map((line) => stringWidth(line)));

/** The lines of one column of every table in the output, trimmed. */
const columnLines = (out: string, column: number) =>
  out
    .split('\n')
    .filter((line) => line.startsWith('│'))
    .map((line) => line.split('│')[column + 1].trim());

describe('table renderer', () => {
  it('stays within the width it is given, from 60 columns up', () => {
    for (const width of [60, 80, 100, 140]) expect(widest(render(['quotes', 'entities', 'votes'], width))).toBeLessThanOrEqual(width);
  });

  it('fills the width when the text is long', () => {
    const facts = sampleFacts();
    facts.quotes[0] = { ...facts.quotes[0], text: 'word '.repeat(100).trim() };
    for (const width of [60, 100, 140]) {
      const lines = render(['quotes'], width, 0, [facts]).split('\n');
      expect(lines.every((line) => stringWidth(line) <= width)).toBe(true);
      expect(lines.some((line) => stringWidth(line) === width)).toBe(true);
    }
  });

  it('shows the path, then speaker with role, quote, kind and line:col', () => {
    const out = render(['quotes'], 120);
    expect(out.split('\n')[0]).toBe('news/a.txt');
    expect(out).toMatch(/│ Jane Smith +│ We will win, and “soon”, +│ direct +│ 2:2 +│/);
    expect(out).toMatch(/│ leader of the Party +│/);
    expect(out).toMatch(/│ Party +│ Vote, "count", results +│ block +│ 1:1 +│/);
  });

  it('titles one table per kind for several kinds, under the path', () => {
    const out = render(['quotes', 'entities', 'votes'], 100);
    const headings = out.match(/^(news\/a\.txt|Quotes \(2\)|Entities \(2\)|Votes \(1\))$/gm);
    expect(headings).toEqual(['news/a.txt', 'Quotes (2)', 'Entities (2)', 'Votes (1)']);
    expect(out).toMatch(/│ Jane Smith +│ person +│ leader +│ +1 │ 2:\d+ +│/);
    expect(out).toMatch(/│ council +│ +│ +│ 13–1–1 +│ adopted +│ 3:1 +│/);
    // the named voters, a few, under what they voted on
    expect(out).toMatch(/│ +│ for: Jane Smith, Tom Becker +│ +│ +│ +│ +│/);
  });

  it('colours only at a colour level above 0', () => {
    expect(render(['quotes'], 100, 0)).not.toMatch(ANSI);
    const coloured = render(['quotes'], 100, 1);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(render(['quotes'], 100, 0));
  });

  it('wraps long text and long paths instead of cutting them', () => {
    const path = 'a/very/long/folder/name/with-a-long-file-name-for-the-article-about-the-harbour.txt';
    const facts = sampleFacts(path);
    facts.quotes[0] = { ...facts.quotes[0], text: `${'word '.repeat(30)}${'x'.repeat(70)}` };
    const out = render(['quotes'], 60, 0, [facts]);
    expect(widest(out)).toBeLessThanOrEqual(60);
    expect(out).not.toContain('…');
    const heading = out.slice(0, out.indexOf('┌')).split('\n');
    expect(heading.join('')).toBe(path);
    // The quote column, read down the first row.
    const rows = out.split(/^├.*$/m)[1].split('\n').filter((line) => line.startsWith('│'));
    const quote = rows.map((line) => line.split('│')[2].trim()).join('');
    expect(quote.replace(/ /g, '')).toBe(facts.quotes[0].text.replace(/ /g, ''));
  });
});

/** Invented quotes in wide scripts: CJK (two columns a character) and emoji, some joined by ZWJ. */
/**
 * CJK and emoji. With `recent`, two emoji that the table library measures by
 * an older table than string-width (its border may shift; nothing is cut).
 */
function wideFacts(recent = false): DocumentFacts {
  const [chef, melting] = recent ? ['🧑‍🍳', '🫠'] : ['👩', '😀'];
  const text =
    '王小红说：“我们明天会在河边的新图书馆举行开幕仪式，欢迎所有居民和他们的朋友一起来参加。”\n' +
    `The baker ${chef} said: "Fresh bread 🥐 every morning 🎉, the family 👨‍👩‍👧 table ${melting} stays open 👍🏽 late."`;
  const doc = createDocument('新闻/面包店.txt', text);
  const quote = (part: string, name: string): Quote => {
    const at = located(doc, text.indexOf(part), text.indexOf(part) + part.length);
    const speaker = { name, type: 'person' as const, mention: null, rule: 'speaker.entity' };
    return { ...at, kind: 'direct', speaker, cue: null, confidence: 0.9, rule: 'quote.after.cue-subject' };
  };
  return {
    source: doc.source,
    quotes: [
      quote('我们明天会在河边的新图书馆举行开幕仪式，欢迎所有居民和他们的朋友一起来参加。', '王小红'),
      quote(`Fresh bread 🥐 every morning 🎉, the family 👨‍👩‍👧 table ${melting} stays open 👍🏽 late.`, `The baker ${chef}`),
    ],
  };
}

/** The lines of each body row of a one-table output, between the row borders. */
const bodyRows = (out: string) =>
  out
    .split(/^[├└].*$/m)
    .slice(1, -1)
    .map((row) => row.split('\n').filter((line) => line.startsWith('│')));

describe('one table per document', () => {
  it('writes each document as it comes, under its path, and nothing for a document without facts', () => {
    const renderer = createRenderer('table', { kinds: ['quotes'], allKinds: false, width: 100, colorLevel: 0 });
    const documents = [sampleFacts('news/b.txt'), { source: 'news/empty.txt', quotes: [] }, sampleFacts('news/a.txt')];
    expect(renderer.start()).toBe('');
    const parts = documents.map((document) => renderer.document(document));
    expect(parts[0]).toMatch(/^news\/b\.txt\n┌.*┐\n/);
    expect(parts[1]).toBe('');
    // A blank line between documents.
    expect(parts[2]).toMatch(/^\nnews\/a\.txt\n┌.*┐\n/);
    // A document that comes in several calls (read in windows) keeps one heading.
    expect(renderer.document(sampleFacts('news/a.txt'))).toMatch(/^┌/);
    expect(renderer.end([])).toBe('');
  });

  it('keeps the input order, for one kind and for several', () => {
    const documents = [sampleFacts('z.txt'), { source: 'm.txt', quotes: [], entities: [], votes: [] }, sampleFacts('a.txt')];
    const outside = (out: string) => out.split('\n').filter((line) => line && !/^[┌│├└]/.test(line));
    expect(outside(render(['quotes'], 100, 0, documents))).toEqual(['z.txt', 'a.txt']);
    expect(outside(render(['quotes', 'entities', 'votes'], 100, 0, documents))).toEqual([
      'z.txt', 'Quotes (2)', 'Entities (2)', 'Votes (1)',
      'a.txt', 'Quotes (2)', 'Entities (2)', 'Votes (1)',
    ]);
  });

  it('titles only the kinds a document has', () => {
    const facts = { ...sampleFacts(), quotes: [], votes: [] };
    const out = render(['quotes', 'entities', 'votes'], 100, 0, [facts]);
    expect(out.split('\n').filter((line) => /^[A-Z]\w+ \(\d+\)$/.test(line))).toEqual(['Entities (2)']);
    expect(out).not.toContain('found.');
  });

  it('makes the path bold when colour is on', () => {
    expect(render(['quotes'], 100, 1).split('\n')[0]).toBe('\u001b[1mnews/a.txt\u001b[22m');
  });

  const facts = sampleFacts();
  it.each([
    ['quotes', 3, facts.quotes.map((q) => q.span)],
    ['votes', 5, facts.votes.map((v) => v.span)],
    // An entity's position is that of its first mention.
    ['entities', 4, facts.entities.map((e) => e.mentions[0].span)],
  ] as const)('shows the position of %s as line:col', (kind, column, spans) => {
    const out = render([kind], 100);
    const positions = columnLines(out.slice(out.indexOf('├')), column).filter((line) => line);
    expect(positions).toEqual(spans.map((span) => `${span.line}:${span.column}`));
  });

  it('writes nothing when no document has a fact (the command says so on stderr)', () => {
    const documents: DocumentFacts[] = [{ source: 'a.txt' }, { source: 'b.txt', quotes: [], entities: [], votes: [] }];
    expect(render(['quotes', 'entities', 'votes'], 100, 0, documents)).toBe('');
  });

  it.each([
    [['quotes'], 'No quotes found.'],
    [['entities'], 'No entities found.'],
    [['votes'], 'No votes found.'],
    [['quotes', 'entities', 'votes'], 'No quotes, entities or votes found.'],
  ] as [FactKind[], string][])('names %j in the "none found" line', (kinds, expected) => {
    expect(nothingFoundLine(kinds)).toBe(expected);
  });
});

describe('wide characters', () => {
  it.each([60, 80, 100])('keep every line of the table within %i columns, the borders aligned', (width) => {
    for (const colorLevel of [0, 1] as const) {
      const out = render(['quotes'], width, colorLevel, [wideFacts()]);
      const table = out.replace(ANSI, '').split('\n').filter((line) => /^[┌│├└]/.test(line));
      const border = stringWidth(table[0]);
      expect(border).toBeLessThanOrEqual(width);
      expect(table.map((line) => stringWidth(line))).toEqual(table.map(() => border));
      expect(widest(out)).toBeLessThanOrEqual(width);
    }
  });

  it.each([60, 80, 100])('lose no character at %i columns, recent emoji included', (width) => {
    const facts = wideFacts(true);
    const rows = bodyRows(render(['quotes'], width, 0, [facts]));
    const cell = (row: string[], column: number) => row.map((line) => line.split('│')[column + 1].trim());
    // The CJK quote has no spaces: its lines join back into it.
    expect(cell(rows[0], 1).join('')).toBe(facts.quotes![0].text);
    expect(cell(rows[0], 0).join('')).toBe('王小红');
    // The other is cut at spaces, which the wrapping drops.
    expect(cell(rows[1], 1).join(' ').trim()).toBe(facts.quotes![1].text);
    expect(cell(rows[1], 0).join(' ').trim()).toBe(facts.quotes![1].speaker!.name);
  });

  it('wraps a heading wider than the table', () => {
    const source = `${'新闻/'.repeat(30)}面包店.txt`;
    const out = render(['quotes'], 40, 0, [{ ...wideFacts(), source }]);
    const heading = out.slice(0, out.indexOf('┌')).split('\n').filter((line) => line);
    expect(heading.every((line) => stringWidth(line) <= 40)).toBe(true);
    expect(heading.join('')).toBe(source);
  });
});

describe('table renderer with --explain', () => {
  const explained = (width: number, colorLevel: 0 | 1 = 0) => render(['quotes', 'entities', 'votes'], width, colorLevel, [sampleFacts()], true);

  it('shows, under each speaker, the rule that named it with its entity, then the quote\'s own rule', () => {
    const out = render(['quotes'], 120, 0, [sampleFacts()], true);
    expect(columnLines(out, 0).filter((line) => line)).toEqual([
      'speaker',
      'Jane Smith', 'leader of the Party', 'speaker.entity → e1', 'quote.after.cue-subject',
      'Party', 'speaker.group', 'quote.block.signature',
    ]);
  });

  it('shows the quote\'s rule under an unknown speaker', () => {
    const facts = sampleFacts();
    facts.quotes = [{ ...facts.quotes[0], speaker: null, rule: 'quote.unattributed' }];
    const out = render(['quotes'], 120, 0, [facts], true);
    expect(columnLines(out, 0).filter((line) => line)).toEqual(['speaker', 'unknown', 'quote.unattributed']);
  });

  it('shows entity ids and rules, and the vote\'s rule with the entity of its body', () => {
    const out = explained(120);
    expect(out).toMatch(/│ Jane Smith +│ person +│/);
    expect(out).toMatch(/│ e1 +│ entity\.title +│/);
    expect(out).toMatch(/│ e2 +│ entity\.head-word +│/);
    expect(out).toMatch(/│ vote\.count\.dash → e2 +│/);
  });

  it('changes nothing without --explain', () => {
    const plain = render(['quotes', 'entities', 'votes'], 120);
    for (const rule of ['speaker.entity', 'quote.after', 'entity.title', 'vote.count', '→']) expect(plain).not.toContain(rule);
  });

  it('stays within the width, dims the rules, and wraps them after dots', () => {
    for (const width of [60, 80, 100]) expect(widest(explained(width))).toBeLessThanOrEqual(width);
    const coloured = explained(80, 1);
    expect(coloured).toContain('\u001b[2mspeaker.entity → e1');
    expect(coloured.replace(ANSI, '')).toBe(explained(80));
    // The speaker column is 14 wide at 60 columns.
    const narrow = render(['quotes'], 60, 0, [sampleFacts()], true);
    expect(columnLines(narrow, 0).join('\n')).toContain('quote.block.\nsignature');
  });
});
