import { describe, expect, it } from 'vitest';
import type { ByteSource } from '../../src/io/byte-source.js';
import { decodeText } from '../../src/io/decode.js';

const TEXT = '“Wir öffnen die Fähre,” sagte Ilse Dunmore. 林小明说：“桥明天开放。” 🚢';

/** UTF-16 BE: the LE bytes with each pair swapped. */
function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}
const LE_BOM = Buffer.from([0xff, 0xfe]);
const BE_BOM = Buffer.from([0xfe, 0xff]);

describe('UTF-16 with a BOM', () => {
  it('is decoded, little-endian and big-endian alike, the BOM removed', () => {
    const le = Buffer.concat([LE_BOM, Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.concat([BE_BOM, utf16be(TEXT)]);
    expect(decodeText(le)).toEqual({ ok: true, text: TEXT, lossy: false, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ ok: true, text: TEXT, lossy: false, encoding: 'utf-16be' });
  });

  it('keeps a second BOM, which is text, as UTF-8 does', () => {
    expect(decodeText(Buffer.concat([LE_BOM, Buffer.from('\ufeffa', 'utf16le')]))).toMatchObject({ text: '\ufeffa' });
  });

  it('Chinese text without a NUL byte is decoded, not read as UTF-8', () => {
    const chinese = '中文新闻报道';
    expect(Buffer.from(chinese, 'utf16le').includes(0)).toBe(false);
    expect(decodeText(Buffer.concat([LE_BOM, Buffer.from(chinese, 'utf16le')]))).toMatchObject({ ok: true, text: chinese, lossy: false });
  });

  it('reads an unpaired surrogate or an odd last byte as U+FFFD, lossy', () => {
    const lone = Buffer.concat([LE_BOM, Buffer.from([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00])]);
    expect(decodeText(lone)).toEqual({ ok: true, text: 'A\ufffdB', lossy: true, encoding: 'utf-16le' });
    const odd = Buffer.concat([BE_BOM, Buffer.from([0x00, 0x41, 0x00])]);
    expect(decodeText(odd)).toEqual({ ok: true, text: 'A\ufffd', lossy: true, encoding: 'utf-16be' });
  });

  it('refuses a NUL character near the start as binary', () => {
    const nul = Buffer.concat([LE_BOM, Buffer.from('ab\0cd', 'utf16le')]);
    expect(decodeText(nul)).toMatchObject({ ok: false, code: 'BINARY' });
  });

  it('keeps a character whose halves fall in two chunks of decoding whole', () => {
    // 1 MiB chunks: the emoji's surrogates straddle the first boundary.
    const text = `${'a'.repeat((1 << 19) - 2)}😀${'b'.repeat(10)}`;
    const bytes = Buffer.concat([LE_BOM, Buffer.from(text, 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text, lossy: false, encoding: 'utf-16le' });
  });

  it('over the whole-text limit, hands back the text as UTF-8 bytes, for windows', () => {
    const result = decodeText(Buffer.concat([BE_BOM, utf16be(TEXT)]), 8);
    expect(result).toMatchObject({ ok: true, lossy: false, encoding: 'utf-16be' });
    const { bytes } = result as { bytes: ByteSource };
    expect(Buffer.from(bytes.read(0, bytes.length)).toString('utf8')).toBe(TEXT);
  });
});
