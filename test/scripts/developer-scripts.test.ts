// The developer scripts away from the evaluation folder: `--help` lists
// their flags, and a missing folder or file, or a bad flag, is one clear
// line and exit 2, never a stack trace. Nothing here measures or writes
// anything.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ROOT, STACK_LINE } from '../cli/run-extract.js';

const MISSING = join(ROOT, 'no-such-evaluation-folder');

function script(name: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', name), ...args], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each([
  ['bench.mjs', 'bench', ['--shared', '--runs', '--no-scale', '--sizes', '--jobs-list']],
  ['build-gazetteers.mjs', 'build-gazetteers', ['--shared', '--train', '--holdout', '--holdout-out']],
])('scripts/%s', (name, prefix, flags) => {
  it('--help lists its flags and exits 0', () => {
    const result = script(name, ['--help']);
    expect(result.code).toBe(0);
    for (const flag of flags) expect(result.stdout).toContain(flag);
  });

  it('without the evaluation folder, says so in one line and exits 2', () => {
    const result = script(name, ['--shared', MISSING]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^${prefix}: .*${MISSING}.*--shared DIR`));
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('an unknown flag is one line and exit 2', () => {
    const result = script(name, ['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${prefix}: unknown .*--bogus.*\\n$`));
  });
});

describe('scripts/screenshot-report.mjs', () => {
  it('--help lists its flags and exits 0', () => {
    const result = script('screenshot-report.mjs', ['--help']);
    expect(result.code).toBe(0);
    for (const flag of ['--out', '--width', '--height', '--dark']) expect(result.stdout).toContain(flag);
  });

  it('a bad flag or value is one line and exit 2, before any browser starts', () => {
    for (const args of [['--bogus'], ['--width', 'wide'], ['--out']]) {
      const result = script('screenshot-report.mjs', args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^screenshot-report: .*\n$/);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });
});
