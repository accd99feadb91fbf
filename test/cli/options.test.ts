import { afterEach, describe, expect, it } from 'vitest';
import { parseEntityTypes, parseExtensions, tableWidth } from '../../src/cli/options.js';
import { ENTITY_TYPES } from '../../src/facts.js';
import { errorLine, internalErrorText, summaryLine } from '../../src/cli/stderr.js';

describe('tableWidth', () => {
  it('prefers the terminal, then COLUMNS, then 100', () => {
    expect(tableWidth(132, '80')).toBe(132);
    expect(tableWidth(undefined, '80')).toBe(80);
    expect(tableWidth(undefined, 'wide')).toBe(100);
    expect(tableWidth(undefined, undefined)).toBe(100);
  });
});

describe('parseExtensions', () => {
  it('lower-cases, drops dots, blanks and repeats', () => {
    expect(parseExtensions('TXT, .md,,txt')).toEqual(['txt', 'md']);
  });
  it('rejects an empty list and slashes', () => {
    expect(() => parseExtensions(' , ')).toThrow(/at least one/);
    expect(() => parseExtensions('a/b')).toThrow(/slash/);
  });
});

describe('parseEntityTypes', () => {
  it('lower-cases, trims, drops blanks and repeats', () => {
    expect(parseEntityTypes('Person, place,,PERSON')).toEqual(['person', 'place']);
  });
  it('accepts every type of the contract', () => {
    expect(parseEntityTypes(ENTITY_TYPES.join(','))).toEqual([
      'person', 'organization', 'place', 'nationality', 'date', 'money', 'percent', 'quantity', 'event', 'work', 'other',
    ]);
  });
  it('names the unknown types and lists the valid ones', () => {
    expect(() => parseEntityTypes('person,organisation')).toThrow(/^unknown entity type 'organisation'; valid types: person, organization, place,/);
    expect(() => parseEntityTypes('a,b')).toThrow(/unknown entity types 'a', 'b'/);
    expect(() => parseEntityTypes(' , ')).toThrow(/give at least one entity type/);
  });
  it('does not take names inherited by every object', () => {
    expect(() => parseEntityTypes('constructor')).toThrow(/unknown entity type 'constructor'/);
  });
});

describe('stderr lines', () => {
  const debug = process.env.DEBUG;
  afterEach(() => {
    if (debug === undefined) delete process.env.DEBUG;
    else process.env.DEBUG = debug;
  });

  it('errors and warnings name the source and the code', () => {
    expect(errorLine({ source: 'a.txt', code: 'ENOENT', message: 'no such file or directory' })).toBe(
      'extract: a.txt: no such file or directory (ENOENT)',
    );
    expect(errorLine({ source: 'b.txt', code: 'INVALID_UTF8', message: 'bad bytes' })).toBe('extract: warning: b.txt: bad bytes (INVALID_UTF8)');
  });

  it('the summary counts files, each kind and errors, in the singular when one', () => {
    expect(summaryLine(3, { quotes: 12, entities: 1, votes: 0 }, ['quotes', 'entities', 'votes'], 0)).toBe(
      '3 files, 12 quotes, 1 entity, 0 votes, 0 errors',
    );
    expect(summaryLine(1, { quotes: 1, entities: 0, votes: 0 }, ['quotes'], 1)).toBe('1 file, 1 quote, 1 error');
  });

  it('an internal error is one line, with the stack only under DEBUG=extract', () => {
    delete process.env.DEBUG;
    expect(internalErrorText(new Error('boom\nmore'), 'a.txt')).toBe('extract: internal error: a.txt: boom\n');
    process.env.DEBUG = 'other,extract';
    const text = internalErrorText(new Error('boom'));
    expect(text.startsWith('extract: internal error: boom\n')).toBe(true);
    expect(text).toMatch(/^\s+at /m);
  });
});
