// Fitting columns to a width and wrapping text, headers, paths and rule
// names to them, apart from any table.

import { describe, expect, it } from 'vitest';
import { fitColumns, wrapHeader, wrapPath, wrapRule, wrapText } from '../../src/render/table-layout.js';

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

  it('a growing column is not cut inside its longest word while another can spare the room', () => {
    const growing = [{ header: 'body', grow: 1 }, { header: 'subject', grow: 2 }];
    const cells = [['councillors', 'require the ferry company to publish its passenger figures every quarter of the year']];
    const widths = fitColumns(40, growing, cells);
    expect(widths[0]).toBe('councillors'.length + 2);
    expect(widths[0] + widths[1] + 3).toBe(40);
  });

  it('sizes a header by its pieces between spaces and after dashes', () => {
    const widths = fitColumns(100, [{ header: 'for–against–abstain', grow: 0 }, { header: 'x', grow: 1 }], [['7–2', 'y']]);
    expect(widths[0]).toBe('against–'.length + 2);
    expect(wrapHeader('for–against–abstain', 8)).toBe('for–\nagainst–\nabstain');
    expect(wrapHeader('for–against–abstain', 12)).toBe('for–against–\nabstain');
    expect(wrapHeader('first position', 8)).toBe('first\nposition');
  });
});

describe('wrapping helpers', () => {
  it.each([
    ['short words stay', 5, 'short\nwords\nstay'],
    ['short words stay', 40, 'short words stay'],
    ['abcdefghij ok', 4, 'abcd\nefgh\nij\nok'],
    // A word wider than the column starts on the current line.
    ['ok abcdefghij', 4, 'ok a\nbcde\nfghi\nj'],
    ['spaces\n  and\tbreaks', 40, 'spaces and breaks'],
    // CJK characters take two columns each, and are never split.
    ['東西南北中', 4, '東西\n南北\n中'],
    ['東西南北中', 5, '東西\n南北\n中'],
    ['ab東西', 3, 'ab\n東\n西'],
    // An emoji with its skin tone, or a family joined by ZWJ, is one character.
    ['👍🏽👍🏽👍🏽', 4, '👍🏽👍🏽\n👍🏽'],
    ['a👨‍👩‍👧b', 3, 'a👨‍👩‍👧\nb'],
  ])('wrapText(%j, %i) is %j', (text, max, expected) => {
    expect(wrapText(text, max)).toBe(expected);
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
    expect(wrapPath('新闻/东南西北中.txt', 8)).toBe('新闻/\n东南西北\n中.txt');
  });

  it('wrapRule counts terminal columns', () => {
    expect(wrapRule('rule.東西南北', 8)).toBe('rule.\n東西南北');
  });
});
