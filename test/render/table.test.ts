import { describe, expect, it } from 'vitest';
import type { DocumentFacts, FactKind } from '../../src/facts.js';
import { createRenderer } from '../../src/render/index.js';
import { breakLongWords, fitColumns, wrapPath, wrapRule } from '../../src/render/table-layout.js';
import { sampleFacts } from './facts.js';

const ANSI = /\u001b\[[0-9;]*m/g;

function render(kinds: FactKind[], width: number, colorLevel: 0 | 1 = 0, documents: DocumentFacts[] = [sampleFacts()], explain = false) {
  const renderer = createRenderer('table', { kinds, allKinds: kinds.length > 1, width, colorLevel, explain });
  return renderer.start() + documents.map((d) => renderer.document(d)).join('') + renderer.end([]);
}

const widest = (out: string) => Math.max(...out.replace(ANSI, '').split('\n').map((line) => [...line].length));

describe('table renderer', () => {
  it('stays within the width it is given, from 60 columns up', () => {
    for (const width of [60, 80, 100, 140]) expect(widest(render(['quotes', 'entities', 'votes'], width))).toBeLessThanOrEqual(width);
  });

  it('fills the width when the text is long', () => {
    const facts = sampleFacts();
    facts.quotes[0] = { ...facts.quotes[0], text: 'word '.repeat(100).trim() };
    for (const width of [60, 100, 140]) {
      const lines = render(['quotes'], width, 0, [facts]).split('\n');
      expect(lines.every((line) => [...line].length <= width)).toBe(true);
      expect(lines.some((line) => [...line].length === width)).toBe(true);
    }
  });

  it('shows speaker with role, quote, kind and file:line:col', () => {
    const out = render(['quotes'], 120);
    expect(out).toMatch(/│ Jane Smith +│ We will win, and “soon”, +│ direct +│ news\/a\.txt:2:2 +│/);
    expect(out).toMatch(/│ leader of the Party +│/);
    expect(out).toMatch(/│ Party +│ Vote, "count", results +│ block +│ news\/a\.txt:1:1 +│/);
  });

  it('titles one table per kind for several kinds', () => {
    const out = render(['quotes', 'entities', 'votes'], 100);
    expect(out.match(/^(Quotes \(2\)|Entities \(2\)|Votes \(1\))$/gm)).toEqual(['Quotes (2)', 'Entities (2)', 'Votes (1)']);
    expect(out).toMatch(/│ Jane Smith +│ person +│ leader +│ +1 │ news\/a\.txt:2:\d+ +│/);
    expect(out).toMatch(/│ council +│ +│ 13 \/ 1 \/ 1 +│ adopted +│ news\/a\.txt:3:1 +│/);
  });

  it('says when a kind has nothing', () => {
    expect(render(['quotes'], 100, 0, [{ source: 'a.txt', quotes: [] }])).toBe('No quotes found.\n');
  });

  it('colours only at a colour level above 0', () => {
    expect(render(['quotes'], 100, 0)).not.toMatch(ANSI);
    const coloured = render(['quotes'], 100, 1);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(render(['quotes'], 100, 0));
  });

  it('wraps long text and long paths instead of cutting them', () => {
    const long = sampleFacts('a/very/long/folder/name/with-a-long-file-name-for-the-article.txt');
    const out = render(['quotes'], 60, 0, [long]);
    expect(widest(out)).toBeLessThanOrEqual(60);
    expect(out).not.toContain('…');
    // The position column, read down the first row.
    const rows = out.split(/^├.*$/m)[1].split('\n').filter((line) => line.startsWith('│'));
    const position = rows.map((line) => line.split('│')[4].trim()).join('');
    expect(position).toBe('a/very/long/folder/name/with-a-long-file-name-for-the-article.txt:2:2');
  });
});

describe('table renderer with --explain', () => {
  const explained = (width: number, colorLevel: 0 | 1 = 0) => render(['quotes', 'entities', 'votes'], width, colorLevel, [sampleFacts()], true);
  const cellLines = (out: string, column: number) =>
    out
      .split('\n')
      .filter((line) => line.startsWith('│'))
      .map((line) => line.split('│')[column + 1].trim());

  it('shows, under each speaker, the rule that named it with its entity, then the quote\'s own rule', () => {
    const out = render(['quotes'], 120, 0, [sampleFacts()], true);
    expect(cellLines(out, 0).filter((line) => line)).toEqual([
      'speaker',
      'Jane Smith', 'leader of the Party', 'speaker.entity → e1', 'quote.after.cue-subject',
      'Party', 'speaker.group', 'quote.block.signature',
    ]);
  });

  it('shows the quote\'s rule under an unknown speaker', () => {
    const facts = sampleFacts();
    facts.quotes = [{ ...facts.quotes[0], speaker: null, rule: 'quote.unattributed' }];
    const out = render(['quotes'], 120, 0, [facts], true);
    expect(cellLines(out, 0).filter((line) => line)).toEqual(['speaker', 'unknown', 'quote.unattributed']);
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
    expect(cellLines(narrow, 0).join('\n')).toContain('quote.block.\nsignature');
  });
});

describe('fitColumns', () => {
  const columns = [
    { header: 'kind', grow: 0 },
    { header: 'text', grow: 1 },
    { header: 'where', grow: 0, capShare: 0.2 },
  ];

  it('sizes fixed columns to content (capped) and gives the rest to growing ones', () => {
    const widths = fitColumns(80, columns, [['direct', 'x'.repeat(200), 'a/b.txt:1:1']]);
    expect(widths[0]).toBe('direct'.length + 2);
    expect(widths[2]).toBe('a/b.txt:1:1'.length + 2);
    expect(widths.reduce((a, b) => a + b, 0) + columns.length + 1).toBe(80);
    const capped = fitColumns(80, columns, [['direct', 'x', 'p'.repeat(50)]]);
    expect(capped[2]).toBe(16 + 2);
  });

  it('a growing column with short content takes only what it needs', () => {
    const widths = fitColumns(100, [{ header: 'a', grow: 1 }, { header: 'b', grow: 1 }], [['short', 'y'.repeat(300)]]);
    expect(widths[0]).toBe(6 + 2);
    expect(widths[0] + widths[1] + 3).toBe(100);
  });
});

describe('wrapping helpers', () => {
  it('breakLongWords splits only words longer than the width', () => {
    expect(breakLongWords('short words stay', 5)).toBe('short words stay');
    expect(breakLongWords('abcdefghij ok', 4)).toBe('abcd\nefgh\nij ok');
  });

  it('wrapRule breaks after dots, after hyphens only when it must, and keeps a link whole', () => {
    expect(wrapRule('quote.after.subject-cue', 40)).toBe('quote.after.subject-cue');
    expect(wrapRule('quote.after.subject-cue', 12)).toBe('quote.after.\nsubject-cue');
    expect(wrapRule('quote.reported.clause-after-cue', 14)).toBe('quote.\nreported.\nclause-after-\ncue');
    expect(wrapRule('speaker.pronoun → e19', 19)).toBe('speaker.pronoun\n→ e19');
    expect(wrapRule('e1 entity.title', 40)).toBe('e1 entity.title');
    expect(wrapRule('abcdefghij', 4)).toBe('abcd\nefgh\nij');
  });

  it('wrapPath breaks after separators and keeps :line:col whole', () => {
    expect(wrapPath('news/a.txt:12:3', 40)).toBe('news/a.txt:12:3');
    expect(wrapPath('news/daily/a.txt:12:3', 12)).toBe('news/daily/\na.txt:12:3');
    expect(wrapPath('news/abcdefghijklmnop.txt:1:1', 10)).toBe('news/\nabcdefghij\nklmnop.txt\n:1:1');
  });
});
