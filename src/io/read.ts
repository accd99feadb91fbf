// Reads one input's bytes, refusing inputs over the size limit before they
// are loaded (regular files by their size, streams by counting).

import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputError } from '../facts.js';
import { fromSystemError, inputError } from './errors.js';
import { formatSize } from './size.js';
import { bufferSource, fileSource, type ByteSource } from './byte-source.js';
import type { InputPath } from './paths.js';

export type ReadResult = { ok: true; bytes: ByteSource } | { ok: false; error: InputError };

function tooLarge(source: string, size: number | null, maxBytes: number): ReadResult {
  const what = size === null ? 'input is larger than' : `file is ${formatSize(size)}, over`;
  return {
    ok: false,
    error: inputError(source, 'TOO_LARGE', `${what} the ${formatSize(maxBytes)} limit, skipped (raise it with --max-size)`),
  };
}

/** Reads a file; one over `wholeUpTo` bytes is left open, to be read by range. */
export async function readFileLimited(path: InputPath, source: string, maxBytes: number, wholeUpTo = Infinity): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    return { ok: false, error: fromSystemError(source, err) };
  }
  let keepOpen = false;
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, error: fromSystemError(source, { code: 'EISDIR' }) };
    if (stat.isFile()) {
      if (stat.size > maxBytes) return tooLarge(source, stat.size, maxBytes);
      if (stat.size <= wholeUpTo) return { ok: true, bytes: bufferSource(await handle.readFile()) };
      keepOpen = true;
      return { ok: true, bytes: fileSource(handle, stat.size) };
    }
    // A FIFO or device has no size up front: read it as a stream.
    return await readStreamLimited(handle.createReadStream({ autoClose: false }), source, maxBytes);
  } catch (err) {
    return { ok: false, error: fromSystemError(source, err) };
  } finally {
    if (!keepOpen) await handle.close().catch(() => undefined);
  }
}

/** Reads a stream to its end, or stops as soon as it passes `maxBytes`. */
export async function readStreamLimited(stream: Readable, source: string, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > maxBytes) {
        stream.destroy();
        return tooLarge(source, null, maxBytes);
      }
      chunks.push(buffer);
    }
  } catch (err) {
    return { ok: false, error: fromSystemError(source, err) };
  }
  return { ok: true, bytes: bufferSource(Buffer.concat(chunks, total)) };
}
