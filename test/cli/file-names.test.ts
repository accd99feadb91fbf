// A file whose name is not valid UTF-8 exists, and is read: met in a folder
// and named on the command line. Its source shows the stray byte as \xff.

import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN, cleanEnv, hasCommand, ROOT, runJson, tempDir, type ExtractJson } from './run-extract.js';

let dir: { path: string; remove: () => Promise<void> };
/** `a\xff.txt` */
const NAME = Buffer.from([0x61, 0xff, 0x2e, 0x74, 0x78, 0x74]);
const TEXT = '“The quay reopens in May,” said Ilse Dunmore.\n';

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir.path, 'news'));
  await writeFile(Buffer.concat([Buffer.from(`${join(dir.path, 'news')}/`), NAME]), TEXT);
});
afterAll(async () => {
  await dir.remove();
});

it('is read when met in a folder', async () => {
  const result = await runJson(['quotes', 'news'], { cwd: dir.path });
  expect(result.code).toBe(0);
  expect(result.json.errors).toEqual([]);
  expect(result.json.documents.map((d) => d.source)).toEqual([join('news', 'a\\xff.txt')]);
  expect(result.json.documents[0].quotes).toHaveLength(1);
});

// Node's spawn takes arguments as strings: a shell's printf gives the byte itself.
it.skipIf(!hasCommand('sh') || process.platform !== 'linux')('is read when named on the command line', () => {
  const run = (file: string) =>
    spawnSync('sh', ['-c', `exec "${process.execPath}" "${BIN}" quotes --json "$(printf '${file}')"`], {
      cwd: dir.path,
      env: cleanEnv(),
      encoding: 'utf8',
    });
  const found = run('news/a\\377.txt');
  expect(found.stderr).toBe('');
  expect(found.status).toBe(0);
  const json = JSON.parse(found.stdout) as ExtractJson;
  expect(json.documents.map((d) => d.source)).toEqual(['news/a\\xff.txt']);
  expect(json.documents[0].quotes).toHaveLength(1);

  // Another stray byte is another name: missing, and said so by its own bytes.
  const missing = run('news/a\\376.txt');
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain('extract: news/a\\xfe.txt: no such file or directory (ENOENT)');
});
