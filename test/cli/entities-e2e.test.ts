// The `entities` command run end to end on a short input whose entities are
// certain, in every format, and its `--type` filter.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/facts.js';
import { parseCsv } from '../render/parse-csv.js';
import { FIXTURES, hasCommand, runExtract, runJson, STACK_LINE, type RunResult } from './run-extract.js';

// Run from the fixtures folder so that `source` is this short relative path.
const SOURCE = 'entities/kuleba-miller.txt';
const TEXT = readFileSync(join(FIXTURES, SOURCE), 'utf8');
// Wide enough that no table cell wraps: one line per row.
const WIDE = { cwd: FIXTURES, env: { COLUMNS: '200' } };

interface SpanJson {
  start: number;
  end: number;
  line: number;
  column: number;
}
interface EntityJson {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: Array<{ text: string; span: SpanJson }>;
  role?: string;
  value?: string;
  rule: string;
}

const entities = (args: string[] = []) => runExtract(['entities', SOURCE, ...args], WIDE);

async function entitiesJson(args: string[] = []): Promise<{ code: number | null; list: EntityJson[]; document: Record<string, unknown> }> {
  const { json, code } = await runJson(['entities', SOURCE, ...args], WIDE);
  expect(json.schema).toBe('extract/v1');
  expect(json.errors).toEqual([]);
  expect(json.documents).toHaveLength(1);
  const document = json.documents[0];
  return { code, document, list: document.entities as EntityJson[] };
}

/** The rows of a table printed with no wrapping: the trimmed cells of each body line, below the header. */
function tableRows(stdout: string): string[][] {
  const lines = stdout.slice(stdout.indexOf('├')).split('\n').filter((line) => line.startsWith('│'));
  return lines.map((line) => line.split('│').slice(1, -1).map((cell) => cell.trim()));
}

/** Line and column (1-based) of an offset, counted here independently of the tool. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const byName = (list: EntityJson[], name: string) => {
  const found = list.filter((entity) => entity.name === name);
  expect(found, `one entity named ${name}`).toHaveLength(1);
  return found[0];
};

let all: EntityJson[];
beforeAll(async () => {
  all = (await entitiesJson()).list;
});

describe('entities as JSON', () => {
  it('has only entities in the document (no quotes or votes key), exit 0', async () => {
    const { code, document } = await entitiesJson();
    expect(code).toBe(0);
    expect(Object.keys(document)).toEqual(['source', 'entities']);
    expect(document.source).toBe(SOURCE);
  });

  it('every entity has the contract fields, and every mention is exactly its span of the text', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const entity of all) {
      expect(typeof entity.name).toBe('string');
      expect(ENTITY_TYPES).toContain(entity.type);
      expect(Array.isArray(entity.aliases)).toBe(true);
      for (const alias of entity.aliases) expect(typeof alias).toBe('string');
      if ('role' in entity) expect(typeof entity.role).toBe('string');
      if ('value' in entity) expect(typeof entity.value).toBe('string');
      expect(entity.mentions.length).toBeGreaterThan(0);
      for (const mention of entity.mentions) {
        expect(mention.text).toBe(TEXT.slice(mention.span.start, mention.span.end));
        expect(mention.span.end).toBeGreaterThan(mention.span.start);
        expect({ line: mention.span.line, column: mention.span.column }).toEqual(lineAndColumn(TEXT, mention.span.start));
        // Bare names: no surrounding space or punctuation.
        expect(mention.text).toMatch(/^[\p{L}\p{N}$].*[\p{L}\p{N}]$/u);
      }
    }
  });

  it('finds both people, with their roles, and merges the surname mentions into them', () => {
    const kuleba = byName(all, 'Dmytro Kuleba');
    expect(kuleba.type).toBe('person');
    expect(kuleba.role).toBe('Foreign Minister');
    expect(kuleba.aliases).toEqual(['Kuleba']);
    expect(kuleba.mentions.map((m) => m.text)).toEqual(['Dmytro Kuleba', 'Kuleba']);
    expect(kuleba.mentions[0].span).toMatchObject({ start: TEXT.indexOf('Dmytro Kuleba'), line: 1, column: 18 });
    expect(kuleba.mentions[1].span.start).toBe(TEXT.indexOf('Kuleba said'));

    const miller = byName(all, 'Matthew Miller');
    expect(miller.type).toBe('person');
    expect(miller.role).toMatch(/spokesperson for the US State Department$/);
    expect(miller.aliases).toEqual(['Miller']);
    expect(miller.mentions.map((m) => m.text)).toEqual(['Matthew Miller', 'Miller']);
    expect(miller.mentions[1].span).toMatchObject({ line: 3, column: 1 });

    // A surname alone is never an entity of its own.
    expect(all.map((e) => e.name)).not.toContain('Kuleba');
    expect(all.map((e) => e.name)).not.toContain('Miller');
  });

  it('finds the place, the organisation, the amount and the dates, with a normalised date value', () => {
    expect(byName(all, 'Paris')).toMatchObject({ type: 'place', aliases: [], mentions: [{ text: 'Paris' }] });
    expect(byName(all, 'US State Department').type).toBe('organization');
    expect(byName(all, '$5 million').type).toBe('money');
    expect(byName(all, 'March 3, 2024')).toMatchObject({ type: 'date', value: '2024-03-03' });
    expect(byName(all, 'Thursday').type).toBe('date');
    expect(all.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Dmytro Kuleba', 'Matthew Miller']);
  });

  it('gives the same entities read from stdin', async () => {
    const { json } = await runJson(['entities', '--stdin-filename', 'k.txt'], { input: TEXT });
    expect(json.documents).toEqual([{ source: 'k.txt', entities: all }]);
  });
});

describe('entities as a table', () => {
  let result: RunResult;
  let rows: string[][];
  beforeAll(async () => {
    result = await entities();
    rows = tableRows(result.stdout);
  });

  it('has the columns name, type, role / value, mentions, first position', () => {
    // A header wraps at its spaces when its column is narrower: read each column down the header lines.
    const header = result.stdout.slice(0, result.stdout.indexOf('├')).split('\n').filter((line) => line.startsWith('│'));
    const lines = header.map((line) => line.split('│').slice(1, -1).map((cell) => cell.trim()));
    const names = lines[0].map((_, i) => lines.map((line) => line[i]).filter((part) => part).join(' '));
    expect(names).toEqual(['name', 'type', 'role / value', 'mentions', 'first position']);
  });

  it('shows one row per entity, in the order of the JSON output, under the path, with the first mention as line:col', () => {
    expect(result.stdout.split('\n')[0]).toBe(SOURCE);
    expect(rows).toEqual(
      all.map((e) => [
        e.name,
        e.type,
        e.role ?? e.value ?? '',
        String(e.mentions.length),
        `${e.mentions[0].span.line}:${e.mentions[0].span.column}`,
      ]),
    );
    expect(rows).toContainEqual(['Dmytro Kuleba', 'person', 'Foreign Minister', '2', '1:18']);
    expect(rows).toContainEqual(['Paris', 'place', '', '1', '1:54']);
    expect(rows).toContainEqual(['March 3, 2024', 'date', '2024-03-03', '1', expect.stringMatching(/^3:\d+$/)]);
  });

  it('counts the entities on stderr and exits 0', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`1 file, ${all.length} entities, 0 errors\n`);
  });
});

describe('entities as JSON Lines', () => {
  it('prints one {"kind":"entity","source":…} object per entity, with the JSON fields in the same order, then the document line', async () => {
    const result = await entities(['--format', 'jsonl']);
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    const lines = result.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(all.length + 1);
    expect(JSON.parse(lines.pop()!)).toEqual({ kind: 'document', source: SOURCE, counts: { entities: all.length } });
    lines.forEach((line, i) => {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(parsed).slice(0, 2)).toEqual(['kind', 'source']);
      expect(parsed).toEqual({ kind: 'entity', source: SOURCE, ...all[i] });
      expect(JSON.stringify(parsed)).toBe(JSON.stringify({ kind: 'entity', source: SOURCE, ...all[i] }));
    });
  });
});

describe('entities as CSV', () => {
  let stdout: string;
  beforeAll(async () => {
    const result = await entities(['--format', 'csv']);
    expect(result.code).toBe(0);
    stdout = result.stdout;
  });

  it('is RFC 4180 with the entity columns and one row per entity', () => {
    const [header, ...rows] = parseCsv(stdout);
    expect(header).toEqual(['source', 'name', 'type', 'role', 'value', 'aliases', 'mentions', 'start', 'end', 'line', 'column', 'id', 'rule']);
    expect(rows).toHaveLength(all.length);
    rows.forEach((row, i) => {
      const e = all[i];
      const first = e.mentions[0].span;
      expect(row).toEqual([
        SOURCE,
        e.name,
        e.type,
        e.role ?? '',
        e.value ?? '',
        e.aliases.join('; '),
        String(e.mentions.length),
        String(first.start),
        String(first.end),
        String(first.line),
        String(first.column),
        e.id,
        e.rule,
      ]);
    });
  });

  it('quotes a field holding a comma', () => {
    expect(stdout).toContain(`${SOURCE},"March 3, 2024",date,,2024-03-03,`);
    expect(stdout).toMatch(/^entities\/kuleba-miller\.txt,Dmytro Kuleba,person,Foreign Minister,,Kuleba,2,/m);
  });

  it.skipIf(!hasCommand('python3'))("parses the same with Python's csv module", () => {
    const script = 'import csv,io,sys,json; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline=""), strict=True))))';
    const result = spawnSync('python3', ['-c', script], { input: stdout, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(parseCsv(stdout));
  });
});

describe('--type', () => {
  const PEOPLE_AND_PLACES = ['Dmytro Kuleba', 'Matthew Miller', 'Paris', 'Washington'];

  it('keeps only entities of the given types, unchanged and in order', async () => {
    const { code, list } = await entitiesJson(['--type', 'person,place']);
    expect(code).toBe(0);
    expect(list).toEqual(all.filter((e) => e.type === 'person' || e.type === 'place'));
    expect(list.map((e) => e.name)).toEqual(PEOPLE_AND_PLACES);
  });

  it('filters the table, and the summary counts what is shown', async () => {
    const result = await entities(['--type', 'person,place']);
    expect(result.code).toBe(0);
    const rows = tableRows(result.stdout);
    expect(rows.map((row) => row[0])).toEqual(PEOPLE_AND_PLACES);
    expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(['person', 'place']));
    expect(result.stderr).toBe('1 file, 4 entities, 0 errors\n');
  });

  it('filters JSON Lines and CSV', async () => {
    const jsonl = await entities(['--type', 'person,place', '--format', 'jsonl']);
    const objects = jsonl.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as EntityJson & { kind: string; counts?: object });
    expect(objects.map((o) => [o.kind, o.name, o.type])).toEqual([
      ['entity', 'Dmytro Kuleba', 'person'],
      ['entity', 'Matthew Miller', 'person'],
      ['entity', 'Paris', 'place'],
      ['entity', 'Washington', 'place'],
      ['document', undefined, undefined],
    ]);
    // The document line counts what is kept.
    expect(objects.at(-1)!.counts).toEqual({ entities: 4 });

    const csv = await entities(['--type', 'person,place', '--format', 'csv']);
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(rows.map((row) => [row[header.indexOf('name')], row[header.indexOf('type')]])).toEqual([
      ['Dmytro Kuleba', 'person'],
      ['Matthew Miller', 'person'],
      ['Paris', 'place'],
      ['Washington', 'place'],
    ]);
  });

  it('takes any case and spaces, and adds up when given twice', async () => {
    const loose = await entitiesJson(['--type', ' Date , PERSON ']);
    expect(loose.list.map((e) => e.type)).toEqual(all.filter((e) => e.type === 'person' || e.type === 'date').map((e) => e.type));
    expect(loose.list.map((e) => e.name)).toContain('March 3, 2024');

    const twice = await entitiesJson(['--type', 'person', '--type', 'place']);
    expect(twice.list.map((e) => e.name)).toEqual(PEOPLE_AND_PLACES);
  });

  it('exits 1 when no entity has the type, with an empty list in JSON', async () => {
    const { code, list } = await entitiesJson(['--type', 'percent']);
    expect(code).toBe(1);
    expect(list).toEqual([]);
    const table = await entities(['--type', 'percent']);
    expect(table.code).toBe(1);
    expect(table.stdout).toBe('');
    expect(table.stderr).toBe('No entities found.\n1 file, 0 entities, 0 errors\n');
  });

  it('filters the entities of `all` and leaves the other kinds alone', async () => {
    const { json, code } = await runJson(['all', SOURCE, '--type', 'place'], WIDE);
    expect(code).toBe(0);
    const [document] = json.documents;
    expect((document.entities as EntityJson[]).map((e) => e.name)).toEqual(['Paris', 'Washington']);
    const everything = await runJson(['all', SOURCE], WIDE);
    expect(document.quotes).toEqual(everything.json.documents[0].quotes);
    expect(document.quotes).not.toEqual([]);
  });

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['an unknown type', ['entities', SOURCE, '--type', 'person,planet'], /unknown entity type 'planet'/],
    ['several unknown types', ['entities', SOURCE, '--type', 'persons,place,thing'], /unknown entity types 'persons', 'thing'/],
    ['an empty list', ['entities', SOURCE, '--type', ' , '], /give at least one entity type/],
    ['an unknown type with all', ['all', SOURCE, '--type', 'people'], /unknown entity type 'people'/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`${what} is a usage error: exit 2, the valid types listed, no output`, async () => {
      const result = await runExtract(args, { cwd: FIXTURES });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain(`valid types: ${ENTITY_TYPES.join(', ')}`);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stdout).toBe('');
    });
  }

  it('on commands that extract no entities, is a usage error that names the commands taking it', async () => {
    for (const command of ['quotes', 'votes']) {
      const result = await runExtract([command, SOURCE, '--type', 'person'], { cwd: FIXTURES });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^error: --type filters entities, which 'extract ${command}' does not extract: use 'extract entities' or 'extract all'$`, 'm'));
      expect(result.stdout).toBe('');
      const help = await runExtract([command, '--help']);
      expect(help.stdout).not.toContain('--type');
    }
  });

  it('is listed, with the valid types, in the help of entities and all', async () => {
    for (const command of ['entities', 'all']) {
      const { stdout, code } = await runExtract([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('--type <list>');
      expect(stdout.replace(/\s+/g, ' ')).toContain(ENTITY_TYPES.join(', '));
    }
  });
});
