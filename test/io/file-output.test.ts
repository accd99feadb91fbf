import { chmod, lstat, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOutput } from '../../src/io/file-output.js';
import { suiteTempDir } from '../cli/run-extract.js';

const dir = suiteTempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);
const hidden = async () => (await readdir(dir.path)).filter((name) => name.endsWith('.tmp'));

describe('fileOutput', () => {
  it('writes beside the file, which keeps its old content until the output is closed', async () => {
    await writeFile(at('facts.json'), 'old');
    const output = await fileOutput(at('facts.json'));
    await output.write('new ');
    await output.write('facts');
    expect(await readFile(at('facts.json'), 'utf8')).toBe('old');
    expect(await hidden()).toEqual([`.facts.json.${process.pid}.tmp`]);
    await output.close();
    expect(await readFile(at('facts.json'), 'utf8')).toBe('new facts');
    expect(await hidden()).toEqual([]);
    expect(output.failure).toBeNull();
  });

  it('discarded, leaves the old file as it was and no temporary file', async () => {
    await writeFile(at('kept.json'), 'old');
    const output = await fileOutput(at('kept.json'));
    await output.write('half of it');
    output.discard();
    expect(await readFile(at('kept.json'), 'utf8')).toBe('old');
    expect(await hidden()).toEqual([]);
  });

  it('creates a file that was not there', async () => {
    const output = await fileOutput(at('fresh.csv'));
    await output.write('a,b\r\n');
    await output.close();
    expect(await readFile(at('fresh.csv'), 'utf8')).toBe('a,b\r\n');
  });

  it("keeps the old file's mode, and a link with the file at its end replaced", async () => {
    await writeFile(at('target.json'), 'old');
    await chmod(at('target.json'), 0o640);
    await symlink('target.json', at('link.json'));
    const output = await fileOutput(at('link.json'));
    await output.write('new');
    await output.close();
    expect((await lstat(at('link.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(at('link.json'))).toBe('target.json');
    expect(await readFile(at('target.json'), 'utf8')).toBe('new');
    expect((await stat(at('target.json'))).mode & 0o777).toBe(0o640);
  });

  it('writes to a device directly', async () => {
    const output = await fileOutput('/dev/null');
    await output.write('nothing');
    await output.close();
    expect(output.failure).toBeNull();
  });

  it('refuses a folder, and a file it could not write in place', async () => {
    await expect(fileOutput(dir.path)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(fileOutput(at('missing', 'x.json'))).rejects.toMatchObject({ code: 'ENOENT' });
    if (process.getuid?.() !== 0) {
      await writeFile(at('locked.json'), 'old');
      await chmod(at('locked.json'), 0o444);
      await expect(fileOutput(at('locked.json'))).rejects.toMatchObject({ code: 'EACCES' });
    }
  });
});
