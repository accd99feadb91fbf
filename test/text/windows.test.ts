import { describe, expect, it } from 'vitest';
import { byteWindowsOf, moveSpans, windowsOf } from '../../src/text/windows.js';
import { decodeUtf8 } from '../../src/io/decode.js';
import { bufferSource } from '../../src/io/byte-source.js';
import { indexLines, lineColumn } from '../../src/text/lines.js';

const paragraph = (n: number) => `Paragraph ${n} tells of the ferry to Lowmere.\nIt has a second line.\n\n`;

describe('windowsOf', () => {
  it('keeps a text that fits in one window whole', () => {
    const windows = [...windowsOf('A short note.', 100)];
    expect(windows).toEqual([{ origin: { offset: 0, line: 1, column: 1 }, text: 'A short note.' }]);
  });

  it('cuts after blank lines, covers the text exactly and knows where each window starts', () => {
    const text = Array.from({ length: 40 }, (_, n) => paragraph(n)).join('');
    const windows = [...windowsOf(text, 300)];
    expect(windows.length).toBeGreaterThan(3);
    expect(windows.map((w) => w.text).join('')).toBe(text);
    const lines = indexLines(text);
    for (const window of windows) {
      expect(window.text.length).toBeLessThanOrEqual(300);
      expect(window.origin).toEqual({ offset: window.origin.offset, ...lineColumn(lines, window.origin.offset) });
      expect(window.origin.column).toBe(1);
      expect(window.text.startsWith('Paragraph')).toBe(true);
    }
  });

  it.each([
    ['a line break', 'word '.repeat(30) + '\n', 1],
    ['a space', 'word '.repeat(200), 1],
  ])('falls back to %s when there is no blank line', (_, unit, column) => {
    const text = unit.repeat(20);
    const windows = [...windowsOf(text, 250)];
    expect(windows.map((w) => w.text).join('')).toBe(text);
    expect(windows[1].origin.column >= column).toBe(true);
    for (const w of windows.slice(1)) expect(w.text.startsWith('word')).toBe(true);
  });

  it('never cuts a surrogate pair or a CRLF in two', () => {
    const emoji = '\u{1F600}'.repeat(300);
    for (const w of [...windowsOf(emoji, 101)]) expect(w.text.length % 2).toBe(0);
    const crlf = 'x'.repeat(99) + '\r\n' + 'y'.repeat(300);
    const windows = [...windowsOf(crlf, 100)];
    expect(windows[0].text.endsWith('\r')).toBe(false);
    expect(windows.map((w) => w.text).join('')).toBe(crlf);
  });
});

describe('byteWindowsOf', () => {
  const decode = (bytes: Uint8Array) => decodeUtf8(bytes);

  it('decodes window by window to the text decoding whole gives, with the same origins', () => {
    const text = Array.from({ length: 30 }, (_, n) => `Zoë ${n} said “ça va” 😀 at the quay.\r\nSecond line.\r\n\r\n`).join('');
    const windows = [...byteWindowsOf(bufferSource(Buffer.from(text)), decode, 400)];
    expect(windows.length).toBeGreaterThan(3);
    expect(windows.map((w) => w.text).join('')).toBe(text);
    const lines = indexLines(text);
    for (const w of windows) expect(w.origin).toEqual({ offset: w.origin.offset, ...lineColumn(lines, w.origin.offset) });
  });

  it('cuts a text without breaks between characters, never inside one', () => {
    const text = 'é😀'.repeat(500);
    const windows = [...byteWindowsOf(bufferSource(Buffer.from(text)), decode, 301)];
    expect(windows.map((w) => w.text).join('')).toBe(text);
    expect(windows.every((w) => !w.text.includes('\ufffd'))).toBe(true);
  });

  it('gives one empty window for an empty text', () => {
    expect([...byteWindowsOf(bufferSource(new Uint8Array(0)), decode, 10)]).toEqual([{ origin: { offset: 0, line: 1, column: 1 }, text: '' }]);
    expect([...windowsOf('', 10)]).toHaveLength(1);
  });
});

describe('moveSpans', () => {
  it('moves every span to document positions, a shared span once, columns on the first line only', () => {
    const shared = { start: 2, end: 5, line: 1, column: 3 };
    const facts = {
      quotes: [{ text: 'abc', span: shared, speaker: { mention: { text: 'x', span: { start: 10, end: 11, line: 2, column: 4 } } } }],
      entities: [{ mentions: [{ text: 'abc', span: shared }] }],
    };
    moveSpans(facts, { offset: 100, line: 7, column: 9 });
    expect(shared).toEqual({ start: 102, end: 105, line: 7, column: 11 });
    expect(facts.quotes[0].speaker.mention.span).toEqual({ start: 110, end: 111, line: 8, column: 4 });
  });
});
