// Turns the bytes of an input into the text every span is measured against:
// UTF-8, one leading BOM removed, nothing else changed (CRLF stays CRLF).

import { isUtf8 } from 'node:buffer';

/** How many leading bytes are checked for a NUL when telling text from binary. */
export const BINARY_SNIFF_BYTES = 8192;

export type Decoded =
  | { ok: true; text: string; /** Invalid UTF-8 was replaced with U+FFFD. */ lossy: boolean }
  | { ok: false; code: 'BINARY'; message: string };

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  return head.includes(0);
}

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWithUtf16Bom(bytes) && looksBinary(bytes)) {
    return { ok: false, code: 'BINARY', message: 'UTF-16 text is not supported, convert it to UTF-8' };
  }
  if (looksBinary(bytes)) {
    return { ok: false, code: 'BINARY', message: 'binary file (NUL byte in the first 8 KiB), skipped' };
  }
  // ignoreBOM keeps the decoder from eating the BOM so exactly one is removed here.
  let text = decoder.decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text, lossy: !isUtf8(bytes) };
}
