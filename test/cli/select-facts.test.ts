import { describe, expect, it } from 'vitest';
import type { DocumentFacts, Entity } from '../../src/facts.js';
import { selectFacts } from '../../src/run.js';

const span = { start: 0, end: 1, line: 1, column: 1 };
const entity = (name: string, type: Entity['type']): Entity => ({ id: name, name, type, aliases: [], mentions: [{ text: name, span }], rule: 'entity.test' });

describe('selectFacts', () => {
  const facts: DocumentFacts = {
    source: 'a.txt',
    quotes: [],
    entities: [entity('Ann Lee', 'person'), entity('Oslo', 'place'), entity('UN', 'organization'), entity('Bo Ek', 'person')],
  };

  it('keeps every fact when no type is given', () => {
    expect(selectFacts(facts, undefined)).toBe(facts);
  });

  it('keeps only entities of the given types, in order, and leaves the other kinds and the input alone', () => {
    const before = structuredClone(facts);
    const selected = selectFacts(facts, ['place', 'person']);
    expect(selected.entities!.map((e) => e.name)).toEqual(['Ann Lee', 'Oslo', 'Bo Ek']);
    expect(selected.quotes).toBe(facts.quotes);
    expect(selected.source).toBe('a.txt');
    expect(facts).toEqual(before);
  });

  it('adds no entities key to a document that has none', () => {
    expect(selectFacts({ source: 'b.txt', quotes: [] }, ['person'])).toEqual({ source: 'b.txt', quotes: [] });
  });
});
