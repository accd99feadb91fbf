// How inputs are found, read and decoded, seen from the command line.

import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, locatedObjects, runExtract, runJson, suiteTempDir } from './run-extract.js';

const dir = suiteTempDir();
const at = (...parts: string[]) => join(dir.path, ...parts);

const sources = (json: { documents: Array<{ source: string }> }) => json.documents.map((d) => d.source);

describe('unreadable inputs', () => {
  it('a missing file is an ENOENT error; the other inputs are still processed', async () => {
    const good = join(FIXTURES, 'empty.txt');
    const result = await runJson(['all', 'no/such/file.txt', good]);
    expect(result.code).toBe(2);
    expect(sources(result.json)).toEqual([good]);
    expect(result.json.errors).toEqual([{ source: 'no/such/file.txt', code: 'ENOENT', message: 'no such file or directory' }]);
    expect(result.stderr).toContain('extract: no/such/file.txt: no such file or directory (ENOENT)');
  });

  it('a folder without text files is a NO_INPUT error', async () => {
    await mkdir(at('no-text'));
    await writeFile(at('no-text', 'data.json'), '{}');
    const result = await runJson(['all', at('no-text')]);
    expect(result.code).toBe(2);
    expect(result.json.documents).toEqual([]);
    expect(result.json.errors).toEqual([
      { source: at('no-text'), code: 'NO_INPUT', message: 'no text files (.txt, .md, .text) in this folder' },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is an EACCES error (skipped as root, who reads everything)', async () => {
    await writeFile(at('secret.txt'), 'text');
    await chmod(at('secret.txt'), 0o000);
    const result = await runJson(['all', at('secret.txt'), join(FIXTURES, 'empty.txt')]);
    expect(result.code).toBe(2);
    expect(result.json.errors).toEqual([{ source: at('secret.txt'), code: 'EACCES', message: 'permission denied' }]);
    expect(result.json.documents).toHaveLength(1);
  });

  it('a binary file is skipped with a BINARY error', async () => {
    await writeFile(at('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const result = await runJson(['all', at('image.txt')]);
    expect(result.code).toBe(2);
    expect(result.json.documents).toEqual([]);
    expect(result.json.errors.map((e) => e.code)).toEqual(['BINARY']);
  });

  it('UTF-32 text is reported as such', async () => {
    await writeFile(at('utf32.txt'), Buffer.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]));
    const result = await runJson(['all', at('utf32.txt')]);
    expect(result.json.errors).toEqual([{ source: at('utf32.txt'), code: 'BINARY', message: expect.stringContaining('UTF-32') }]);
  });
});

describe('decoding', () => {
  it.each([
    ['utf16le', [0xff, 0xfe], (text: string) => Buffer.from(text, 'utf16le')],
    ['utf16be', [0xfe, 0xff], (text: string) => Buffer.from(text, 'utf16le').swap16()],
  ] as const)('%s with a BOM is decoded; offsets are those of the decoded text', async (name, bom, encode) => {
    const text = '“The ferry to Kellmoor runs again on Monday,” said Ilse Dunmore.\r\n林小明说：“桥明天开放。”\r\n';
    await writeFile(at(`${name}.txt`), Buffer.concat([Buffer.from(bom), encode(text)]));
    const result = await runJson(['all', at(`${name}.txt`)]);
    expect(result.code).toBe(0);
    expect(result.json.errors).toEqual([]);
    const located = locatedObjects(result.json.documents);
    expect(located.map((item) => item.text)).toContain('The ferry to Kellmoor runs again on Monday,');
    for (const item of located) expect(text.slice(item.span.start, item.span.end)).toBe(item.text);
  });

  it('invalid UTF-16 is a warning, as invalid UTF-8 is', async () => {
    await writeFile(at('lone.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Calm seas', 'utf16le'), Buffer.from([0x00, 0xd8])]));
    const result = await runJson(['all', at('lone.txt')]);
    expect(result.code).toBe(2);
    expect(sources(result.json)).toEqual([at('lone.txt')]);
    expect(result.json.errors).toEqual([{ source: at('lone.txt'), code: 'INVALID_UTF16', message: expect.any(String) }]);
    expect(result.stderr).toMatch(/^extract: warning: .*lone\.txt: .*\(INVALID_UTF16\)$/m);
  });

  it('invalid UTF-8 is a warning: the document is kept, the error listed, exit 2', async () => {
    await writeFile(at('latin1.txt'), Buffer.from('Caf\xe9 au lait, said nobody.\n', 'latin1'));
    const result = await runJson(['all', at('latin1.txt')]);
    expect(result.code).toBe(2);
    expect(sources(result.json)).toEqual([at('latin1.txt')]);
    expect(result.json.errors).toEqual([{ source: at('latin1.txt'), code: 'INVALID_UTF8', message: expect.any(String) }]);
    expect(result.stderr).toMatch(/^extract: warning: .*latin1\.txt: .*\(INVALID_UTF8\)$/m);
  });

  it('an empty or blank file gives a document with no facts and exit 1', async () => {
    const files = [join(FIXTURES, 'empty.txt'), join(FIXTURES, 'whitespace.txt')];
    const result = await runJson(['all', ...files]);
    expect(result.code).toBe(1);
    expect(result.json.errors).toEqual([]);
    expect(sources(result.json)).toEqual(files);
    for (const doc of result.json.documents) {
      for (const [key, value] of Object.entries(doc)) if (key !== 'source') expect(value).toEqual([]);
    }
  });

  it('CRLF text keeps its offsets: every span matches the text as read', async () => {
    const text = 'Headline\r\n\r\n"It works," said Ana Lima, the engineer.\r\n\r\nShe said that the tests "all pass on Windows".\r\n';
    await writeFile(at('crlf.txt'), text);
    const result = await runJson(['all', at('crlf.txt')]);
    for (const object of locatedObjects(result.json.documents)) {
      expect(text.slice(object.span.start, object.span.end)).toBe(object.text);
      const before = text.slice(0, object.span.start).split(/\r\n|\r|\n/);
      expect([object.span.line, object.span.column]).toEqual([before.length, before.at(-1)!.length + 1]);
    }
  });

  it('a BOM is removed and offsets count from the character after it', async () => {
    const text = '"It works," said Ana Lima.\n';
    await writeFile(at('bom.txt'), `\ufeff${text}`);
    const result = await runJson(['all', at('bom.txt')]);
    expect(result.json.errors).toEqual([]);
    for (const object of locatedObjects(result.json.documents)) {
      expect(text.slice(object.span.start, object.span.end)).toBe(object.text);
    }
  });
});

describe('stdin', () => {
  it('`-` reads stdin, named `-` by default', async () => {
    const result = await runJson(['all', '-'], { input: 'Nothing to see here.\n' });
    expect(sources(result.json)).toEqual(['-']);
  });

  it('--stdin-filename names it', async () => {
    const result = await runJson(['all', '-', '--stdin-filename', 'pasted/article.txt'], { input: 'Text.\n' });
    expect(sources(result.json)).toEqual(['pasted/article.txt']);
  });

  it('with no input, piped stdin is read', async () => {
    const result = await runJson(['all', '--stdin-filename', 'piped.txt'], { input: 'Text.\n' });
    expect(result.json.errors).toEqual([]);
    expect(sources(result.json)).toEqual(['piped.txt']);
  });

  it('stdin mixes with files in command-line order', async () => {
    const empty = join(FIXTURES, 'empty.txt');
    const result = await runJson(['all', empty, '-', empty], { input: 'Text.\n' });
    expect(sources(result.json)).toEqual([empty, '-', empty]);
  });
});

describe('folders', () => {
  beforeAll(async () => {
    const tree = at('tree');
    for (const sub of ['b', 'node_modules/pkg', '.git', 'Z', 'a/deep/er']) await mkdir(join(tree, sub), { recursive: true });
    const files = [
      'b.txt', 'B.md', 'a.text', 'a/deep/er/x.txt', 'b/c.TXT', 'Z/z.txt', 'é.txt', 'notes.rst', 'data.json',
      '.hidden.txt', '.git/HEAD.txt', 'node_modules/pkg/readme.txt', 'a b.txt', '~tilde.txt', 'README',
    ];
    for (const file of files) await writeFile(join(tree, file), 'Text.\n');
  });

  it('walks recursively in code-unit order, taking .txt, .md, .text (any case)', async () => {
    const result = await runJson(['all', at('tree')]);
    expect(result.json.errors).toEqual([]);
    const below = sources(result.json).map((s) => s.slice(at('tree').length + 1));
    // Each folder's entries in UTF-16 code-unit order (upper case first, é
    // after ~), a subfolder's files where its name sorts.
    expect(below).toEqual(['B.md', 'Z/z.txt', 'a/deep/er/x.txt', 'a b.txt', 'a.text', 'b/c.TXT', 'b.txt', '~tilde.txt', 'é.txt']);
  });

  it('source names join the folder as given with the path below it', async () => {
    const result = await runJson(['all', 'tree/', 'tree/Z'], { cwd: dir.path });
    expect(sources(result.json)).toContain('tree/b/c.TXT');
    expect(sources(result.json).at(-1)).toBe('tree/Z/z.txt');
  });

  it('--ext changes the extensions taken from folders', async () => {
    const result = await runJson(['all', 'tree', '--ext', 'rst,.JSON'], { cwd: dir.path });
    expect(sources(result.json)).toEqual(['tree/data.json', 'tree/notes.rst']);
  });

  it('a file named on the command line is read whatever its name', async () => {
    const result = await runJson(['all', 'tree/README', 'tree/.hidden.txt'], { cwd: dir.path });
    expect(result.json.errors).toEqual([]);
    expect(sources(result.json)).toEqual(['tree/README', 'tree/.hidden.txt']);
  });

  it('with --follow (-L), follows links but never loops, and reports dangling links to text files', async () => {
    const loop = at('loop');
    await mkdir(join(loop, 'sub'), { recursive: true });
    await writeFile(join(loop, 'a.txt'), 'A.\n');
    await writeFile(join(loop, 'sub', 'b.txt'), 'B.\n');
    await symlink('..', join(loop, 'sub', 'up'));
    await symlink('.', join(loop, 'self'));
    await symlink('missing.txt', join(loop, 'gone.txt'));
    for (const flag of ['--follow', '-L']) {
      const result = await runJson(['all', 'loop', flag], { cwd: dir.path, timeoutMs: 20_000 });
      expect(sources(result.json)).toEqual(['loop/a.txt', 'loop/sub/b.txt']);
      expect(result.json.errors).toEqual([{ source: 'loop/gone.txt', code: 'ENOENT', message: 'no such file or directory' }]);
    }
  });

  it('does not follow links inside folders by default, as ripgrep and fd do; a link named as an input is followed', async () => {
    const linked = at('linked');
    await mkdir(join(linked, 'news'), { recursive: true });
    await mkdir(at('elsewhere'), { recursive: true });
    await writeFile(join(linked, 'news', 'own.txt'), 'Own.\n');
    await writeFile(at('elsewhere', 'far.txt'), 'Far.\n');
    await symlink(at('elsewhere'), join(linked, 'news', 'away'));
    await symlink(at('elsewhere', 'far.txt'), join(linked, 'news', 'far-link.txt'));
    await symlink('missing.txt', join(linked, 'news', 'gone.txt'));
    const plain = await runJson(['all', 'linked/news'], { cwd: dir.path });
    expect(sources(plain.json)).toEqual(['linked/news/own.txt']);
    expect(plain.json.errors).toEqual([]);
    const followed = await runJson(['all', 'linked/news', '--follow'], { cwd: dir.path });
    expect(sources(followed.json)).toEqual(['linked/news/away/far.txt', 'linked/news/far-link.txt', 'linked/news/own.txt']);
    const named = await runJson(['all', 'linked/news/away', 'linked/news/far-link.txt'], { cwd: dir.path });
    expect(sources(named.json)).toEqual(['linked/news/away/far.txt', 'linked/news/far-link.txt']);
  });

  it("skips a folder's README, LICENSE and CHANGELOG files; one named on the command line is read", async () => {
    const documented = at('documented');
    await mkdir(join(documented, 'desk'), { recursive: true });
    for (const name of ['README.md', 'LICENSE.txt', 'CHANGELOG.md', 'desk/readme.txt', 'desk/story.txt', 'readme-council.txt']) {
      await writeFile(join(documented, name), 'The council said so.\n');
    }
    const walked = await runJson(['all', 'documented'], { cwd: dir.path });
    expect(sources(walked.json)).toEqual(['documented/desk/story.txt', 'documented/readme-council.txt']);
    const named = await runJson(['all', 'documented/README.md'], { cwd: dir.path });
    expect(sources(named.json)).toEqual(['documented/README.md']);
  });
});

describe('size limit', () => {
  it('an input over --max-size is skipped with TOO_LARGE; the others are processed', async () => {
    await writeFile(at('big.txt'), Buffer.alloc(2048, 'word '));
    const small = join(FIXTURES, 'empty.txt');
    const result = await runJson(['all', at('big.txt'), small, '--max-size', '1k']);
    expect(result.code).toBe(2);
    expect(sources(result.json)).toEqual([small]);
    expect(result.json.errors).toEqual([
      { source: at('big.txt'), code: 'TOO_LARGE', message: 'file is 2 KiB, over the 1 KiB limit, skipped (raise it with --max-size)' },
    ]);
  });

  it('stdin over --max-size is TOO_LARGE', async () => {
    const result = await runJson(['all', '-', '--max-size', '100'], { input: 'x'.repeat(1000) });
    expect(result.json.errors.map((e) => [e.source, e.code])).toEqual([['-', 'TOO_LARGE']]);
  });

  it('a 100 MB file is refused under the default limit, with a clear message', async () => {
    await writeFile(at('huge.txt'), Buffer.alloc(100 * 1024 * 1024, 'All work and no play. '));
    const result = await runJson(['all', at('huge.txt')]);
    expect(result.code).toBe(2);
    expect(result.json.errors).toEqual([
      { source: at('huge.txt'), code: 'TOO_LARGE', message: 'file is 100 MiB, over the 50 MiB limit, skipped (raise it with --max-size)' },
    ]);
  }, 30_000);
});
