// When the table is coloured: the flags, FORCE_COLOR, NO_COLOR, TERM and
// the terminal, in process; then the same seen from a shell, where only a
// spawned command shows what the environment does.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorLevel, forcedLevel } from '../../src/cli/color.js';
import { BIN, cleanEnv, FIXTURES, hasCommand, ROOT, runExtract } from './run-extract.js';

const ANSI = /\u001b\[/;
const JANE = join(FIXTURES, 'quotes', 'jane-smith.txt');

describe('colorLevel', () => {
  it('colours a terminal unless NO_COLOR, TERM=dumb or --no-color', () => {
    expect(colorLevel(undefined, true, { TERM: 'xterm' })).toBe(1);
    expect(colorLevel(undefined, true, { TERM: 'xterm-256color' })).toBe(2);
    expect(colorLevel(undefined, true, { TERM: 'xterm', COLORTERM: 'truecolor' })).toBe(3);
    expect(colorLevel(undefined, true, { TERM: 'xterm', NO_COLOR: '1' })).toBe(0);
    expect(colorLevel(undefined, true, { TERM: 'dumb' })).toBe(0);
    expect(colorLevel(false, true, { TERM: 'xterm' })).toBe(0);
  });

  it('does not colour a pipe or file unless --color or FORCE_COLOR', () => {
    expect(colorLevel(undefined, false, { TERM: 'xterm' })).toBe(0);
    expect(colorLevel(true, false, { TERM: 'xterm', NO_COLOR: '1' })).toBe(1);
    expect(colorLevel(undefined, false, { TERM: 'xterm', FORCE_COLOR: '1' })).toBe(1);
    expect(colorLevel(undefined, false, { TERM: 'xterm', FORCE_COLOR: '3' })).toBe(3);
  });

  it('FORCE_COLOR=0 turns colour off on a terminal; the flags win over FORCE_COLOR', () => {
    expect(colorLevel(undefined, true, { TERM: 'xterm', FORCE_COLOR: '0' })).toBe(0);
    expect(colorLevel(undefined, true, { TERM: 'xterm', FORCE_COLOR: 'false' })).toBe(0);
    expect(colorLevel(true, true, { TERM: 'xterm', FORCE_COLOR: '0' })).toBe(1);
    expect(colorLevel(false, false, { TERM: 'xterm', FORCE_COLOR: '1' })).toBe(0);
  });

  it('FORCE_COLOR wins over NO_COLOR and TERM=dumb, as in Node', () => {
    expect(colorLevel(undefined, false, { TERM: 'dumb', NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(1);
  });

  it('an empty NO_COLOR does not count', () => {
    expect(colorLevel(undefined, true, { TERM: 'xterm', NO_COLOR: '' })).toBe(1);
  });
});

describe('forcedLevel', () => {
  it('reads FORCE_COLOR as Node and chalk do', () => {
    expect([undefined, '0', 'false', 'FALSE', '', 'true', '1', '2', '3', '7', 'yes'].map(forcedLevel)).toEqual([
      undefined, 0, 0, 0, 1, 1, 1, 2, 3, 3, 1,
    ]);
  });
});

describe('colour seen from a shell', () => {
  it('FORCE_COLOR=1 colours the table in a pipe; FORCE_COLOR=0 does not, nor does an unset one', async () => {
    expect((await runExtract(['quotes', JANE], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runExtract(['quotes', JANE], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runExtract(['quotes', JANE], { env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI);
    expect((await runExtract(['quotes', JANE])).stdout).not.toMatch(ANSI);
  });

  it('--no-color wins over FORCE_COLOR=1; --color over FORCE_COLOR=0', async () => {
    expect((await runExtract(['quotes', JANE, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runExtract(['quotes', JANE, '--color'], { env: { FORCE_COLOR: '0' } })).stdout).toMatch(ANSI);
  });

  // `script` gives the command a terminal as stdout, as when run by hand.
  // CI=1 keeps the progress bar (drawn on the same terminal when a busy
  // machine makes the run last over half a second) out of what is checked.
  it.skipIf(!hasCommand('script'))('on a terminal: coloured, but not with FORCE_COLOR=0 or NO_COLOR', () => {
    const onTerminal = (env: Record<string, string>) =>
      spawnSync('script', ['-qec', `${process.execPath} ${BIN} quotes ${JANE}`, '/dev/null'], {
        cwd: ROOT,
        env: cleanEnv({ CI: '1', ...env }),
        encoding: 'utf8',
        timeout: 30_000,
      }).stdout;
    expect(onTerminal({})).toMatch(ANSI);
    expect(onTerminal({ FORCE_COLOR: '0' })).not.toMatch(ANSI);
    expect(onTerminal({ NO_COLOR: '1' })).not.toMatch(ANSI);
  });
});
