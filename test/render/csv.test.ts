import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/render/csv.js';
import { createRenderer } from '../../src/render/index.js';
import { sampleFacts } from './facts.js';
import { parseCsv } from './parse-csv.js';

describe('csvField', () => {
  it('quotes only when needed, doubling quote marks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('writes text that a spreadsheet would run as a formula with a leading quote (OWASP), numbers as they are', () => {
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField('+44 20')).toBe("'+44 20");
    expect(csvField('-1 vote')).toBe("'-1 vote");
    expect(csvField('@mention')).toBe("'@mention");
    expect(csvField('\tindented')).toBe("'\tindented");
    expect(csvField('\rreturn')).toBe('"\'\rreturn"');
    expect(csvField('=a,b')).toBe('"\'=a,b"');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-1)).toBe('-1');
  });
});

function render(kinds: Array<'quotes' | 'entities' | 'votes'>, allKinds: boolean, bom = false): string {
  const renderer = createRenderer('csv', { kinds, allKinds, width: 100, colorLevel: 0, bom });
  return renderer.start() + renderer.document(sampleFacts()) + renderer.end([{ source: 'x', code: 'ENOENT', message: 'm' }]);
}

describe('csv renderer', () => {
  it('one kind: a header and one row per fact, CRLF ends, fields as in the facts', () => {
    const out = render(['quotes'], false);
    expect(out.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(out);
    expect(header).toEqual([
      'source', 'quote_kind', 'text', 'start', 'end', 'line', 'column', 'speaker', 'speaker_type', 'speaker_role',
      'speaker_members', 'speaker_mention', 'cue', 'confidence', 'rule', 'speaker_rule', 'speaker_entity',
    ]);
    const facts = sampleFacts();
    expect(rows).toEqual([
      [
        'news/a.txt', 'direct', facts.quotes[0].text, '24', '48', '2', '2', 'Jane Smith', 'person', 'leader of the Party', '', 'Jane Smith', 'said', '0.9',
        'quote.after.cue-subject', 'speaker.entity', 'e1',
      ],
      [
        'news/a.txt', 'block', 'Vote, "count", results', '0', '22', '1', '1', 'Party', 'group', '', 'Jane Smith; Tom Becker', '', '', '0.5',
        'quote.block.signature', 'speaker.group', '',
      ],
    ]);
  });

  it('with bom, starts with a byte-order mark and is otherwise the same', () => {
    expect(render(['quotes'], false, true)).toBe(`\ufeff${render(['quotes'], false)}`);
  });

  it('all kinds: one table, a kind column first and the union of the columns', () => {
    const [header, ...rows] = parseCsv(render(['quotes', 'entities', 'votes'], true));
    expect(header.slice(0, 3)).toEqual(['kind', 'source', 'quote_kind']);
    expect(new Set(header).size).toBe(header.length);
    for (const name of ['name', 'aliases', 'mentions', 'body', 'for', 'against', 'abstain', 'outcome', 'voters_for']) expect(header).toContain(name);
    const get = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows.map((row) => get(row, 'kind'))).toEqual(['quote', 'quote', 'entity', 'entity', 'vote']);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const [, , entity, , vote] = rows;
    expect([get(entity, 'name'), get(entity, 'aliases'), get(entity, 'mentions'), get(entity, 'line'), get(entity, 'quote_kind')]).toEqual([
      'Jane Smith', 'Smith; J. Smith', '1', '2', '',
    ]);
    expect([get(vote, 'body'), get(vote, 'for'), get(vote, 'against'), get(vote, 'abstain'), get(vote, 'absent'), get(vote, 'subject')]).toEqual([
      'council', '13', '1', '1', '', '',
    ]);
    expect(get(vote, 'line')).toBe('3');
  });

  it('carries each fact\'s rule and entity links', () => {
    const [header, ...rows] = parseCsv(render(['quotes', 'entities', 'votes'], true));
    const get = (row: string[], name: string) => row[header.indexOf(name)];
    const [quote, group, entity, council, vote] = rows;
    expect(['rule', 'speaker_rule', 'speaker_entity'].map((name) => get(quote, name))).toEqual(['quote.after.cue-subject', 'speaker.entity', 'e1']);
    expect(get(group, 'speaker_entity')).toBe('');
    expect(['id', 'rule'].map((name) => get(entity, name))).toEqual(['e1', 'entity.title']);
    expect(get(council, 'id')).toBe('e2');
    expect(['rule', 'body_entity'].map((name) => get(vote, name))).toEqual(['vote.count.dash', 'e2']);
    // Item by item beside the voters: Tom Becker resolves to no entity.
    expect(['voters_for', 'voter_entities_for', 'voter_entities_against'].map((name) => get(vote, name))).toEqual([
      'Jane Smith; Tom Becker', 'e1; ', '',
    ]);
  });
});
