// How numbers in a sentence become the sides of a vote, one wording a row.
import { describe, expect, it } from 'vitest';
import { readCounts } from '../../src/extract/votes/02-read-counts.js';
import type { Unit } from '../../src/extract/votes/types.js';

const unit = (text: string): Unit => ({ start: 0, end: text.length, text, index: 0, para: 0, title: false });
const N = null;

describe('readCounts', () => {
  it.each([
    ['The House passed the bill 219-212.', false, [219, 212, N, N]],
    ['The Senate voted 51 to 50 to confirm her.', false, [51, 50, N, N]],
    ['The articles passed 64-to-31.', false, [64, 31, N, N]],
    ['It was adopted by a vote of 13-0-2.', false, [13, 0, 2, N]],
    ['MPs approved it by 297 votes to 203.', false, [297, 203, N, N]],
    ['The council approved it by thirteen votes to two.', false, [13, 2, N, N]],
    ['The amendment was defeated by 301 votes to 92.', true, [92, 301, N, N]],
    ['The motion failed 45-55.', true, [45, 55, N, N]],
    ['The Bundestag voted 444 to 79 in favour of the package.', false, [444, 79, N, N]],
    ['It was adopted by 143 in favour to 9 against (Israel), with 25 abstentions.', false, [143, 9, 25, N]],
    ['The text was adopted by 159 votes in favour to none against.', false, [159, 0, N, N]],
    ['The text received 13 votes in favor, with China abstaining.', false, [13, N, N, N]],
    ['The measure passed with 88 votes in favor, six abstentions, and one vote against.', false, [88, 1, 6, N]],
    ['The board approved it 7-2, with one member absent.', false, [7, 2, N, 1]],
    ['It passed, with 58 Liberals supporting it and 41 Conservatives opposing it; three Liberals opposed, and two independents supported.', false, [60, 44, N, N]],
    ['The Senate rejected him, with 48 senators voting in favour and 52 against.', true, [48, 52, N, N]],
    ['Thirteen of the council’s 15 members voted to extend the mission.', false, [13, N, N, N]],
    ['The court ruled by an eight to one majority.', false, [8, 1, N, N]],
    ['Brennick broke a 20-20 tie in the Senate.', false, [21, 20, N, N]],
  ])('%s', (text, rejecting, [f, a, ab, abs]) => {
    const { readings } = readCounts(unit(text), rejecting as boolean);
    expect(readings).toHaveLength(1);
    expect(readings[0].counts).toEqual({ for: f, against: a, abstain: ab, absent: abs });
  });

  it('reads one set of counts per vote reported together', () => {
    const { readings } = readCounts(unit('The articles passed with votes of 64-to-31 and 60-to-35 respectively.'), false);
    expect(readings.map((r) => [r.counts.for, r.counts.against])).toEqual([[64, 31], [60, 35]]);
  });

  it.each([
    ['Some 54% of island voters voted to secede and 46% to stay.', { for: 54, against: 46, abstain: N }],
    ['Of the 1.3 million who voted, 77% were in favour.', { for: 77, against: N, abstain: N }],
    ['The amendment was backed by 62.4% of votes cast.', { for: 62.4, against: N, abstain: N }],
    ['Voters approved it 91% to 9% on a turnout of 67%.', { for: 91, against: 9, abstain: N }],
    ['In the referendum 67% came out against.', { for: N, against: 67, abstain: N }],
  ])('shares: %s', (text, percent) => {
    const { readings } = readCounts(unit(text), false);
    expect(readings[0].percent).toEqual(percent);
    expect(readings[0].counts).toEqual({ for: N, against: N, abstain: N, absent: N });
  });

  it.each([
    ['He played in the 2019-20 season.'],
    ['He served from 2008 to 2016.'],
    ['Senate Republicans hold a 53-47 majority.'],
    ['Eastvale defeated Port Kessing 38 points to 17.'],
    ['Children aged 5 to 11 can be vaccinated.'],
    ['The report covers pages 12-15.'],
    ['The festival runs September 25-27.'],
    ['It was 10-2 at the break.'],
    ['One group of 32 Labour MPs voted against the bill.'],
  ])('no counts in %j', (text) => {
    expect(readCounts(unit(text), false).readings).toEqual([]);
  });

  it('reads unanimity and the size of the body', () => {
    const r = readCounts(unit('The ruling was the unanimous view of all 9 Justices.'), false);
    expect(r.unanimous).toBe(true);
    expect(r.bodySize).toBe(9);
    expect(readCounts(unit('The assembly has 193 members.'), false).unanimous).toBe(false);
  });
});
