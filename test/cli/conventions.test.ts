// Command-line conventions users of ripgrep, jq and gh bring with them:
// `-o -` is stdout, `help help` is help, option values in any case, and a
// reader that stops early is no error.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, FIXTURES, hasCommand, ROOT, runExtract, STACK_LINE, suiteTempDir } from './run-extract.js';

const JANE = join(FIXTURES, 'quotes', 'jane-smith.txt');
const dir = suiteTempDir();

describe('-o -', () => {
  it('writes to stdout and creates no file named -', async () => {
    const plain = await runExtract(['quotes', JANE, '--format', 'json']);
    for (const flag of ['-o', '--output']) {
      const result = await runExtract(['quotes', JANE, '--format', 'json', flag, '-'], { cwd: dir.path });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(plain.stdout);
      expect(existsSync(join(dir.path, '-'))).toBe(false);
    }
  });
});

describe('help', () => {
  it('`help help` shows the help command and exits 0', async () => {
    const result = await runExtract(['help', 'help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: extract help \[options\] \[command\]/);
    expect(result.stderr).toBe('');
  });

  it('`help` alone is the program help; `help <command>` the command help', async () => {
    expect((await runExtract(['help'])).stdout).toMatch(/^Usage: extract \[options\] \[command\]/);
    const quotes = await runExtract(['help', 'quotes']);
    expect(quotes.code).toBe(0);
    expect(quotes.stdout).toMatch(/^Usage: extract quotes/);
  });

  it('`help` of a command that does not exist is a usage error', async () => {
    const result = await runExtract(['help', 'summarise']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'summarise'/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it.skipIf(!hasCommand('head'))('piped into head, ends quietly', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" quotes --help | head -1`], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
    expect(result.stdout).toBe('Usage: extract quotes [options] [inputs...]\n');
    expect(result.stderr).toBe('');
  });
});

describe('option values in any case', () => {
  it('--format and --input take JSON, Csv, TEXT as --type takes PERSON', async () => {
    const lower = await runExtract(['quotes', JANE, '--format', 'json']);
    const upper = await runExtract(['quotes', JANE, '--format', 'JSON', '--input', 'TEXT']);
    expect(upper.code).toBe(0);
    expect(upper.stdout).toBe(lower.stdout);
    expect((await runExtract(['quotes', JANE, '-f', 'Csv'])).stdout).toMatch(/^source,quote_kind,/);
  });

  it('an unknown value is still refused, with the choices', async () => {
    const result = await runExtract(['quotes', JANE, '--format', 'XML']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/argument 'XML' is invalid\. Allowed choices are table, json, jsonl, csv, html\./);
  });
});
