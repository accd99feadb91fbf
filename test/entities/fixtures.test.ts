// Fixture cases for the entity extractor: each folder under
// test/fixtures/entities holds an input.txt and a hand-written expected.json
// listing entities that must be found (type, name, and where given aliases,
// role, value and the number of mentions) and names that must not be entities.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/facts.js';
import { createDocument } from '../../src/text/document.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { readingOf } from '../../src/reading/index.js';

interface ExpectedEntity {
  type: Entity['type'];
  name: string;
  aliases?: string[];
  role?: string;
  value?: string;
  mentions?: number;
}

interface Expected {
  about: string;
  entities: ExpectedEntity[];
  must_not?: string[];
}

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/entities');
const cases = fs
  .readdirSync(ROOT)
  .filter((name) => fs.existsSync(path.join(ROOT, name, 'expected.json')))
  .sort();

function load(name: string) {
  const text = fs.readFileSync(path.join(ROOT, name, 'input.txt'), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
  return { doc: readingOf(createDocument(`${name}/input.txt`, text)), expected };
}

const describeEntity = (e: Entity) => `${e.type} ${JSON.stringify(e.name)} aliases=${JSON.stringify(e.aliases)}${e.role ? ` role=${JSON.stringify(e.role)}` : ''}`;

describe('entity fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  for (const name of cases) {
    describe(name, () => {
      const { doc, expected } = load(name);
      const entities = extractEntities(doc);

      for (const want of expected.entities) {
        it(`finds the ${want.type} ${JSON.stringify(want.name)}`, () => {
          const found = entities.find((e) => e.type === want.type && e.name === want.name);
          expect(found, `not among:\n${entities.map(describeEntity).join('\n')}`).toBeDefined();
          if (want.aliases) expect(found!.aliases).toEqual(expect.arrayContaining(want.aliases));
          if (want.role !== undefined) expect(found!.role).toBe(want.role);
          if (want.value !== undefined) expect(found!.value).toBe(want.value);
          if (want.mentions !== undefined) expect(found!.mentions).toHaveLength(want.mentions);
        });
      }

      if (expected.must_not?.length) {
        it('finds none of the names that are no entities', () => {
          const names = new Set(entities.flatMap((e) => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]));
          for (const wrong of expected.must_not!) expect(names.has(wrong), wrong).toBe(false);
        });
      }

      it('gives exact spans and bare names', () => {
        for (const e of entities) {
          for (const m of e.mentions) {
            expect(doc.text.slice(m.span.start, m.span.end)).toBe(m.text);
            if (e.type !== 'date' && e.type !== 'money' && e.type !== 'percent' && e.type !== 'quantity') {
              expect(m.text).not.toMatch(/^(the|The)\s/);
              expect(m.text).not.toMatch(/['’]s$/);
              expect(m.text).not.toMatch(/^[\s,.;:()“”"']|[\s,;:()“”"']$/);
            }
          }
        }
      });

      it('orders entities by first mention and mentions by position', () => {
        const firsts = entities.map((e) => e.mentions[0].span.start);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
        for (const e of entities) {
          const starts = e.mentions.map((m) => m.span.start);
          expect(starts).toEqual([...starts].sort((a, b) => a - b));
        }
      });
    });
  }
});

describe('asking twice', () => {
  it('reads a document once, and a copy the same way', () => {
    const { doc } = load('seed-article');
    const first = doc.entities;
    expect(readingOf(doc.doc).entities).toBe(first);
    const copy = readingOf(createDocument(doc.source, doc.text));
    expect(JSON.stringify(extractEntities(copy))).toBe(JSON.stringify(first));
  });
});

describe('coreference', () => {
  const { doc } = load('seed-article');

  it('resolves a surname to the person, a short form to the organisation, an alias to the place', () => {
    const merging = load('merging').doc;
    expect(merging.coreference.byName('Miller')?.name).toBe('Matthew Miller');
    expect(merging.coreference.byName('the Council')?.name).toBe('UN Security Council');
    expect(merging.coreference.byName('U.S.', ['place'])?.name).toBe('United States');
    expect(merging.coreference.byName('WHO')?.name).toBe('World Health Organization');
    expect(merging.coreference.byName('Nobody Known')).toBeUndefined();
    expect(doc.coreference.byName('Kuleba', ['person'])?.role).toBe('Ukrainian Foreign Minister');
  });

  it('finds the entity at a span', () => {
    const start = doc.text.indexOf('Vassili Nebenzia');
    expect(doc.coreference.entityAt(start, start + 'Vassili Nebenzia'.length)?.role).toBe('Russian Ambassador');
    // Overlapping a mention is enough: "Nebenzia justified" names him too.
    expect(doc.coreference.entityAt(start + 8, start + 30)?.name).toBe('Vassili Nebenzia');
    expect(doc.coreference.entityAt(0, 0)).toBeUndefined();
  });
});
