// The registry of kinds: every kind brings what the command line and the
// renderers need, and the command line is built from it.

import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { KIND_NAMES, KINDS, kindNamed, loadExtraction } from '../../src/extract/registry.js';
import { FACT_KINDS } from '../../src/facts.js';
import { createDocument } from '../../src/text/document.js';
import { sampleFacts, TEXT } from '../render/facts.js';
import { runExtract } from './run-extract.js';

describe('the registry of kinds', () => {
  it('lists each kind of DocumentFacts once, in output order', () => {
    expect(KIND_NAMES).toEqual([...FACT_KINDS]);
    for (const name of KIND_NAMES) expect(kindNamed(name).name).toBe(name);
    expect(() => kindNamed('nonsense' as never)).toThrow(/no kind of fact/);
  });

  for (const kind of KINDS) {
    describe(kind.name, () => {
      const facts = sampleFacts()[kind.name];

      it('has a singular and help text', () => {
        expect(kind.singular).toMatch(/^[a-z]+$/);
        expect(kind.singular).not.toBe(kind.name);
        expect(kind.summary.length).toBeGreaterThan(10);
      });

      it('has a table: one cell per column, with and without --explain', () => {
        expect(kind.table.columns.length).toBeGreaterThan(0);
        for (const explain of [false, true]) {
          const row = kind.table.row(facts[0], 'a.txt', { explain });
          expect(row).toHaveLength(kind.table.columns.length);
          const rules = row.flatMap((cell) => cell.explain ?? []);
          expect(rules.length > 0).toBe(explain);
        }
      });

      it('has CSV columns, with unique names, source first and the rule', () => {
        const names = kind.csv.map((column) => column.name);
        expect(names[0]).toBe('source');
        expect(new Set(names).size).toBe(names.length);
        expect(names).toContain('rule');
        for (const column of kind.csv) expect(['string', 'number', 'undefined', 'object']).toContain(typeof column.value(facts[0], 'a.txt'));
      });

      it('loads its extractor on request', async () => {
        expect(typeof (await kind.load())).toBe('function');
      });
    });
  }
});

describe('loadExtraction', () => {
  it('runs the kinds it loaded, in output order, or the subset asked for', async () => {
    const extract = await loadExtraction(['votes', 'quotes']);
    const doc = createDocument('a.txt', TEXT);
    expect(Object.keys(extract(doc))).toEqual(['source', 'quotes', 'votes']);
    expect(Object.keys(extract(doc, ['votes']))).toEqual(['source', 'votes']);
  });
});

describe('the command line reads the registry', () => {
  const extracting = () => buildProgram('0.0.0').commands.filter((command) => command.name() !== 'help');

  it('has one command per kind with its summary, then all, then help', () => {
    const commands = buildProgram('0.0.0').commands.map((command) => [command.name(), command.summary()]);
    expect(commands).toEqual([...KINDS.map((kind) => [kind.name, kind.summary]), ['all', `every kind of fact: ${KIND_NAMES.join(', ')}`], ['help', '']]);
  });

  it('--explain is an option of every extracting command', () => {
    for (const command of extracting()) expect(command.options.map((option) => option.long)).toContain('--explain');
  });

  // A loader hook prints each module the command loads.
  it('--help loads no extractor, no document reading and not compromise', async () => {
    const hook = 'export async function load(url, context, next) { if (url.startsWith("file:")) process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }';
    const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const result = await runExtract(['--help'], { nodeOptions: ['--import', `data:text/javascript,${encodeURIComponent(register)}`] });
    expect(result.code).toBe(0);
    const loaded = result.stderr.split('\n').filter((line) => line.startsWith('LOADED '));
    expect(loaded.some((line) => line.endsWith('/dist/extract/registry.js'))).toBe(true);
    const heavy = loaded.filter((line) => /\/extract\/\w+\/(?!kind\.js)|\/reading\/|\/lexicon\/|compromise/.test(line));
    expect(heavy).toEqual([]);
  });
});
