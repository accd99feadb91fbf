import { describe, expect, it } from 'vitest';
import type { Output } from '../../src/io/output.js';
import { Spool } from '../../src/io/spool.js';

function memoryOutput(): Output & { text: string } {
  return { text: '', closed: false, failure: null, async write(t) { this.text += t; }, async close() {} };
}

describe('Spool', () => {
  it('gives back small output in order', async () => {
    const spool = new Spool();
    spool.append('one ');
    spool.append('');
    spool.append('two');
    const out = memoryOutput();
    await spool.writeTo(out);
    expect(out.text).toBe('one two');
  });

  it('keeps large output in a file and gives it back whole, multi-byte characters included', async () => {
    const spool = new Spool();
    // Odd-length pieces of 1-, 2-, 3- and 4-byte characters land across every chunk boundary.
    const piece = 'aé€\u{1F600}'.repeat(997) + '\n';
    let expected = '';
    for (let i = 0; i < 1500; i++) {
      spool.append(piece);
      expected += piece;
    }
    const out = memoryOutput();
    await spool.writeTo(out);
    expect(out.text.length).toBe(expected.length);
    expect(out.text === expected).toBe(true);
  });
});
