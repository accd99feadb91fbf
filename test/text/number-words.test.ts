import { describe, expect, it } from 'vitest';
import { NUMBER_SOURCE, parseNumber } from '../../src/text/number-words.js';

describe('parseNumber', () => {
  it.each([
    ['0', 0],
    ['13', 13],
    ['143', 143],
    ['1,051', 1051],
    ['12,345,678', 12345678],
    ['zero', 0],
    ['none', 0],
    ['no', 0],
    ['one', 1],
    ['two', 2],
    ['Thirteen', 13],
    ['nineteen', 19],
    ['twenty', 20],
    ['twenty-three', 23],
    ['twenty three', 23],
    ['ninety-nine', 99],
    ['a hundred', 100],
    ['one hundred', 100],
    ['one hundred and forty-three', 143],
    ['two hundred ninety-seven', 297],
    ['three hundred and one', 301],
    ['nine hundred and ninety-nine', 999],
    ['two thousand', 2000],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([['five three'], ['twenty thirty'], ['hundred hundred'], ['votes'], [''], ['1.5'], ['12a']])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('NUMBER_SOURCE', () => {
  const whole = new RegExp(`^(?:${NUMBER_SOURCE})$`, 'i');

  it.each([['13'], ['1,051'], ['thirteen'], ['forty-three'], ['one hundred and forty-three'], ['none']])('matches all of %j', (text) => {
    expect(whole.test(text)).toBe(true);
  });

  it('finds every count in a sentence, in words or digits', () => {
    const re = new RegExp(`\\b${NUMBER_SOURCE}\\b`, 'gi');
    const found = 'adopted by thirteen votes to two, with 1,051 abstaining and none absent'.match(re);
    expect(found?.map(parseNumber)).toEqual([13, 2, 1051, 0]);
  });
});
