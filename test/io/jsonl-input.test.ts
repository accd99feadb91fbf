// The JSON Lines reader (`--input jsonl`): records in, one item per line, in order.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../src/io/inputs.js';
import { JSONL_EXTENSIONS, readRecordFile, readRecords, recordItem } from '../../src/io/jsonl-input.js';
import { suiteTempDir } from '../cli/run-extract.js';

const dir = suiteTempDir();

const MAX = 1024 * 1024;

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const all: InputItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** A byte stream of these chunks, as stdin or a file gives. */
const bytesOf = (...chunks: Array<string | number[]>) =>
  Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))));

describe('readRecords', () => {
  it('gives one text item per record, with its id as source and the record without its text', async () => {
    const stream = bytesOf(
      '{"id": 17, "text": "Pell Anwick opened the ferry.", "lang": "en"}\n',
      '{"id": "story-b", "text": "Nothing happened.", "tags": ["x"], "meta": {"page": 2}}\n',
    );
    expect(await collect(readRecords(stream, 'in.jsonl', MAX))).toEqual([
      { type: 'text', source: '17', text: 'Pell Anwick opened the ferry.', record: { id: 17, lang: 'en' }, line: 1 },
      { type: 'text', source: 'story-b', text: 'Nothing happened.', record: { id: 'story-b', tags: ['x'], meta: { page: 2 } }, line: 2 },
    ]);
  });

  it('names a record without an id (or with a null one) by its input and line', async () => {
    const stream = bytesOf('{"text": "One."}\n{"id": null, "text": "Two."}\n');
    const items = await collect(readRecords(stream, 'feed.ndjson', MAX));
    expect(items.map((item) => item.type === 'text' && item.source)).toEqual(['feed.ndjson:1', 'feed.ndjson:2']);
  });

  it('skips blank lines, counting them in line numbers; CRLF ends a line; a leading BOM is dropped', async () => {
    const stream = bytesOf('\ufeff{"id": 1, "text": "A."}\r\n\r\n   \n\t\n{"id": 2, "text": "B."}\r\n');
    const items = await collect(readRecords(stream, '-', MAX));
    expect(items.map((item) => [item.type === 'text' && item.text, item.line])).toEqual([
      ['A.', 1],
      ['B.', 5],
    ]);
  });

  it('keeps a multi-byte character split between chunks, and raw U+2028 inside a record', async () => {
    const line = Buffer.from('{"id": 3, "text": "Zoë said\u2028hello"}\n');
    const cut = line.indexOf(0xc3) + 1;
    const items = await collect(readRecords(Readable.from([line.subarray(0, cut), line.subarray(cut)]), '-', MAX));
    expect(items).toEqual([{ type: 'text', source: '3', text: 'Zoë said\u2028hello', record: { id: 3 }, line: 1 }]);
  });

  it('turns each unusable line into an error item at its place, and goes on', async () => {
    const stream = bytesOf(
      '{"id": 1, "text": "Fine."}\n',
      '{"id": 2, "text": "cut short\n',
      '["an", "array"]\n',
      '42\n',
      '{"id": "no-text", "body": "x"}\n',
      '{"id": 6, "text": 12}\n',
      '{"id": 7, "text": "Also fine."}\n',
    );
    const items = await collect(readRecords(stream, 'in.jsonl', MAX));
    expect(items).toEqual([
      { type: 'text', source: '1', text: 'Fine.', record: { id: 1 }, line: 1 },
      { type: 'error', error: { source: 'in.jsonl:2', code: 'BAD_RECORD', message: 'not valid JSON' }, record: undefined, line: 2 },
      { type: 'error', error: { source: 'in.jsonl:3', code: 'BAD_RECORD', message: 'not a JSON object but an array' }, record: undefined, line: 3 },
      { type: 'error', error: { source: 'in.jsonl:4', code: 'BAD_RECORD', message: 'not a JSON object but a number' }, record: undefined, line: 4 },
      { type: 'error', error: { source: 'in.jsonl:5', code: 'BAD_RECORD', message: 'no "text" field' }, record: { id: 'no-text', body: 'x' }, line: 5 },
      { type: 'error', error: { source: 'in.jsonl:6', code: 'BAD_RECORD', message: '"text" is a number, not a string' }, record: { id: 6 }, line: 6 },
      { type: 'text', source: '7', text: 'Also fine.', record: { id: 7 }, line: 7 },
    ]);
  });

  it('applies --max-size to each record’s text, in UTF-8 bytes', async () => {
    // "éé" is 4 bytes, "ééé" 6: over a 5-byte limit.
    const stream = bytesOf('{"id": "a", "text": "éé"}\n{"id": "b", "text": "ééé", "n": 1}\n');
    const items = await collect(readRecords(stream, '-', 5));
    expect(items).toEqual([
      { type: 'text', source: 'a', text: 'éé', record: { id: 'a' }, line: 1 },
      {
        type: 'error',
        error: { source: '-:2', code: 'TOO_LARGE', message: 'text is 6 B, over the 5 B limit, skipped (raise it with --max-size)' },
        record: { id: 'b', n: 1 },
        line: 2,
      },
    ]);
  });

  it('reads invalid UTF-8 as U+FFFD with a warning, as for text inputs', async () => {
    const stream = bytesOf([...Buffer.from('{"id": 1, "text": "caf'), 0xe9, ...Buffer.from('"}\n')]);
    const [item] = await collect(readRecords(stream, 'in.jsonl', MAX));
    expect(item).toEqual({
      type: 'text',
      source: '1',
      text: 'caf\ufffd',
      record: { id: 1 },
      line: 1,
      warning: { source: 'in.jsonl:1', code: 'INVALID_UTF8', message: 'invalid UTF-8, the bad bytes were read as U+FFFD' },
    });
  });

  it('yields a record as soon as its line has arrived, before the input ends', async () => {
    const stream = new Readable({ read() {} });
    const items = readRecords(stream, '-', MAX);
    stream.push('{"id": 1, "text": "First."}\n{"id": 2, "te');
    const first = await items.next();
    expect(first.value).toMatchObject({ type: 'text', source: '1', line: 1 });
    stream.push('xt": "Second."}\n');
    stream.push(null);
    expect((await items.next()).value).toMatchObject({ type: 'text', source: '2', text: 'Second.' });
    expect((await items.next()).done).toBe(true);
  });
});

describe('recordItem', () => {
  it('keeps ids of any JSON type in the record; the source is the id as a string', () => {
    expect(recordItem('{"id": [1, "b"], "text": "x"}', 'f', 9, MAX)).toMatchObject({ source: '[1,"b"]', record: { id: [1, 'b'] } });
    expect(recordItem('{"id": true, "text": "x"}', 'f', 9, MAX)).toMatchObject({ source: 'true', record: { id: true } });
  });
});

describe('files and folders', () => {
  it('a missing file is one error item', async () => {
    const items = await collect(readRecordFile(join(dir.path, 'gone.jsonl'), MAX));
    expect(items).toEqual([{ type: 'error', error: { source: join(dir.path, 'gone.jsonl'), code: 'ENOENT', message: 'no such file or directory' } }]);
  });

  it('readInputs with format jsonl reads every line of files, folders (by extension) and stdin, in order', async () => {
    await mkdir(join(dir.path, 'feed'));
    await writeFile(join(dir.path, 'feed', 'a.jsonl'), '{"id": "a1", "text": "x"}\n{"id": "a2", "text": "y"}\n');
    await writeFile(join(dir.path, 'feed', 'b.NDJSON'), '{"id": "b1", "text": "z"}\n');
    await writeFile(join(dir.path, 'feed', 'notes.txt'), 'not a record');
    const single = join(dir.path, 'single.json');
    await writeFile(single, '{"id": "s1", "text": "w"}');
    const items = await collect(
      readInputs([join(dir.path, 'feed'), single, '-'], {
        format: 'jsonl',
        extensions: JSONL_EXTENSIONS,
        maxBytes: MAX,
        stdinName: 'piped',
        stdin: bytesOf('{"text": "v"}\n'),
      }),
    );
    expect(items.map((item) => item.type === 'text' && item.source)).toEqual(['a1', 'a2', 'b1', 's1', 'piped:1']);
  });

  it('a folder without JSON Lines files is NO_INPUT', async () => {
    await mkdir(join(dir.path, 'plain'));
    await writeFile(join(dir.path, 'plain', 'a.txt'), 'text');
    const options = { format: 'jsonl' as const, extensions: JSONL_EXTENSIONS, maxBytes: MAX, stdinName: '-', stdin: bytesOf() };
    expect(await collect(readInputs([join(dir.path, 'plain')], options))).toEqual([
      { type: 'error', error: { source: join(dir.path, 'plain'), code: 'NO_INPUT', message: 'no JSON Lines files (.jsonl, .ndjson) in this folder' } },
    ]);
  });
});
