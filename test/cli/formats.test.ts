// The output formats, checked against each other and against standard
// readers. These tests hold whatever facts the extractors find.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/extract/registry.js';
import { markedText, readHtml } from '../render/html-tree.js';
import { parseCsv } from '../render/parse-csv.js';
import { FIXTURES, hasCommand, locatedObjects, runExtract, runJson, tempDir, type ExtractJson } from './run-extract.js';

const NEWS = join(FIXTURES, 'news');
const SINGULAR: Record<string, string> = { quotes: 'quote', entities: 'entity', votes: 'vote' };
const ANSI = /\u001b\[/;

let reference: ExtractJson;
let dir: { path: string; remove: () => Promise<void> };

beforeAll(async () => {
  reference = (await runJson(['all', NEWS, 'no-such.txt'])).json;
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

/** Every fact of the reference run as [kind, source, fact], in output order. */
function referenceFacts(): Array<[string, string, Record<string, unknown>]> {
  const facts: Array<[string, string, Record<string, unknown>]> = [];
  for (const doc of reference.documents) {
    for (const kind of KIND_NAMES) for (const fact of (doc[kind] as Record<string, unknown>[]) ?? []) facts.push([kind, doc.source, fact]);
  }
  return facts;
}

describe('json', () => {
  it('follows the extract/v1 contract: every input a document, failures in errors', () => {
    expect(Object.keys(reference)).toEqual(['schema', 'documents', 'errors']);
    expect(reference.schema).toBe('extract/v1');
    expect(reference.documents.map((d) => d.source)).toEqual(
      ['council-vote.txt', 'harbour-report.md', 'interview.text'].map((name) => join(NEWS, name)),
    );
    for (const doc of reference.documents) expect(Object.keys(doc)).toEqual(['source', ...KIND_NAMES]);
    expect(reference.errors).toEqual([{ source: 'no-such.txt', code: 'ENOENT', message: 'no such file or directory' }]);
  });

  it('is pretty-printed with two spaces and ends with a newline', async () => {
    const { stdout } = await runExtract(['all', NEWS, '--format', 'json']);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
  });

  it('a single kind leaves the others out', async () => {
    const { json } = await runJson(['quotes', NEWS]);
    for (const doc of json.documents) expect(Object.keys(doc)).toEqual(['source', 'quotes']);
  });

  it('every span is exact', async () => {
    for (const doc of reference.documents) {
      const text = await readFile(doc.source, 'utf8');
      for (const object of locatedObjects(doc)) expect(text.slice(object.span.start, object.span.end)).toBe(object.text);
    }
  });
});

describe('jsonl', () => {
  let stdout: string;
  beforeAll(async () => {
    stdout = (await runExtract(['all', NEWS, 'no-such.txt', '--format', 'jsonl'])).stdout;
  });

  it('has one JSON value per line, no blank lines: each document\'s facts and its document line, then the errors', () => {
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    const values = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const expected = reference.documents.flatMap((doc) => {
      const facts = referenceFacts()
        .filter(([, source]) => source === doc.source)
        .map(([kind, source, fact]) => {
          const { kind: own, ...rest } = fact;
          return own === undefined ? { kind: SINGULAR[kind], source, ...rest } : { kind: SINGULAR[kind], source, [`${SINGULAR[kind]}_kind`]: own, ...rest };
        });
      const counts = Object.fromEntries(KIND_NAMES.map((kind) => [kind, (doc[kind] as unknown[]).length]));
      return [...facts, { kind: 'document', source: doc.source, counts }];
    });
    expect(values).toEqual([...expected, { kind: 'error', source: 'no-such.txt', code: 'ENOENT', message: 'no such file or directory' }]);
  });

  it('has a document line for an input with nothing found, so a pipeline can tell it from one never read', async () => {
    const empty = join(FIXTURES, 'empty.txt');
    const result = await runExtract(['quotes', empty, 'no-such.txt', '--format', 'jsonl']);
    expect(result.code).toBe(2);
    expect(result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { kind: 'document', source: empty, counts: { quotes: 0 } },
      { kind: 'error', source: 'no-such.txt', code: 'ENOENT', message: 'no such file or directory' },
    ]);
  });

  it.skipIf(!hasCommand('jq'))('is read by jq line by line', () => {
    const result = spawnSync('jq', ['-c', '.kind'], { input: stdout, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('"error"');
  });
});

describe('csv', () => {
  let stdout: string;
  beforeAll(async () => {
    stdout = (await runExtract(['all', NEWS, '--format', 'csv'])).stdout;
  });

  it('is RFC 4180 with a header and one row per fact, a kind column first for all', () => {
    const [header, ...rows] = parseCsv(stdout);
    expect(header[0]).toBe('kind');
    expect(new Set(header).size).toBe(header.length);
    const facts = referenceFacts();
    expect(rows).toHaveLength(facts.length);
    const column = (row: string[], name: string) => row[header.indexOf(name)];
    rows.forEach((row, i) => {
      const [kind, source, fact] = facts[i];
      expect(row).toHaveLength(header.length);
      expect(column(row, 'kind')).toBe(SINGULAR[kind]);
      expect(column(row, 'source')).toBe(source);
      if (kind !== 'entities') {
        expect(column(row, 'text')).toBe(fact.text);
        expect(Number(column(row, 'start'))).toBe((fact.span as { start: number }).start);
      }
    });
  });

  it('a single kind has no kind column of facts', async () => {
    const result = await runExtract(['quotes', NEWS, '--format', 'csv']);
    const [header] = parseCsv(result.stdout);
    expect(header.slice(0, 3)).toEqual(['source', 'quote_kind', 'text']);
  });

  it.skipIf(!hasCommand('python3'))("parses with Python's csv module", () => {
    const script = 'import csv,sys,json; rows=list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"), strict=True)); print(json.dumps(rows))';
    const file = join(dir.path, 'out.csv');
    spawnSync('sh', ['-c', 'cat > "$0"', file], { input: stdout });
    const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(parseCsv(stdout));
  });
});

describe('table', () => {
  it('is plain text when piped, fitted to 100 columns, with a summary on stderr', async () => {
    const result = await runExtract(['all', NEWS]);
    expect(result.stdout).not.toMatch(ANSI);
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    const counts = KIND_NAMES.map((kind) => {
      const n = reference.documents.reduce((sum, doc) => sum + ((doc[kind] as unknown[]) ?? []).length, 0);
      return `${n} ${n === 1 ? SINGULAR[kind] : kind}`;
    });
    expect(result.stderr).toBe(`3 files, ${counts.join(', ')}, 0 errors\n`);
  });

  it('COLUMNS sets the width when stdout is not a terminal', async () => {
    const result = await runExtract(['all', NEWS], { env: { COLUMNS: '72' } });
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(72);
  });

  it('shows every fact position as line:col, under the path of its file', async () => {
    const result = await runExtract(['all', 'news'], { cwd: FIXTURES, env: { COLUMNS: '200' } });
    // Documents are separated by a blank line; each starts with its path. The position is the last column.
    const positions = new Map(
      result.stdout.split('\n\n').map((section) => {
        const [path, ...lines] = section.split('\n');
        const cells = lines.filter((line) => line.startsWith('│')).map((line) => line.split('│').slice(-2)[0].trim());
        return [path, cells];
      }),
    );
    for (const [, source, fact] of referenceFacts()) {
      const span = (fact.span ?? (fact.mentions as Array<{ span: unknown }>)[0].span) as { line: number; column: number };
      expect(positions.get(relative(FIXTURES, source))).toContain(`${span.line}:${span.column}`);
    }
  });

  it('--color forces colour; NO_COLOR, TERM=dumb and --no-color do not colour', async () => {
    const file = join(FIXTURES, 'quotes', 'jane-smith.txt');
    expect((await runExtract(['quotes', file, '--color'])).stdout).toMatch(ANSI);
    expect((await runExtract(['quotes', file, '--color', '--no-color'])).stdout).not.toMatch(ANSI);
    expect((await runExtract(['quotes', file], { env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runExtract(['quotes', file], { env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI);
  });

  it('says on stderr when nothing was found, and writes nothing on stdout', async () => {
    const result = await runExtract(['quotes', join(FIXTURES, 'empty.txt')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('No quotes found.\n1 file, 0 quotes, 0 errors\n');
    const all = await runExtract(['all', join(FIXTURES, 'empty.txt')]);
    expect(all.stderr).toMatch(/^No quotes, entities or votes found\.$/m);
  });

  it('--quiet leaves out the "nothing found" line too', async () => {
    const result = await runExtract(['quotes', join(FIXTURES, 'empty.txt'), '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toBe('');
  });
});

describe('html', () => {
  let page: string;
  beforeAll(async () => {
    const file = join(dir.path, 'report.html');
    const result = await runExtract(['all', NEWS, 'no-such.txt', '--format', 'html', '-o', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    page = readFileSync(file, 'utf8');
  });

  it('is one page: each document an article with its text, a contents list, the error listed', async () => {
    const elements = readHtml(page);
    const articles = elements.filter((element) => element.tag === 'article');
    expect(articles).toHaveLength(reference.documents.length);
    for (const [i, doc] of reference.documents.entries()) {
      const text = await readFile(doc.source, 'utf8');
      expect(articles[i].text).toContain(text.split('\n')[0].trim());
      expect(elements.find((element) => element.attributes.id === `d${i + 1}-h`)?.text).toBe(doc.source);
    }
    const contents = elements.filter((element) => element.tag === 'a' && element.ancestors.includes('nav'));
    expect(contents.map((link) => link.text)).toEqual(reference.documents.map((doc) => doc.source));
    const errors = elements.filter((element) => element.tag === 'li' && element.ancestors.includes('section'));
    expect(errors.map((item) => item.text)).toEqual(['no-such.txt: no such file or directory (ENOENT)']);
  });

  it('marks every quotation, entity mention and vote of the JSON output on the text', () => {
    const elements = readHtml(page);
    reference.documents.forEach((doc, i) => {
      const quotes = doc.quotes as Array<{ text: string; parts?: Array<{ text: string }> }>;
      quotes.forEach((quote, k) => {
        expect(markedText(elements, 'data-quote', `d${i + 1}-q${k + 1}`)).toBe((quote.parts ?? [quote]).map((part) => part.text).join(''));
      });
      for (const entity of doc.entities as Array<{ id: string; mentions: Array<{ text: string }> }>) {
        expect(markedText(elements, 'data-entity', `d${i + 1}-${entity.id}`)).toBe(entity.mentions.map((mention) => mention.text).join(''));
      }
      (doc.votes as Array<{ text: string }>).forEach((vote, k) => {
        expect(elements.find((element) => element.attributes.id === `d${i + 1}-v${k + 1}`)?.text).toBe(vote.text);
      });
    });
  });

  it('works with every command, on stdout too, one document without a contents list', async () => {
    const file = join(NEWS, 'council-vote.txt');
    for (const command of KIND_NAMES) {
      const result = await runExtract([command, file, '--format', 'html']);
      expect(result.code).toBe(0);
      const elements = readHtml(result.stdout);
      expect(elements.filter((element) => element.tag === 'article')).toHaveLength(1);
      expect(elements.some((element) => element.tag === 'nav')).toBe(false);
      expect(elements.find((element) => element.attributes.class === 'summary')?.text).toMatch(new RegExp(`^(1 ${SINGULAR[command]}|\\d+ ${command})\\b`));
      expect(result.stderr).toBe('');
    }
  });

  it('names each record of --input jsonl by its id', async () => {
    const input = `${JSON.stringify({ id: 'r<1>', text: '"We sail at dawn," said Ottilie Brand.' })}\n`;
    const result = await runExtract(['quotes', '--input', 'jsonl', '--format', 'html'], { input });
    expect(result.code).toBe(0);
    const elements = readHtml(result.stdout);
    expect(elements.find((element) => element.attributes.id === 'd1-h')?.text).toBe('r<1>');
    expect(markedText(elements, 'data-quote', 'd1-q1')).toBe('We sail at dawn,');
  });
});

describe('output', () => {
  it('--output writes the file and nothing to stdout', async () => {
    const file = join(dir.path, 'facts.json');
    const direct = await runExtract(['all', NEWS, '--format', 'json']);
    const result = await runExtract(['all', NEWS, '--format', 'json', '--output', file]);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(direct.code);
    expect(readFileSync(file, 'utf8')).toBe(direct.stdout);
  });

  it('an output that cannot be written is an error, exit 2', async () => {
    const result = await runExtract(['all', NEWS, '--output', join(dir.path, 'missing', 'out.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^extract: cannot write .*out\.json: no such file or directory \(ENOENT\)$/m);
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    for (const format of ['json', 'jsonl', 'csv', 'table', 'html']) {
      const first = await runExtract(['all', 'news', 'quotes', '--format', format], { cwd: FIXTURES });
      const second = await runExtract(['all', 'news', 'quotes', '--format', format], { cwd: FIXTURES });
      expect(second.stdoutBytes.equals(first.stdoutBytes)).toBe(true);
      expect(first.stdout).not.toContain(FIXTURES);
    }
  });
});
