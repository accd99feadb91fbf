// The bytes of an input, read by range: from memory (stdin, a short file) or
// from an open file, so a long file is read window by window and never held
// whole.

import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

export interface ByteSource {
  readonly length: number;
  /** The bytes in [start, end). */
  read(start: number, end: number): Uint8Array;
  /** Releases the file, if any; reading after it is an error. */
  close(): void;
}

export function bufferSource(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, read: (start, end) => bytes.subarray(start, end), close: () => undefined };
}

/** The bytes of an open file of `size` bytes from `offset` on; the source closes the handle. */
export function fileSource(handle: FileHandle, size: number, offset = 0): ByteSource {
  return {
    length: size - offset,
    read(start, end) {
      const buffer = Buffer.allocUnsafe(end - start);
      let filled = 0;
      while (filled < buffer.length) {
        const read = readSync(handle.fd, buffer, filled, buffer.length - filled, offset + start + filled);
        if (read === 0) break;
        filled += read;
      }
      return buffer.subarray(0, filled);
    },
    close: () => void handle.close().catch(() => undefined),
  };
}

/** A source without its first `skip` bytes. */
export function skipBytes(source: ByteSource, skip: number): ByteSource {
  if (skip === 0) return source;
  return {
    length: source.length - skip,
    read: (start, end) => source.read(start + skip, end + skip),
    close: () => source.close(),
  };
}
