// --jobs: documents read on worker threads give the same bytes as one
// thread, in input order; a long text is read in windows whose facts keep
// document-global positions; --progress and --quiet.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, locatedObjects, runExtract, tempDir } from './run-extract.js';

const PARAGRAPHS = [
  (n: number) => `"We will reopen pier ${n} before the storms," said Harriet Quell, the harbour director of Lowmere.`,
  (n: number) => `The Brackwater council voted ${(n % 9) + 5}-2 on Tuesday to approve levy number ${n}.`,
  (n: number) => `Ivo Marrant, a fisherman from Tallow Bay, said levy ${n} was unfair.`,
];

let dir: { path: string; remove: () => Promise<void> };
let longText: string;

/** Paragraphs `from`… until the text passes `length` code units. */
function article(length: number, from = 0): string {
  const paragraphs: string[] = [];
  for (let n = from, total = 0; total < length; n++) {
    paragraphs.push(PARAGRAPHS[n % 3](n));
    total += paragraphs[paragraphs.length - 1].length + 2;
  }
  return paragraphs.join('\n\n');
}

beforeAll(async () => {
  dir = await tempDir();
  // A little over one window (256 Ki code units), so read as two windows, and
  // twenty articles beside it: more text than is read without workers.
  longText = article(300_000);
  await writeFile(join(dir.path, 'long.txt'), longText);
  for (let i = 0; i < 20; i++) await writeFile(join(dir.path, `short-${String(i).padStart(2, '0')}.txt`), article(14_000, i * 7));
});
afterAll(() => dir.remove());

describe('--jobs', () => {
  it('gives byte-identical output on 1 and 2 threads, in input order, a long text in windows with document-global spans', async () => {
    const two = await runExtract(['all', dir.path, '--format', 'json', '--jobs', '2', '--progress']);
    const one = await runExtract(['all', dir.path, '--format', 'json', '--jobs', '1']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const json = JSON.parse(two.stdout) as { documents: Array<{ source: string } & Record<string, Array<{ span: { start: number } }>>> };
    const sources = json.documents.map((d) => d.source);
    expect(sources).toHaveLength(21);
    expect(sources).toEqual([...sources].sort());
    const long = json.documents.find((d) => d.source.endsWith('long.txt'))!;
    for (const piece of locatedObjects(long)) expect(longText.slice(piece.span.start, piece.span.end)).toBe(piece.text);
    // Facts from both windows, the second's past the first window's end.
    expect(long.votes.some((vote) => vote.span.start > 262_144)).toBe(true);
    expect(long.quotes.some((quote) => quote.span.start > 262_144)).toBe(true);
    // --progress draws the bar on stderr even though it is not a terminal.
    expect(two.stderr).toMatch(/files · [\d.]+ MB\/s/);
  });

  it('refuses a count that is not a whole number of at least 1', async () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const result = await runExtract(['quotes', FIXTURES, '--jobs', bad]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--jobs/);
    }
  });

  it('--quiet leaves out the summary line', async () => {
    const loud = await runExtract(['quotes', FIXTURES]);
    const quiet = await runExtract(['quotes', FIXTURES, '--quiet']);
    expect(loud.stderr).toMatch(/files?, \d+ quotes?/);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });
});
