import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFileLimited, readStreamLimited } from '../../src/io/read.js';
import { suiteTempDir } from '../cli/run-extract.js';

const dir = suiteTempDir();

describe('readFileLimited', () => {
  it('reads a file up to the limit exactly', async () => {
    await writeFile(join(dir.path, 'ten.txt'), '0123456789');
    const result = await readFileLimited(join(dir.path, 'ten.txt'), 'ten.txt', 10);
    expect(result.ok && Buffer.from(result.bytes.read(0, result.bytes.length)).toString()).toBe('0123456789');
  });

  it('refuses a file one byte over the limit without reading it', async () => {
    const result = await readFileLimited(join(dir.path, 'ten.txt'), 'ten.txt', 9);
    expect(result).toEqual({ ok: false, error: { source: 'ten.txt', code: 'TOO_LARGE', message: expect.stringContaining('--max-size') } });
  });

  it('a folder is EISDIR and a missing file ENOENT', async () => {
    const ranged = await readFileLimited(join(dir.path, 'ten.txt'), 'ten.txt', 10, 4);
    expect(ranged.ok && Buffer.from(ranged.bytes.read(3, 7)).toString()).toBe('3456');
    if (ranged.ok) ranged.bytes.close();
    expect(await readFileLimited(dir.path, 'dir', 10)).toMatchObject({ ok: false, error: { code: 'EISDIR' } });
    expect(await readFileLimited(join(dir.path, 'nope'), 'nope', 10)).toMatchObject({ ok: false, error: { code: 'ENOENT', source: 'nope' } });
  });
});

describe('readStreamLimited', () => {
  it('joins the chunks of a stream', async () => {
    const result = await readStreamLimited(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), '-', 4);
    expect(result.ok && Buffer.from(result.bytes.read(0, result.bytes.length)).toString()).toBe('abcd');
  });

  it('stops at the first chunk past the limit', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1000, 'x'));
      },
    });
    const result = await readStreamLimited(endless, '-', 5000);
    expect(result).toMatchObject({ ok: false, error: { source: '-', code: 'TOO_LARGE' } });
    expect(pulled).toBeLessThan(20);
  });
});
