// Where rendered text goes: stdout or a file given with --output (written
// through a temporary file, file-output.ts). Writes wait for the stream to
// drain, so a slow reader keeps memory flat. A reader that goes away (EPIPE,
// as with `| head`) is a normal end: `closed` turns true and everything
// after is dropped without an error.

import type { Writable } from 'node:stream';

export interface Output {
  write(text: string): Promise<void>;
  /** Finishes the output (flushes and closes a file; leaves stdout open). */
  close(): Promise<void>;
  /** True once nothing more can be written; stop producing. */
  readonly closed: boolean;
  /** A write failure other than the reader going away (disk full, …). */
  readonly failure: Error | null;
}

export class StreamOutput implements Output {
  closed = false;
  failure: Error | null = null;

  constructor(
    private readonly stream: Writable,
    private readonly ownsStream: boolean,
  ) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      // Only the first error counts: after EPIPE, further writes fail too.
      if (!this.closed && err.code !== 'EPIPE') this.failure = err;
      this.closed = true;
    });
  }

  async write(text: string): Promise<void> {
    if (this.closed || text === '') return;
    if (this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  async close(): Promise<void> {
    if (!this.ownsStream || this.closed) return;
    await new Promise<void>((resolve) => this.stream.end(() => resolve()));
    this.closed = true;
  }
}

export function streamOutput(stream: Writable): Output {
  return new StreamOutput(stream, false);
}
