// The file --output names is never written in place. The output goes to a
// temporary file beside it (`.facts.json.<pid>.tmp`: hidden, so no folder
// walk reads it), which is synced and renamed over the file once the run
// is done. Until then the old file stays whole; a run that fails or is cut
// short leaves it as it was and the temporary file is removed (see
// temporary.ts). A link is replaced at its end, not the link itself. A
// target that is not a regular file (/dev/null, a FIFO, a terminal) is
// written directly: it cannot be replaced, and holds nothing to lose.

import { createWriteStream, rmSync, type Stats } from 'node:fs';
import { access, constants, open, realpath, rename, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StreamOutput, type Output } from './output.js';
import { holdTemporary, releaseTemporary } from './temporary.js';

export interface FileOutput extends Output {
  /** Removes the temporary file unless the output was finished: the file named keeps its old content. */
  discard(): void;
}

const systemError = (code: string, message: string) => Object.assign(new Error(message), { code });

async function existing(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** A new hidden file beside `target`, created (never an existing one opened) for writing. */
async function createTemporary(target: string): Promise<{ path: string; handle: FileHandle }> {
  for (let attempt = 0; ; attempt++) {
    const path = join(dirname(target), `.${basename(target)}.${process.pid}${attempt ? `-${attempt}` : ''}.tmp`);
    try {
      return { path, handle: await open(path, 'wx') };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 9) throw err;
    }
  }
}

class ReplacingOutput implements FileOutput {
  closed = false;
  failure: Error | null = null;
  private replaced = false;

  constructor(
    private readonly handle: FileHandle,
    private readonly temporary: string,
    private readonly target: string,
  ) {}

  // Written straight to the file, each write waited for: the run writes one document at a time.
  async write(text: string): Promise<void> {
    if (this.closed || text === '') return;
    const bytes = Buffer.from(text, 'utf8');
    try {
      for (let done = 0; done < bytes.length; ) done += (await this.handle.write(bytes, done)).bytesWritten;
    } catch (err) {
      this.failure = err as Error;
      this.closed = true;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return this.discard();
    this.closed = true;
    try {
      // On disk before it takes the old file's place, so that not even a crash leaves it half-written.
      await this.handle.sync();
      await this.handle.close();
      await rename(this.temporary, this.target);
      this.replaced = true;
      releaseTemporary(this.temporary);
    } catch (err) {
      this.failure = err as Error;
      this.discard();
    }
  }

  discard(): void {
    if (this.replaced) return;
    this.closed = true;
    this.handle.close().catch(() => undefined);
    rmSync(this.temporary, { force: true });
    releaseTemporary(this.temporary);
  }
}

/** Opens the output for `path`; rejects with the system error (ENOENT, EACCES, EISDIR…) if it cannot be written. */
export async function fileOutput(path: string): Promise<FileOutput> {
  const info = await existing(path);
  if (info?.isDirectory()) throw systemError('EISDIR', `EISDIR: is a directory, open '${path}'`);
  if (info && !info.isFile()) {
    const stream = createWriteStream(path);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => {
        stream.off('error', reject);
        resolve();
      });
      stream.once('error', reject);
    });
    return Object.assign(new StreamOutput(stream, true), { discard: () => undefined });
  }
  // A file that could not be written in place is not replaced either.
  if (info) await access(path, constants.W_OK);
  const target = info ? await realpath(path) : path;
  const { path: temporary, handle } = await createTemporary(target);
  holdTemporary(temporary);
  try {
    if (info) await handle.chmod(info.mode & 0o7777);
  } catch {
    // Another owner's mode may not be ours to set: the new file keeps the default.
  }
  return new ReplacingOutput(handle, temporary, target);
}
