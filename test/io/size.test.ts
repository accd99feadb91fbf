import { describe, expect, it } from 'vitest';
import { formatSize, parseSize } from '../../src/io/size.js';

describe('parseSize', () => {
  it('reads bytes and binary suffixes, with or without B/iB, any case', () => {
    expect(parseSize('123')).toBe(123);
    expect(parseSize('1k')).toBe(1024);
    expect(parseSize('1KB')).toBe(1024);
    expect(parseSize('50M')).toBe(50 * 1024 ** 2);
    expect(parseSize('50MiB')).toBe(50 * 1024 ** 2);
    expect(parseSize('1.5g')).toBe(1.5 * 1024 ** 3);
    expect(parseSize(' 2 mb ')).toBe(2 * 1024 ** 2);
  });

  it('rejects what is not a size', () => {
    for (const value of ['', 'M', '-1', '1T', 'ten', '1..5k', '0x10']) expect(parseSize(value)).toBeNull();
  });
});

describe('formatSize', () => {
  it('uses bytes below 1 KiB, then binary units', () => {
    expect(formatSize(0)).toBe('0 B');
    expect(formatSize(1023)).toBe('1023 B');
    expect(formatSize(1024)).toBe('1 KiB');
    expect(formatSize(1536)).toBe('1.5 KiB');
    expect(formatSize(50 * 1024 ** 2)).toBe('50 MiB');
    expect(formatSize(100 * 1024 ** 2 + 1)).toBe('100 MiB');
    expect(formatSize(3 * 1024 ** 3)).toBe('3 GiB');
  });
});
