// Character classes used by segmentation. They test one UTF-16 code unit at a
// time so that scanning stays linear and allocation-free on large texts.

/** Whitespace as JavaScript's `\s` defines it (includes NBSP and BOM). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `\n` or `\r`: the characters that end a line (`\r\n` counts once). */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** `.` `!` `?` `…`, and the Devanagari danda `।` and Arabic question mark `؟`. */
export function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x0964 || c === 0x061f;
}

// Marks that may follow a terminator and still belong to the sentence it ends.
const CLOSERS = new Set([
  0x201d /* ” */, 0x22 /* " */, 0x2019 /* ’ */, 0x27 /* ' */, 0xbb /* » */,
  0x203a /* › */, 0x201c /* “ (closes „) */, 0x2018 /* ‘ (closes ‚) */,
  0x29 /* ) */, 0x5d /* ] */, 0x7d /* } */,
]);

export function isCloser(c: number): boolean {
  return CLOSERS.has(c);
}

// Quote marks and brackets that may open a sentence.
const OPENERS = new Set([
  0x201c /* “ */, 0x22 /* " */, 0x2018 /* ‘ */, 0x27 /* ' */, 0xab /* « */,
  0xbb /* » (German »…«) */, 0x201e /* „ */, 0x201a /* ‚ */, 0x2039 /* ‹ */,
  0x28 /* ( */, 0x5b /* [ */, 0xbf /* ¿ */, 0xa1 /* ¡ */,
]);

export function isOpener(c: number): boolean {
  return OPENERS.has(c);
}

const UPPER_OR_UNCASED = /[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]/u;
const LETTER = /\p{L}/u;

/** An uppercase (or caseless-script) letter or a digit. */
export function isCapitalOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return UPPER_OR_UNCASED.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** Whether the character at `i` can start a sentence: a capital, a digit, an opening quote or bracket. */
export function startsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // ” clinging to a word opens a quotation in Swedish and in mistyped text.
  if (c === 0x201d) return i + 1 < text.length && !isSpace(text.charCodeAt(i + 1));
  return isOpener(c) || isCapitalOrDigit(text, i);
}

export function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (Number.isNaN(c)) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}
