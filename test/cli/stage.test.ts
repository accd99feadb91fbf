// `extract … --input jsonl` as one stage of a pipeline: one output line per
// input record, in order, whether the records go through one process or are
// split between several by GNU parallel.

import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, hasCommand, ROOT, runExtract, runJson, tempDir } from './run-extract.js';

const FIRST = ['Marta', 'Oskar', 'Ilse', 'Tobiah', 'Renata', 'Faris', 'Wendeline', 'Corvin'];
const LAST = ['Kovalenko', 'Lindqvist', 'Abernathy', 'Quillfeather', 'Dunmore', 'Szabelski', 'Ortolan', 'Brackwater'];
const TOWNS = ['Drelton', 'Brenmoor', 'Ashcombe Vale', 'Port Kestrel'];
const RECORDS = 1000;
/** The one line that is not JSON; far enough in to fall in a later block than the first. */
const BAD = 500;

/** Invented news records: quotes, votes, names, and some with nothing to find. */
function records(): { input: string; ids: unknown[] } {
  const lines: string[] = [];
  const ids: unknown[] = [];
  for (let i = 0; i < RECORDS; i++) {
    if (i === BAD) {
      lines.push('{"id": "cut", "text": "The ferry');
      ids.push(null);
      continue;
    }
    const name = `${FIRST[i % 8]} ${LAST[(i * 3) % 8]}`;
    const town = TOWNS[i % 4];
    const text = [
      `"We will reopen the ferry to ${town} before winter," said ${name}, the harbour master.`,
      `${name} visited ${town} on Tuesday to inspect the new library.`,
      `The ${town} council voted ${5 + (i % 4)}-2 to rename the market square.`,
      'it rained. nothing else happened.',
      `${name} said the bridge to ${town} would close for repairs in March.`,
    ][i % 5];
    const id = i % 3 === 0 ? `story-${i}` : i;
    lines.push(JSON.stringify({ id, desk: i % 2 ? 'north' : 'south', text }));
    ids.push(id);
  }
  return { input: `${lines.join('\n')}\n`, ids };
}

/** Runs a command with `input` on stdin, in the repository, with a clean environment. */
function pipeThrough(command: string, args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const outputLines = (stdout: string) => {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout.slice(0, -1).split('\n');
};

const NO_PARALLEL = !hasCommand('parallel');

describe('a stage under GNU parallel', () => {
  it.skipIf(NO_PARALLEL)(
    `parallel --pipe -k gives the lines of a single run, one per record, in input order${
      NO_PARALLEL ? ' (skipped: GNU parallel is not on PATH; apt-get install parallel)' : ''
    }`,
    async () => {
      const { input, ids } = records();
      const single = await runExtract(['all', '--input', 'jsonl'], { input, timeoutMs: 120_000 });
      const split = await pipeThrough(
        'parallel',
        ['--will-cite', '--quote', '--pipe', '-k', '-j', '2', '--block', '20k', process.execPath, BIN, 'all', '--input', 'jsonl', '--jobs', '1'],
        input,
      );
      expect(single.code).toBe(2);
      // parallel exits with the number of jobs that failed: the one whose block held the bad line exits 2.
      expect(split.code).toBeGreaterThan(0);

      const one = outputLines(single.stdout);
      const many = outputLines(split.stdout);
      expect(one).toHaveLength(RECORDS);
      expect(many).toHaveLength(RECORDS);
      expect(one.map((line) => JSON.parse(line).id)).toEqual(ids);
      expect(many.map((line) => JSON.parse(line).id)).toEqual(ids);

      for (let i = 0; i < RECORDS; i++) if (i !== BAD) expect(many[i], `record ${i}`).toBe(one[i]);
      // `line` counts the lines of the input each process was given: under --pipe, its block.
      const whole = JSON.parse(one[BAD]);
      const inBlock = JSON.parse(many[BAD]);
      expect(whole).toEqual({ id: null, error: { code: 'BAD_RECORD', message: 'not valid JSON' }, line: BAD + 1 });
      expect(inBlock).toEqual({ ...whole, line: inBlock.line });
      expect(inBlock.line).toBeGreaterThanOrEqual(1);
      expect(inBlock.line).toBeLessThan(BAD + 1);

      // The run found facts of every kind, and records with none still have their line.
      const kinds = one.filter((_, i) => i !== BAD).map((line) => JSON.parse(line));
      for (const kind of ['quotes', 'entities', 'votes']) expect(kinds.some((record) => record[kind].length > 0), kind).toBe(true);
      expect(kinds.filter((record) => record.quotes.length + record.entities.length + record.votes.length === 0).length).toBeGreaterThan(0);
    },
    240_000,
  );
});

describe('one line per record', () => {
  it('a record with nothing found still gives its line, with its other fields; exit 1', async () => {
    const input = '{"id": "quiet", "text": "it rained. nothing else happened.", "desk": "north", "rank": 3}\n';
    const result = await runExtract(['all', '--input', 'jsonl'], { input });
    expect(result.stdout).toBe('{"id":"quiet","desk":"north","rank":3,"quotes":[],"entities":[],"votes":[]}\n');
    expect(result.code).toBe(1);
  });

  it('a bad line gives its error line in place, the others go on; stderr names it; exit 2', async () => {
    const input = [
      '{"id": 1, "text": "it rained."}',
      '',
      '{"id": 2, "text": "half a rec',
      '{"id": 3}',
      '{"id": 4, "text": "nothing else happened."}',
    ].join('\n');
    const result = await runExtract(['votes', '--input', 'jsonl'], { input });
    expect(result.stdout).toBe(
      [
        '{"id":1,"votes":[]}',
        '{"id":null,"error":{"code":"BAD_RECORD","message":"not valid JSON"},"line":3}',
        '{"id":3,"error":{"code":"BAD_RECORD","message":"no \\"text\\" field"},"line":4}',
        '{"id":4,"votes":[]}',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('extract: -:3: not valid JSON (BAD_RECORD)');
    expect(result.stderr).toContain('extract: -:4: no "text" field (BAD_RECORD)');
  });
});

describe('--input jsonl with other formats and inputs', () => {
  let dir: { path: string; remove: () => Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await dir.remove();
  });

  it('--format json lists a document per record, its source the id; bad records under errors', async () => {
    const input = '{"id": 7, "text": "\\"We won,\\" said Ilse Dunmore."}\nnot json\n{"text": "Quiet."}\n';
    const { json, code } = await runJson(['quotes', '--input', 'jsonl', '--stdin-filename', 'feed'], { input });
    expect(json.documents.map((doc) => doc.source)).toEqual(['7', 'feed:3']);
    expect(json.errors).toEqual([{ source: 'feed:2', code: 'BAD_RECORD', message: 'not valid JSON' }]);
    expect(code).toBe(2);
  });

  it('folders give their .jsonl and .ndjson files unless --ext is given', async () => {
    await mkdir(join(dir.path, 'feed'));
    await writeFile(join(dir.path, 'feed', 'a.jsonl'), '{"id": "a", "text": "x"}\n');
    await writeFile(join(dir.path, 'feed', 'b.ndjson'), '{"id": "b", "text": "x"}\n');
    await writeFile(join(dir.path, 'feed', 'c.json'), '{"id": "c", "text": "x"}\n');
    const ids = (stdout: string) => outputLines(stdout).map((line) => JSON.parse(line).id);
    expect(ids((await runExtract(['votes', '--input', 'jsonl', join(dir.path, 'feed')])).stdout)).toEqual(['a', 'b']);
    expect(ids((await runExtract(['votes', '--input', 'jsonl', '--ext', 'json', join(dir.path, 'feed')])).stdout)).toEqual(['c']);
  });
});
