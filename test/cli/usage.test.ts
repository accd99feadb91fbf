import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/extract/registry.js';
import { BIN, cleanEnv, FIXTURES, hasCommand, ROOT, runExtract, STACK_LINE } from './run-extract.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('help and version', () => {
  it('--help exits 0 and leads with examples', async () => {
    const result = await runExtract(['--help']);
    expect(result.code).toBe(0);
    const examples = result.stdout.indexOf('Examples:');
    expect(examples).toBeGreaterThan(0);
    expect(examples).toBeLessThan(result.stdout.indexOf('Options:'));
    expect(result.stdout).toContain('extract quotes article.txt');
    expect(result.stdout).toMatch(/Exit codes:[\s\S]*0 {2}facts were found[\s\S]*1 {2}no facts[\s\S]*2 {2}an error/);
  });

  it('lists one command per available kind, and all', async () => {
    const { stdout } = await runExtract(['--help']);
    for (const kind of [...KIND_NAMES, 'all']) expect(stdout).toMatch(new RegExp(`^  ${kind} \\[options\\] \\[inputs\\.\\.\\.\\]`, 'm'));
  });

  it('a command help lists its options with examples first', async () => {
    const result = await runExtract(['quotes', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.indexOf('Examples:')).toBeLessThan(result.stdout.indexOf('Options:'));
    for (const option of ['--format <format>', '--json', '--output <file>', '--ext <list>', '--max-size <size>', '--stdin-filename <name>', '--no-color']) {
      expect(result.stdout).toContain(option);
    }
  });

  it('help <command> exits 0', async () => {
    const result = await runExtract(['help', 'all']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: extract all');
  });

  it('--version prints the package version and exits 0', async () => {
    const result = await runExtract(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});

describe('usage errors exit 2 without a stack trace', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['an unknown option', ['quotes', '--bogus', 'x.txt'], /unknown option '--bogus'/],
    ['an unknown command', ['summarise', 'x.txt'], /unknown command 'summarise'/],
    ['no command', [], /Usage: extract/],
    ['an unknown format', ['quotes', '--format', 'xml', 'x.txt'], /--format.*xml.*invalid/],
    ['a bad size', ['quotes', '--max-size', 'lots', 'x.txt'], /--max-size.*lots.*invalid/],
    ['an empty extension list', ['quotes', '--ext', ',', 'x.txt'], /--ext.*invalid/],
    ['--json against --format csv', ['quotes', '--json', '--format', 'csv', 'x.txt'], /--json conflicts with --format csv/],
    ['stdin twice', ['quotes', '-', '-'], /stdin \(-\) can be read only once/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const result = await runExtract(args, { input: '' });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stdout).toBe('');
    });
  }

  it('--json alone is --format json, and agrees with --format json', async () => {
    const file = join(FIXTURES, 'empty.txt');
    const short = await runExtract(['quotes', '--json', file]);
    const long = await runExtract(['quotes', '--format', 'json', '--json', file]);
    expect(JSON.parse(short.stdout).schema).toBe('extract/v1');
    expect(long.stdout).toBe(short.stdout);
  });

  // `script` gives the command a terminal as stdin, as when run by hand.
  it.skipIf(!hasCommand('script'))('no input with a terminal on stdin is a usage error', () => {
    const result = spawnSync('script', ['-qec', `${process.execPath} ${BIN} quotes`, '/dev/null'], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/no input: give files or folders, or pipe text into stdin/);
  });
});
