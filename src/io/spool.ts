// Output that must wait its turn: the later kinds of a long document, which
// are found window by window but written after the first kind. Held in
// memory up to a limit, then in a temporary file, so a document of any
// length is written without holding its facts.

import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Output } from './output.js';
import { holdTemporary, releaseTemporary } from './temporary.js';

// Both small: text held or read back in large pieces outlives the garbage
// collector's young generation, and each piece would fill the old one until
// the next full collection (a few hundred MB for a document with a lot to say).
const IN_MEMORY = 256 * 1024;
const CHUNK = 64 * 1024;

/** The length of `buffer[0, length)` without a UTF-8 sequence cut at its end. */
function wholeCharacters(buffer: Buffer, length: number): number {
  let lead = length - 1;
  while (lead > length - 4 && lead > 0 && (buffer[lead] & 0xc0) === 0x80) lead--;
  const byte = buffer[lead];
  const size = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
  return lead + size <= length ? length : lead;
}

export class Spool {
  private held: string[] = [];
  private heldLength = 0;
  private file: { dir: string; fd: number } | null = null;

  append(text: string): void {
    if (text === '') return;
    this.held.push(text);
    this.heldLength += text.length;
    if (this.heldLength > IN_MEMORY) this.flush();
  }

  /** Writes everything appended, in order, then frees the spool. */
  async writeTo(output: Output): Promise<void> {
    if (this.file) {
      this.flush();
      const buffer = Buffer.alloc(CHUNK);
      for (let position = 0; ; ) {
        const read = readSync(this.file.fd, buffer, 0, CHUNK, position);
        if (read === 0) break;
        const end = read === CHUNK ? wholeCharacters(buffer, read) : read;
        await output.write(buffer.toString('utf8', 0, end));
        position += end;
      }
    } else {
      for (const text of this.held) await output.write(text);
    }
    this.dispose();
  }

  dispose(): void {
    this.held = [];
    this.heldLength = 0;
    if (this.file) {
      closeSync(this.file.fd);
      rmSync(this.file.dir, { recursive: true, force: true });
      releaseTemporary(this.file.dir);
      this.file = null;
    }
  }

  private flush(): void {
    if (!this.file) {
      const dir = mkdtempSync(join(tmpdir(), 'extract-'));
      holdTemporary(dir);
      this.file = { dir, fd: openSync(join(dir, 'spool'), 'w+') };
    }
    for (const text of this.held) writeSync(this.file.fd, text);
    this.held = [];
    this.heldLength = 0;
  }
}
