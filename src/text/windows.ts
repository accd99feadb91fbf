// A text too long to read in one piece is read in windows: stretches of
// whole paragraphs, each read as its own document. Reading cost and memory
// grow with a window, not with the file, and windows can be read in
// parallel. Each window knows where it starts in the whole text, so the
// facts found in it are moved back to document-global positions.

/** Where a window starts in the whole text: offset, and 1-based line and column. */
export interface Origin {
  offset: number;
  line: number;
  column: number;
}

export interface TextWindow {
  origin: Origin;
  text: string;
}

export const DOCUMENT_ORIGIN: Origin = { offset: 0, line: 1, column: 1 };

/**
 * Window size in UTF-16 code units. Large enough that an article, and
 * nearly every quotation's speaker, falls inside one window; small enough
 * that reading one takes a few tens of MB.
 */
export const WINDOW_SIZE = 256 * 1024;

/** What cutting needs of a text, whether held as a string or as UTF-8 bytes (the searched strings are ASCII, the same in both). */
interface Cuttable {
  lastIndexOf(needle: string, from: number): number;
  /** True when a cut at `at` would split a character or a CRLF. */
  splits(at: number): boolean;
}

/** Where to cut before `limit`: after a blank line if one is in the window's second half, else after a line break, else between words. */
function cutBefore(text: Cuttable, from: number, limit: number): number {
  const half = from + ((limit - from) >> 1);
  for (const gap of ['\n\n', '\r\n\r\n']) {
    const at = text.lastIndexOf(gap, limit - gap.length);
    if (at >= half) return at + gap.length;
  }
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline >= half) return newline + 1;
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= half) return space + 1;
  let cut = limit;
  while (cut > from + 1 && text.splits(cut)) cut--;
  return cut;
}

function stringCuttable(text: string): Cuttable {
  return {
    lastIndexOf: (needle, from) => text.lastIndexOf(needle, from),
    splits(at) {
      const before = text.charCodeAt(at - 1);
      return (before >= 0xd800 && before <= 0xdbff) || (before === 13 && text.charCodeAt(at) === 10);
    },
  };
}

function bytesCuttable(bytes: Uint8Array): Cuttable {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    lastIndexOf: (needle, from) => (from < 0 ? -1 : buffer.lastIndexOf(needle, from)),
    // A UTF-8 continuation byte (10xxxxxx) never starts a character.
    splits: (at) => (buffer[at] & 0xc0) === 0x80 || (buffer[at - 1] === 13 && buffer[at] === 10),
  };
}

/** Cut points of a text of `length` units: [start, end) pairs of at most `size`. */
function* cuts(text: Cuttable, length: number, size: number): Generator<[number, number]> {
  // An empty text is one empty window.
  if (length === 0) yield [0, 0];
  for (let start = 0; start < length; ) {
    const end = start + size >= length ? length : cutBefore(text, start, start + size);
    yield [start, end];
    start = end;
  }
}

/** Where the text after `piece` starts, `piece` starting at `origin`. */
function after(origin: Origin, piece: string): Origin {
  let { line, column } = origin;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === 10 || (c === 13 && piece.charCodeAt(i + 1) !== 10)) {
      line++;
      column = 1;
    } else column++;
  }
  return { offset: origin.offset + piece.length, line, column };
}

/** The text in windows of at most `size` code units; one window when it fits. */
export function* windowsOf(text: string, size = WINDOW_SIZE): Generator<TextWindow> {
  let origin = DOCUMENT_ORIGIN;
  for (const [start, end] of cuts(stringCuttable(text), text.length, size)) {
    const piece = text.slice(start, end);
    yield { origin, text: piece };
    origin = after(origin, piece);
  }
}

/** UTF-8 bytes read by range (io/byte-source.ts has the file and memory kinds). */
export interface ByteRanges {
  readonly length: number;
  read(start: number, end: number): Uint8Array;
  close(): void;
}

/**
 * UTF-8 bytes in windows of at most `size` bytes (so at most `size` code
 * units), each read and decoded only when it is reached: a long file is
 * never held whole. Cuts fall between characters, so decoding window by
 * window gives the same text as decoding the whole. The source is closed
 * when the last window has been taken.
 */
export function* byteWindowsOf(source: ByteRanges, decode: (bytes: Uint8Array) => string, size = WINDOW_SIZE): Generator<TextWindow> {
  let origin = DOCUMENT_ORIGIN;
  try {
    if (source.length === 0) yield { origin, text: '' };
    for (let start = 0; start < source.length; ) {
      const last = start + size >= source.length;
      // One byte past the limit, to tell whether a cut would split a CRLF.
      const chunk = source.read(start, last ? source.length : start + size + 1);
      const end = last ? chunk.length : cutBefore(bytesCuttable(chunk), 0, size);
      const piece = decode(chunk.subarray(0, end));
      yield { origin, text: piece };
      origin = after(origin, piece);
      start += end;
    }
  } finally {
    source.close();
  }
}

/**
 * Moves every span in `value` (objects holding start, end, line and column)
 * from window positions to document positions. Facts are plain data, so one
 * walk covers every kind; a span shared by two facts is moved once.
 */
export function moveSpans<T>(value: T, origin: Origin): T {
  if (origin.offset === 0 && origin.line === 1 && origin.column === 1) return value;
  const moved = new Set<object>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || moved.has(node)) return;
    moved.add(node);
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    const span = node as { start?: unknown; end?: unknown; line?: unknown; column?: unknown };
    if (typeof span.start === 'number' && typeof span.end === 'number' && typeof span.line === 'number' && typeof span.column === 'number') {
      // Only the window's first line starts part-way through a line of the document.
      if (span.line === 1) span.column += origin.column - 1;
      span.line += origin.line - 1;
      span.start += origin.offset;
      span.end += origin.offset;
      return;
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(value);
  return value;
}
