// A reader that stops early (`extract … | head`) ends the run quietly.

import { spawn, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN, cleanEnv, hasCommand, ROOT, tempDir } from './run-extract.js';

let dir: { path: string; remove: () => Promise<void> };
const FILES = 2000;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir.path, 'many'));
  // Enough documents that the JSON output is far larger than a pipe buffer.
  for (let i = 0; i < FILES; i++) await writeFile(join(dir.path, 'many', `${String(i).padStart(5, '0')}.txt`), 'A.\n');
});
afterAll(async () => {
  await dir.remove();
});

it('stdout closed after the first chunk: no error output, no crash', async () => {
  const child = spawn(process.execPath, [BIN, 'all', join(dir.path, 'many'), '--format', 'json'], {
    cwd: ROOT,
    env: cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  expect(signal).toBeNull();
  expect([0, 1]).toContain(code);
  expect(stderr).toBe('');
});

it.skipIf(!hasCommand('head'))('| head -c 100 in a shell gives the first bytes and no error', () => {
  const command = `"${process.execPath}" "${BIN}" all "${join(dir.path, 'many')}" --format json 2>"${join(dir.path, 'err.txt')}" | head -c 100`;
  const result = spawnSync('sh', ['-c', command], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
  expect(result.stdout).toBe(`{\n  "schema": "extract/v1",\n  "documents": [\n    {\n      "source": "${join(dir.path, 'many')}/00000.txt"`.slice(0, 100));
  expect(spawnSync('cat', [join(dir.path, 'err.txt')], { encoding: 'utf8' }).stdout).toBe('');
});
