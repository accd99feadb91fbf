// Nothing lost through --output: it may not be an input nor lie in an input
// folder, and a run cut short leaves the file it names as it was.

import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, FIXTURES, runExtract, STACK_LINE, tempDir } from './run-extract.js';

const JANE = join(FIXTURES, 'quotes', 'jane-smith.txt');
let dir: { path: string; remove: () => Promise<void> };
const at = (...parts: string[]) => join(dir.path, ...parts);

/** An article of about `bytes` bytes, in paragraphs of invented quotes and votes: slow enough to interrupt. */
function longArticle(bytes: number): string {
  const names = ['Ilse Dunmore', 'Orla Penwick', 'Tomas Brell', 'Ada Kestrel'];
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const paragraph = `“The harbour plan number ${i} will go ahead next spring,” said ${names[i % 4]}, the council leader in Stavely. The committee voted 7-2 to approve item ${i}.\n\n`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  return paragraphs.join('');
}

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(at('news'));
  await copyFile(JANE, at('news', 'jane.txt'));
  await writeFile(at('long.txt'), longArticle(4_000_000));
});
afterAll(async () => {
  await dir.remove();
});

describe('--output refused before anything is read or written', () => {
  it('when it is one of the inputs: the input is left whole, exit 2', async () => {
    await copyFile(JANE, at('article.txt'));
    const before = await readFile(at('article.txt'));
    const result = await runExtract(['quotes', 'article.txt', '--json', '-o', './article.txt'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: --output \.\/article\.txt is the input article\.txt, which it would replace: write it elsewhere$/m);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect((await readFile(at('article.txt'))).equals(before)).toBe(true);
  });

  it('when it lies inside an input folder: nothing is written there', async () => {
    const result = await runExtract(['quotes', 'news', '--format', 'table', '-o', join('news', 'quotes.txt')], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --output news\/quotes\.txt is inside the input folder news, where it would be read as input/m);
    expect(await readdir(at('news'))).toEqual(['jane.txt']);
  });

  it('is written beside the inputs, and no temporary file stays', async () => {
    const result = await runExtract(['quotes', 'news', '--json', '-o', 'quotes.json'], { cwd: dir.path });
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(at('quotes.json'), 'utf8')).documents[0].source).toBe(join('news', 'jane.txt'));
    expect((await readdir(dir.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a run cut short', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('by %s leaves the old output byte for byte, no temporary file, and exits %i', async (signal, code) => {
    const old = Buffer.from('{"schema":"extract/v1","documents":[],"errors":[]}\n');
    await writeFile(at('facts.json'), old);
    // One thread, so that the long article takes seconds.
    const child = spawn(process.execPath, [BIN, 'all', 'long.txt', '--json', '-j', '1', '-o', 'facts.json'], {
      cwd: dir.path,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Interrupted in the middle: the output has begun in its temporary file, and the article is being read.
    const temporary = at(`.facts.json.${child.pid}.tmp`);
    const size = async () => (await stat(temporary).catch(() => null))?.size ?? 0;
    for (let waited = 0; (await size()) === 0; waited += 50) {
      if (waited > 20_000) throw new Error(`nothing in ${temporary} after 20 s: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill(signal);
    expect(await exited).toBe(code);
    expect((await readFile(at('facts.json'))).equals(old)).toBe(true);
    expect((await readdir(dir.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
