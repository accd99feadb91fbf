// UTF-16 text, as Windows tools write it: told by its byte-order mark only
// (without one, its NUL bytes make it binary). It is decoded to the text
// every span is measured against, so offsets are those of the decoded text,
// not of the file's bytes. A text too long to read in one piece is turned
// into UTF-8 bytes, to be read in windows as a UTF-8 file is.

import type { Decoded } from './decode.js';
import { bufferSource, type ByteSource } from './byte-source.js';

export type Utf16 = 'utf-16le' | 'utf-16be';

/** The UTF-16 form a BOM at the start of `head` names, if any. */
export function utf16Bom(head: Uint8Array): Utf16 | null {
  if (head.length < 2) return null;
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** The BOM of UTF-32: FF FE 00 00 (which also starts like UTF-16 LE) or 00 00 FE FF. */
export function startsWithUtf32Bom(head: Uint8Array): boolean {
  if (head.length < 4) return false;
  const [a, b, c, d] = head;
  return (a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff);
}

/** Whether UTF-16 bytes hold a NUL character (two zero bytes at a character's place): binary, as a NUL byte is in UTF-8. */
export function hasNulCharacter(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i] === 0 && bytes[i + 1] === 0) return true;
  return false;
}

const CHUNK = 1 << 20;

/**
 * The text of `body`, the bytes after the BOM; over `wholeUpTo` bytes, its
 * UTF-8 bytes instead. An unpaired surrogate, or an odd byte at the end, is
 * read as U+FFFD and makes the result lossy. The body is closed.
 */
export function decodeUtf16(body: ByteSource, encoding: Utf16, wholeUpTo: number): Decoded {
  const lenient = new TextDecoder(encoding, { ignoreBOM: true });
  const strict = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const whole = body.length <= wholeUpTo;
  const texts: string[] = [];
  const utf8: Buffer[] = [];
  let lossy = false;
  for (let start = 0; start < body.length; start += CHUNK) {
    const bytes = body.read(start, Math.min(body.length, start + CHUNK));
    // A character cut at the chunk's end waits for the next chunk.
    const stream = start + CHUNK < body.length;
    const text = lenient.decode(bytes, { stream });
    if (whole) texts.push(text);
    else utf8.push(Buffer.from(text, 'utf8'));
    if (!lossy) {
      try {
        strict.decode(bytes, { stream });
      } catch {
        lossy = true;
      }
    }
  }
  body.close();
  return whole ? { ok: true, text: texts.join(''), lossy, encoding } : { ok: true, bytes: bufferSource(Buffer.concat(utf8)), lossy, encoding };
}
