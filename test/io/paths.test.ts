import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath, joinPath, pathFromBytes } from '../../src/io/paths.js';
import { walkFolder, type WalkEntry } from '../../src/io/walk.js';
import { readInputs, type InputItem } from '../../src/io/inputs.js';
import { tempDir } from '../cli/run-extract.js';

/** `a\xff.txt`: a name that is not valid UTF-8. */
const ODD = Buffer.from([0x61, 0xff, 0x2e, 0x74, 0x78, 0x74]);

describe('paths of bytes', () => {
  it('are strings when the bytes are UTF-8, else stay bytes', () => {
    expect(pathFromBytes(Buffer.from('Zoë.txt'))).toBe('Zoë.txt');
    expect(pathFromBytes(ODD)).toEqual(ODD);
  });

  it('show each stray byte as \\xNN and every UTF-8 character as itself', () => {
    expect(displayPath(ODD)).toBe('a\\xff.txt');
    expect(displayPath(Buffer.concat([Buffer.from('Zoë/'), Buffer.from([0xc3]), Buffer.from('é'), Buffer.from([0xe2, 0x80])]))).toBe('Zoë/\\xc3é\\xe2\\x80');
    // Latin-1 bytes, as an old archive names files, and an over-long encoding of '/'.
    expect(displayPath(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0xc0, 0xaf]))).toBe('caf\\xe9\\xc0\\xaf');
    expect(displayPath('plain/name.txt')).toBe('plain/name.txt');
  });

  it('join as path.join does, in bytes when a name is not UTF-8', () => {
    expect(joinPath('seeds/', Buffer.from('a.txt'))).toBe(join('seeds', 'a.txt'));
    expect(displayPath(joinPath('seeds/', ODD))).toBe(join('seeds', 'a\\xff.txt'));
    expect(displayPath(joinPath('.', ODD))).toBe('a\\xff.txt');
    expect(displayPath(joinPath(joinPath('news', ODD), Buffer.from('b.txt')))).toBe(join('news', 'a\\xff.txt', 'b.txt'));
  });
});

describe('a file whose name is not valid UTF-8', () => {
  let dir: { path: string; remove: () => Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
    await mkdir(join(dir.path, 'news'));
    await writeFile(Buffer.concat([Buffer.from(join(dir.path, 'news') + '/'), ODD]), 'The quay reopens.');
    await writeFile(join(dir.path, 'news', 'b.txt'), 'The ferry is late.');
  });
  afterAll(async () => {
    await dir.remove();
  });

  it('is found by the walk, by its bytes, in name order', async () => {
    const entries: WalkEntry[] = [];
    for await (const entry of walkFolder(join(dir.path, 'news'), { extensions: ['txt'] })) entries.push(entry);
    expect(entries.map((entry) => (entry.type === 'file' ? displayPath(entry.path) : entry.error.code))).toEqual([
      join(dir.path, 'news', 'a\\xff.txt'),
      join(dir.path, 'news', 'b.txt'),
    ]);
  });

  it('is read from a folder and when named by its bytes, its source shown with \\xff', async () => {
    const options = { extensions: ['txt'], maxBytes: 1 << 20, stdinName: '-', stdin: process.stdin };
    const named = Buffer.concat([Buffer.from(join(dir.path, 'news') + '/'), ODD]);
    const items: InputItem[] = [];
    for await (const item of readInputs([join(dir.path, 'news'), named], options)) items.push(item);
    const shown = join(dir.path, 'news', 'a\\xff.txt');
    expect(items.map((item) => (item.type === 'text' ? [item.source, item.text] : item.type))).toEqual([
      [shown, 'The quay reopens.'],
      [join(dir.path, 'news', 'b.txt'), 'The ferry is late.'],
      [shown, 'The quay reopens.'],
    ]);
  });
});
