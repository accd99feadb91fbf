// The library as a program calls it: `extract(text)` and `extractFiles(paths)`
// from the package's entry, in process. The facts are those of the JSON output.

import { readFile, symlink, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractFiles, ENTITY_TYPES, FACT_KINDS, type Quote } from '../../src/index.js';
import { FIXTURES, locatedObjects, runJson, suiteTempDir } from '../cli/run-extract.js';

const NEWS = join(FIXTURES, 'news');
const TEXT = '“We will reopen the pier by May,” said Harriet Quell, the harbour master of Lowmere. The Lowmere council voted 7-2 on Tuesday to pay for it.';

const dir = suiteTempDir();

describe('extract(text)', () => {
  it('gives every kind by default, with spans into the text itself', async () => {
    const doc = await extract(TEXT);
    expect(Object.keys(doc)).toEqual(['source', ...FACT_KINDS]);
    expect(doc.source).toBe('-');
    const quote: Quote = doc.quotes[0];
    expect(quote).toMatchObject({ text: 'We will reopen the pier by May,', kind: 'direct', speaker: { name: 'Harriet Quell', type: 'person' } });
    expect(doc.votes[0].counts).toEqual({ for: 7, against: 2, abstain: null, absent: null });
    const located = locatedObjects(doc);
    expect(located.length).toBeGreaterThan(3);
    for (const piece of located) expect(TEXT.slice(piece.span.start, piece.span.end)).toBe(piece.text);
  });

  it('gives only the kinds asked for, in output order, and the entity types asked for', async () => {
    const doc = await extract(TEXT, { kinds: ['votes', 'quotes'], source: 'pier.txt' });
    expect(Object.keys(doc)).toEqual(['source', 'quotes', 'votes']);
    expect(doc.source).toBe('pier.txt');
    const people = await extract(TEXT, { kinds: ['entities'], entityTypes: ['person'] });
    expect(people.entities.map((entity) => [entity.name, entity.type])).toEqual([['Harriet Quell', 'person']]);
  });

  it('gives the facts the command gives for the same text', async () => {
    const file = join(dir.path, 'pier.txt');
    await writeFile(file, TEXT);
    const { json } = await runJson(['all', file]);
    expect(await extract(TEXT, { source: file })).toEqual(json.documents[0]);
  });

  it('rejects options it does not know, saying what is allowed', async () => {
    await expect(extract(TEXT, { kinds: ['quote' as never] })).rejects.toThrow(/unknown kinds 'quote'; valid: quotes, entities, votes/);
    await expect(extract(TEXT, { kinds: [] })).rejects.toThrow(/kinds is empty/);
    await expect(extract(TEXT, { entityTypes: ['people' as never] })).rejects.toThrow(new RegExp(`valid: ${ENTITY_TYPES.join(', ')}`));
    await expect(extract(42 as never)).rejects.toThrow(TypeError);
  });
});

describe('extractFiles(paths)', () => {
  it('is the JSON output of `extract all`, errors included', async () => {
    const { json } = await runJson(['all', NEWS, 'no-such.txt']);
    const result = await extractFiles([NEWS, 'no-such.txt']);
    expect(result).toEqual(json);
  });

  it('takes the command\'s options: kinds, entity types, extensions, size limit, jobs', async () => {
    const quotes = await extractFiles([NEWS], { kinds: ['quotes'], extensions: ['TXT'] });
    expect(quotes.documents.map((doc) => [doc.source, Object.keys(doc)])).toEqual([[join(NEWS, 'council-vote.txt'), ['source', 'quotes']]]);
    const places = await extractFiles([NEWS], { kinds: ['entities'], entityTypes: ['place'] });
    expect(places.documents.flatMap((doc) => doc.entities.map((entity) => entity.type)).every((type) => type === 'place')).toBe(true);
    const small = await extractFiles([NEWS], { maxSize: 10 });
    expect(small.documents).toEqual([]);
    expect(small.errors.map((error) => error.code)).toEqual(['TOO_LARGE', 'TOO_LARGE', 'TOO_LARGE']);
    const threads = await extractFiles([NEWS], { jobs: 2 });
    expect(threads).toEqual(await extractFiles([NEWS], { jobs: 1 }));
  });

  it('follows links inside folders only when asked', async () => {
    await mkdir(join(dir.path, 'desk'));
    await writeFile(join(dir.path, 'far.txt'), await readFile(join(FIXTURES, 'quotes', 'jane-smith.txt')));
    await symlink(join(dir.path, 'far.txt'), join(dir.path, 'desk', 'linked.txt'));
    await writeFile(join(dir.path, 'desk', 'README.md'), 'Notes on this folder.\n');
    expect((await extractFiles([join(dir.path, 'desk')])).errors.map((error) => error.code)).toEqual(['NO_INPUT']);
    const followed = await extractFiles([join(dir.path, 'desk')], { follow: true });
    expect(followed.documents.map((doc) => doc.source)).toEqual([join(dir.path, 'desk', 'linked.txt')]);
  });

  it('rejects bad options', async () => {
    await expect(extractFiles('news' as never)).rejects.toThrow(TypeError);
    await expect(extractFiles([NEWS], { jobs: 0 })).rejects.toThrow(/jobs must be a whole number/);
    await expect(extractFiles([NEWS], { maxSize: 'lots' })).rejects.toThrow(/maxSize/);
    await expect(extractFiles([NEWS], { extensions: [' '] })).rejects.toThrow(/extensions is empty/);
  });
});
