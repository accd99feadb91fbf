import { describe, expect, it } from 'vitest';
import { fromSystemError } from '../../src/io/errors.js';

describe('fromSystemError', () => {
  it('keeps the code and gives a short message without the absolute path', () => {
    const err = Object.assign(new Error("EACCES: permission denied, open '/home/someone/secret.txt'"), { code: 'EACCES' });
    expect(fromSystemError('secret.txt', err)).toEqual({ source: 'secret.txt', code: 'EACCES', message: 'permission denied' });
  });

  it('takes the text of an unlisted error up to its path', () => {
    const err = Object.assign(new Error("ESTALE: stale file handle, open '/mnt/x.txt'"), { code: 'ESTALE' });
    expect(fromSystemError('x.txt', err)).toEqual({ source: 'x.txt', code: 'ESTALE', message: 'stale file handle' });
  });

  it('an error without a code is an EIO', () => {
    expect(fromSystemError('x.txt', new Error('something broke'))).toEqual({ source: 'x.txt', code: 'EIO', message: 'input/output error' });
  });
});
