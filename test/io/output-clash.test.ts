import { link, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputClash } from '../../src/io/output-clash.js';
import { tempDir } from '../cli/run-extract.js';

let dir: { path: string; remove: () => Promise<void> };
const at = (...parts: string[]) => join(dir.path, ...parts);

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(at('news', 'local'), { recursive: true });
  await mkdir(at('news-archive'));
  await writeFile(at('a.txt'), 'The quay reopens.');
  await writeFile(at('news', 'b.txt'), 'The ferry is late.');
  await link(at('a.txt'), at('hard.txt'));
  await symlink('a.txt', at('soft.txt'));
  await symlink('news', at('news-link'));
});
afterAll(async () => {
  await dir.remove();
});

describe('outputClash', () => {
  it('finds an output that is an input, however either is spelled', async () => {
    expect(await outputClash(at('a.txt'), [at('a.txt')])).toMatch(/^--output .*a\.txt is the input .*a\.txt, which it would replace/);
    expect(await outputClash(relative(process.cwd(), at('a.txt')), [at('news', '..', 'a.txt')])).not.toBeNull();
    // A link to the input, and a second name of the same file.
    expect(await outputClash(at('soft.txt'), [at('a.txt')])).not.toBeNull();
    expect(await outputClash(at('hard.txt'), [at('a.txt')])).not.toBeNull();
  });

  it('finds an output inside an input folder, at any depth, through links, written yet or not', async () => {
    expect(await outputClash(at('news', 'facts.json'), [at('news')])).toMatch(/^--output .*facts\.json is inside the input folder .*news, where it would be read as input/);
    expect(await outputClash(at('news', 'local', 'facts.json'), [at('news')])).not.toBeNull();
    expect(await outputClash(at('news-link', 'facts.json'), [at('news')])).not.toBeNull();
    expect(await outputClash(at('news', 'b.txt'), [at('news-link')])).not.toBeNull();
  });

  it('lets other outputs be', async () => {
    // A sibling whose name starts like the folder's is not inside it.
    expect(await outputClash(at('news-archive', 'facts.json'), [at('news'), at('a.txt')])).toBeNull();
    expect(await outputClash(at('facts.json'), [at('news'), at('a.txt'), '-', at('missing.txt')])).toBeNull();
    // A folder that does not exist: opening the output will say so.
    expect(await outputClash(at('nowhere', 'facts.json'), [at('news')])).toBeNull();
    // A device is written to, never replaced.
    expect(await outputClash('/dev/null', ['/dev/null'])).toBeNull();
  });
});
