// A vote's date: the reading's date expression nearest the words that state
// the vote, as written, one wording a row.
import { describe, expect, it } from 'vitest';
import { extractVotes } from '../../src/extract/votes/index.js';
import { readingOf } from '../../src/reading/index.js';
import { createDocument } from '../../src/text/document.js';

const dateOf = (text: string) => extractVotes(readingOf(createDocument('date.txt', text))).map((v) => v.date);

describe('vote date', () => {
  it.each([
    ['The council voted 5-2 on Saturday afternoon to close the pier.', 'Saturday afternoon'],
    ['The board voted 5-4 Friday night to fire the coach.', 'Friday night'],
    ['Last August, the assembly voted 40-3 to adopt the charter.', 'Last August'],
    ['The senate voted 30-12 on June 23, 2016 to approve the plan.', 'June 23, 2016'],
    ['The council voted 6-3 on Tuesday, Oct. 4 to close the pier.', 'Tuesday, Oct. 4'],
    ['The assembly voted 40-3 on 4 May to ban fireworks.', '4 May'],
    ['The assembly voted 40-3 to ban the sale of fireworks in May.', 'May'],
    ['Yesterday, the board voted 6-1 to sell the depot.', 'Yesterday'],
    ['The committee voted 9-4 earlier this year to cut the grant.', 'earlier this year'],
    ['The senate passed the bill 60-38 this week.', 'this week'],
    // nearest the cue ("approved"), not the first in the sentence
    ['On Monday the mayor proposed the levy, and the council approved it 8-1 on Wednesday.', 'Wednesday'],
    // a year alone dates the vote after "in" or "of"
    ['Kestria voted in a 2013 referendum to abolish its senate.', '2013'],
    ['The rules of the 1990s were repealed when the senate voted 55-45 in 2019.', '2019'],
    // a year that names something else, or a span of time, dates no vote
    ['The House voted 230-190 to fund the 2020 census.', null],
    ['The council, in session since 2019, voted 7-2 to close the pier.', null],
  ])('%s', (text, date) => {
    expect(dateOf(text)).toEqual([date]);
  });

  it('looks in the next sentences of the vote when its own has no date', () => {
    const text = 'The harbour board approved the new tariff. The vote on Thursday was 6-3.';
    expect(dateOf(text)).toEqual(['Thursday']);
  });
});
