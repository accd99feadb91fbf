import { describe, expect, it } from 'vitest';
import { argumentBytes, inputsAsGiven } from '../../src/cli/argument-bytes.js';

const cmdline = (...args: Array<string | Buffer>) => Buffer.concat(args.flatMap((arg) => [Buffer.from(arg), Buffer.from([0])]));
const ODD = Buffer.from([0x61, 0xff, 0x2e, 0x74, 0x78, 0x74]);

describe('argumentBytes', () => {
  it('takes the last arguments of /proc/self/cmdline, those after node, its options and the script', () => {
    const raw = cmdline('node', '--no-warnings', '/usr/bin/extract', 'quotes', ODD, '');
    const args = argumentBytes(raw, ['/usr/bin/node', '/usr/bin/extract', 'quotes', ODD.toString('utf8'), '']);
    expect(args?.map((arg) => arg.toString('latin1'))).toEqual(['quotes', ODD.toString('latin1'), '']);
  });

  it('gives nothing when the bytes do not read as the arguments Node has', () => {
    expect(argumentBytes(cmdline('node', 'x', 'quotes', 'b.txt'), ['node', 'x', 'quotes', 'a.txt'])).toBeNull();
    expect(argumentBytes(cmdline('node'), ['node', 'x', 'quotes'])).toBeNull();
  });
});

describe('inputsAsGiven', () => {
  it('gives an input holding U+FFFD its bytes, matching inputs to arguments in order', () => {
    const other = Buffer.from([0x61, 0xfe, 0x2e, 0x74, 0x78, 0x74]);
    const args = [Buffer.from('quotes'), Buffer.from('--stdin-filename'), Buffer.from('x.txt'), ODD, Buffer.from('b.txt'), other];
    const inputs = [ODD.toString('utf8'), 'b.txt', other.toString('utf8')];
    expect(inputsAsGiven(inputs, args)).toEqual([ODD, 'b.txt', other]);
  });

  it('leaves a real U+FFFD in a name as it is', () => {
    expect(inputsAsGiven(['\ufffd.txt'], [Buffer.from('\ufffd.txt')])).toEqual(['\ufffd.txt']);
  });
});
