// FIFOs and sockets: skipped with a note when met in a folder (a FIFO with
// no writer would block the run for ever), read like stdin when named.

import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, FIXTURES, hasCommand, runJson, tempDir } from './run-extract.js';

const JANE = join(FIXTURES, 'quotes', 'jane-smith.txt');
let dir: { path: string; remove: () => Promise<void> };
let server: Server | undefined;
const canMakeFifo = hasCommand('mkfifo') && process.platform !== 'win32';

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir.path, 'news'));
  await copyFile(JANE, join(dir.path, 'news', 'a.txt'));
  if (canMakeFifo) {
    spawnSync('mkfifo', [join(dir.path, 'news', 'feed.txt'), join(dir.path, 'news', 'feed.dat'), join(dir.path, 'named.txt')]);
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(join(dir.path, 'news', 'socket.txt'), resolve));
  }
});
afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await dir.remove();
});

describe.skipIf(!canMakeFifo)('special files', () => {
  it('in a folder are skipped with a note, without waiting, and are no error', async () => {
    const result = await runJson(['quotes', 'news'], { cwd: dir.path, timeoutMs: 20_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(result.json.documents.map((d) => d.source)).toEqual([join('news', 'a.txt')]);
    expect(result.json.errors).toEqual([]);
    const notes = result.stderr.split('\n').filter((line) => line.startsWith('extract: note:'));
    expect(notes).toEqual([
      `extract: note: ${join('news', 'feed.txt')}: a FIFO, not a regular file: skipped (NOT_A_FILE)`,
      `extract: note: ${join('news', 'socket.txt')}: a socket, not a regular file: skipped (NOT_A_FILE)`,
    ]);
  });

  it('in a folder are skipped without a note under --quiet', async () => {
    const result = await runJson(['quotes', 'news', '--quiet'], { cwd: dir.path, timeoutMs: 20_000 });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('a FIFO named on the command line is read, as cat reads it', async () => {
    const child = spawn(process.execPath, [BIN, 'quotes', '--json', 'named.txt'], { cwd: dir.path, env: cleanEnv() });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // The writer opens the FIFO once the reader is there.
    await writeFile(join(dir.path, 'named.txt'), '“The ferry runs again,” said Ilse Dunmore.\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.documents[0].source).toBe('named.txt');
    expect(json.documents[0].quotes[0].text).toBe('The ferry runs again,');
  });
});

