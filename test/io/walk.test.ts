import { spawnSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasExtension, isFolderDocument, walkFolder, type WalkEntry } from '../../src/io/walk.js';
import { hasCommand, tempDir } from '../cli/run-extract.js';

let dir: { path: string; remove: () => Promise<void> };
async function collect(root: string, extensions = ['txt', 'md', 'text'], follow = false): Promise<WalkEntry[]> {
  const entries: WalkEntry[] = [];
  for await (const entry of walkFolder(root, { extensions, follow })) entries.push(entry);
  return entries;
}
const paths = (entries: WalkEntry[]) =>
  entries.map((e) => (e.type === 'file' ? e.path : e.type === 'error' ? `error:${e.error.code}:${e.error.source}` : `note:${e.note.source}`));

beforeAll(async () => {
  dir = await tempDir();
  const root = join(dir.path, 'r');
  for (const sub of ['a', 'a/b', '.cache', 'node_modules', 'ln-target']) await mkdir(join(root, sub), { recursive: true });
  for (const file of ['z.txt', 'a/b/deep.md', 'a.txt', '.cache/c.txt', 'node_modules/n.txt', 'x.TEXT', 'y.csv', 'ln-target/t.txt', 'README.md', 'a/License.txt']) {
    await writeFile(join(root, file), 'x');
  }
  await symlink('ln-target', join(root, 'b-link'));
  await symlink('..', join(root, 'a', 'b', 'parent'));
});
afterAll(async () => {
  await dir.remove();
});

describe('walkFolder', () => {
  it('yields text files depth first, each folder in code-unit order, links left out', async () => {
    const root = join(dir.path, 'r');
    expect(paths(await collect(root))).toEqual(['a/b/deep.md', 'a.txt', 'ln-target/t.txt', 'x.TEXT', 'z.txt'].map((p) => join(root, p)));
  });

  it('with follow, goes through links and enters each real folder once', async () => {
    const root = join(dir.path, 'r');
    // b-link (a link to ln-target) sorts first, so ln-target's file is reached through it.
    expect(paths(await collect(root, undefined, true))).toEqual(['a/b/deep.md', 'a.txt', 'b-link/t.txt', 'x.TEXT', 'z.txt'].map((p) => join(root, p)));
  });

  it('a folder named through a link is walked', async () => {
    expect(paths(await collect(join(dir.path, 'r', 'b-link')))).toEqual([join(dir.path, 'r', 'b-link', 't.txt')]);
  });

  it('keeps the folder as written in the paths', async () => {
    const entries = await collect(`${join(dir.path, 'r')}/`);
    expect(paths(entries)[0]).toBe(join(dir.path, 'r', 'a', 'b', 'deep.md'));
  });

  it('takes the extensions asked for', async () => {
    expect(paths(await collect(join(dir.path, 'r'), ['csv']))).toEqual([join(dir.path, 'r', 'y.csv')]);
  });

  it.skipIf(!hasCommand('mkfifo'))('notes a FIFO named like a text file, and yields no file for it', async () => {
    const root = join(dir.path, 'fifo');
    await mkdir(root);
    spawnSync('mkfifo', [join(root, 'feed.txt'), join(root, 'feed.bin')]);
    await writeFile(join(root, 'z.txt'), 'x');
    expect(await collect(root)).toEqual([
      { type: 'note', note: { source: join(root, 'feed.txt'), code: 'NOT_A_FILE', message: 'a FIFO, not a regular file: skipped' } },
      { type: 'file', path: join(root, 'z.txt') },
    ]);
  });

  it('reports a folder that does not exist', async () => {
    expect(paths(await collect(join(dir.path, 'nope')))).toEqual([`error:ENOENT:${join(dir.path, 'nope')}`]);
  });
});

describe('isFolderDocument', () => {
  it('is a README, LICENSE, CHANGELOG… file, by its name before the first dot, in any case', () => {
    for (const name of ['README.md', 'readme.txt', 'README', 'LICENSE', 'Licence.txt', 'CHANGELOG.md', 'CONTRIBUTING.md', 'code_of_conduct.md', 'README.fr.md']) {
      expect(isFolderDocument(name)).toBe(true);
    }
    for (const name of ['readme-council.txt', 'licensing-vote.txt', 'changes.txt', 'my-readme.md', 'article.txt']) expect(isFolderDocument(name)).toBe(false);
  });
});

describe('hasExtension', () => {
  it('matches the end of the name after a dot, ignoring case', () => {
    expect(hasExtension('a.txt', ['txt'])).toBe(true);
    expect(hasExtension('A.TXT', ['txt'])).toBe(true);
    expect(hasExtension('archive.tar.gz', ['tar.gz'])).toBe(true);
    expect(hasExtension('txt', ['txt'])).toBe(false);
    expect(hasExtension('atxt', ['txt'])).toBe(false);
    expect(hasExtension('a.txt.bak', ['txt'])).toBe(false);
  });
});
