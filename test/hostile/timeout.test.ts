// --timeout-per-file: a document over its budget is reported as TIMEOUT, its
// facts dropped, and the run goes on; within the budget nothing changes.

import { describe, expect, it } from 'vitest';
import { runExtract, runJson } from '../cli/run-extract.js';

const SEED = 'seeds/000_fe466d9e0e413ba9.txt';

describe('--timeout-per-file', () => {
  it('a document over its budget is a TIMEOUT error with no facts; the output stays valid JSON', async () => {
    const result = await runJson(['quotes', SEED, '--timeout-per-file', '0.001']);
    expect(result.code).toBe(2);
    expect(result.json.documents).toEqual([]);
    expect(result.json.errors).toEqual([expect.objectContaining({ source: SEED, code: 'TIMEOUT' })]);
    expect(result.stderr).toMatch(/took longer than 0\.001 s.*\(TIMEOUT\)/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('within the budget the facts are those of a run without one', async () => {
    const timed = await runJson(['quotes', SEED, '--timeout-per-file', '120']);
    const plain = await runJson(['quotes', SEED]);
    expect(timed.code).toBe(0);
    expect(timed.json).toEqual(plain.json);
  });

  it('refuses a budget that is not a number of seconds', async () => {
    const result = await runExtract(['quotes', SEED, '--timeout-per-file', 'soon']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a number of seconds above 0');
  });
});
