import { describe, expect, it } from 'vitest';
import type { DocumentFacts, InputError } from '../../src/facts.js';
import { createRenderer } from '../../src/render/index.js';
import { sampleFacts } from './facts.js';

const options = { kinds: ['quotes', 'entities', 'votes'] as const, allKinds: true, width: 100, colorLevel: 0 as const };

function render(documents: DocumentFacts[], errors: InputError[]): string {
  const renderer = createRenderer('json', options);
  return renderer.start() + documents.map((d) => renderer.document(d)).join('') + renderer.end(errors);
}

describe('json renderer', () => {
  const errors = [{ source: 'gone.txt', code: 'ENOENT', message: 'no such file or directory' }];

  it('streams exactly the bytes of JSON.stringify(output, null, 2) and a newline', () => {
    const documents = [sampleFacts('a.txt'), { source: 'empty.txt', quotes: [] }, sampleFacts('b.txt')];
    const expected = `${JSON.stringify({ schema: 'extract/v1', documents, errors }, null, 2)}\n`;
    expect(render(documents, errors)).toBe(expected);
  });

  it('handles no documents and no errors', () => {
    expect(render([], [])).toBe(`${JSON.stringify({ schema: 'extract/v1', documents: [], errors: [] }, null, 2)}\n`);
    expect(render([], errors)).toBe(`${JSON.stringify({ schema: 'extract/v1', documents: [], errors }, null, 2)}\n`);
  });
});
