import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode.js';
import type { ByteSource } from '../../src/io/byte-source.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeText', () => {
  it('decodes UTF-8, characters outside the BMP included', () => {
    expect(decodeText(bytes('Zoë says “hi” 😀'))).toEqual({ ok: true, text: 'Zoë says “hi” 😀', lossy: false });
  });

  it('removes one leading BOM and only one', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'text'))).toEqual({ ok: true, text: 'text', lossy: false });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'text'))).toEqual({ ok: true, text: '\ufefftext', lossy: false });
  });

  it('keeps a BOM that is not at the start', () => {
    expect(decodeText(bytes('a', [0xef, 0xbb, 0xbf], 'b'))).toMatchObject({ text: 'a\ufeffb' });
  });

  it('changes no line ends', () => {
    expect(decodeText(bytes('a\r\nb\rc\n'))).toMatchObject({ text: 'a\r\nb\rc\n' });
  });

  it('replaces invalid UTF-8 with U+FFFD and says it was lossy', () => {
    expect(decodeText(bytes('caf', [0xe9], ' ok'))).toEqual({ ok: true, text: 'caf\ufffd ok', lossy: true });
    // A truncated sequence at the end.
    expect(decodeText(bytes('end', [0xe2, 0x80]))).toEqual({ ok: true, text: 'end\ufffd', lossy: true });
  });

  it('an encoded U+FFFD is not a loss', () => {
    expect(decodeText(bytes('\ufffd'))).toEqual({ ok: true, text: '\ufffd', lossy: false });
  });

  it('refuses a NUL byte in the first 8 KiB as binary', () => {
    expect(decodeText(bytes('abc', [0], 'def'))).toMatchObject({ ok: false, code: 'BINARY' });
    const late = Buffer.alloc(8192 + 10, 'a');
    late[8192 + 5] = 0;
    expect(decodeText(late)).toMatchObject({ ok: true });
  });

  it('refuses UTF-32, named by its BOM', () => {
    const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x68, 0, 0, 0]);
    expect(decodeText(utf32)).toEqual({ ok: false, code: 'BINARY', message: expect.stringContaining('UTF-32') });
    expect(decodeText(Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x68]))).toMatchObject({ ok: false, code: 'BINARY' });
  });

  it('an empty input is an empty text', () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({ ok: true, text: '', lossy: false });
  });

  it('hands back the bytes of a text over the whole-text limit, BOM removed and checked as the text is', () => {
    const long = bytes([0xef, 0xbb, 0xbf], 'Lowmere quay', [0xe9]);
    const result = decodeText(long, 8);
    expect(result).toMatchObject({ ok: true, lossy: true });
    const { bytes: source } = result as { bytes: ByteSource };
    expect(Buffer.from(source.read(0, source.length)).equals(bytes('Lowmere quay', [0xe9]))).toBe(true);
    expect(decodeText(bytes('short'), 8)).toEqual({ ok: true, text: 'short', lossy: false });
  });
});
