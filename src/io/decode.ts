// Turns the bytes of an input into the text every span is measured against:
// UTF-8, one leading BOM removed, nothing else changed (CRLF stays CRLF).
// Text that starts with a UTF-16 BOM is decoded as UTF-16 (utf16.ts).

import { isUtf8 } from 'node:buffer';
import { bufferSource, skipBytes, type ByteSource } from './byte-source.js';
import { decodeUtf16, hasNulCharacter, startsWithUtf32Bom, utf16Bom, type Utf16 } from './utf16.js';

/** How many leading bytes are checked for a NUL when telling text from binary. */
export const BINARY_SNIFF_BYTES = 8192;

export type Decoded =
  | {
      ok: true;
      text: string;
      /** Invalid UTF-8 (or UTF-16) was replaced with U+FFFD. */
      lossy: boolean;
      /** Set when the input was UTF-16 (it had a UTF-16 BOM); absent for UTF-8. */
      encoding?: Utf16;
    }
  /** A text too long to decode whole: its UTF-8 bytes, BOM removed, for `decodeUtf8` window by window. */
  | { ok: true; bytes: ByteSource; lossy: boolean; encoding?: Utf16 }
  | { ok: false; code: 'BINARY'; message: string };

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  return head.includes(0);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 bytes as text, invalid sequences read as U+FFFD; a BOM is kept (decodeText removes it). */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

const CHECK_CHUNK = 1 << 20;

/** Whether a source is valid UTF-8, checked a chunk at a time. */
function isUtf8Source(source: ByteSource): boolean {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    for (let start = 0; start < source.length; start += CHECK_CHUNK) {
      strict.decode(source.read(start, Math.min(source.length, start + CHECK_CHUNK)), { stream: true });
    }
    strict.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of an input; over `wholeUpTo` bytes, the checked bytes instead,
 * to be decoded in windows. The source is closed unless it is handed back.
 */
export function decodeText(input: Uint8Array | ByteSource, wholeUpTo = Infinity): Decoded {
  const source = input instanceof Uint8Array ? bufferSource(input) : input;
  const head = source.read(0, Math.min(source.length, BINARY_SNIFF_BYTES));
  const refuse = (message: string): Decoded => {
    source.close();
    return { ok: false, code: 'BINARY', message };
  };
  if (startsWithUtf32Bom(head)) return refuse('UTF-32 text is not supported, convert it to UTF-8');
  const utf16 = utf16Bom(head);
  if (utf16) {
    if (hasNulCharacter(head.subarray(2))) return refuse('binary file (NUL character in the first 8 KiB), skipped');
    return decodeUtf16(skipBytes(source, 2), utf16, wholeUpTo);
  }
  if (looksBinary(head)) return refuse('binary file (NUL byte in the first 8 KiB), skipped');
  const body = skipBytes(source, UTF8_BOM.every((byte, i) => head[i] === byte) ? UTF8_BOM.length : 0);
  if (body.length > wholeUpTo) return { ok: true, bytes: body, lossy: !isUtf8Source(body) };
  const bytes = body.read(0, body.length);
  source.close();
  // ignoreBOM keeps the decoder from eating a second BOM, which is text.
  return { ok: true, text: decoder.decode(bytes), lossy: !isUtf8(bytes) };
}
