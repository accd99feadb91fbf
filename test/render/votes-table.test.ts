// The votes table as a reader meets it: a labelled date, one compact tally
// whose header names the order, shares, absent members and named voters,
// each vote's tally on one line at the usual terminal widths.

import { describe, expect, it } from 'vitest';
import type { Vote } from '../../src/facts.js';
import { createRenderer } from '../../src/render/index.js';
import { sampleFacts } from './facts.js';

function render(votes: Vote[], width: number): string {
  const renderer = createRenderer('table', { kinds: ['votes'], allKinds: false, width, colorLevel: 0 });
  return renderer.document({ source: 'council.txt', votes });
}

/** Each body row's cells, line by line: rows[row][line][column]. */
function rows(out: string): string[][][] {
  return out
    .split(/^[├└].*$/m)
    .slice(1, -1)
    .map((row) => row.split('\n').filter((line) => line.startsWith('│')).map((line) => line.split('│').slice(1, -1).map((cell) => cell.trim())));
}

/** The header's lines, cell by cell. */
function header(out: string): string[][] {
  const head = out.slice(0, out.search(/^├/m));
  return head.split('\n').filter((line) => line.startsWith('│')).map((line) => line.split('│').slice(1, -1).map((cell) => cell.trim()));
}

const base = (): Vote => sampleFacts().votes[0];

function vote(changes: Partial<Vote>): Vote {
  return { ...base(), ...changes };
}

const counts = (n: [number | null, number | null, number | null], absent: number | null = null) => ({ for: n[0], against: n[1], abstain: n[2], absent });
const shares = (n: [number | null, number | null, number | null]) => ({ for: n[0], against: n[1], abstain: n[2] });

describe('votes table', () => {
  const votes = [
    vote({ body: 'city council', subject: 'bus lanes on Pell Street', date: 'Tuesday', date_value: '2031-05-06', counts: counts([7, 2, null]) }),
    vote({ body: 'union members', subject: 'strike ballot', counts: counts([null, null, null]), percent: shares([89, 11, null]), voters: { for: [], against: [], abstain: [] } }),
    vote({ body: 'board', subject: 'budget', counts: counts([5, 1, 1], 2), percent: shares([71.4, 14.3, 14.3]) }),
    vote({ body: 'panel', subject: 'appeal', counts: counts([null, 1, 1]), outcome: 'rejected' }),
    vote({ body: null, subject: null, counts: counts([null, null, null]), outcome: 'unknown' }),
  ];

  it.each([80, 100, 140])('shows each tally on one line at %i columns, under a header that names the order', (width) => {
    const out = render(votes, width);
    // Each column's header, its lines joined: it wraps only after a dash.
    const names = header(out)[0].map((_, column) => header(out).map((line) => line[column]).join(''));
    expect(names).toEqual(['body', 'subject', 'date', 'for–against–abstain', 'outcome', 'position']);
    const tallyColumn = 3;
    const tallies = rows(out).map((row) => row[0][tallyColumn]);
    expect(tallies).toEqual(['7–2', '89%–11%', '5–1–1', '?–1–1', '?']);
  });

  it('shows the shares beside counts and the members absent below the tally', () => {
    const [, , board] = rows(render(votes, 100));
    const tally = board.map((line) => line[3]).filter((line) => line);
    expect(tally).toEqual(['5–1–1', '71.4%–14.3%–14.3%', '2 absent']);
  });

  it('labels the date as written, with its ISO value below', () => {
    const [council] = rows(render(votes, 100));
    expect(council.map((line) => line[2]).filter((line) => line)).toEqual(['Tuesday', '2031-05-06']);
  });

  it('names the voters under the subject, with their side', () => {
    const [council] = rows(render(votes.slice(0, 2), 100));
    expect(council.map((line) => line[1]).filter((line) => line)).toEqual(['bus lanes on Pell Street', 'for: Jane Smith, Tom Becker']);
  });

  it('marks the positions of the other passages that report the same vote', () => {
    const headline = { text: 'Council backs lanes', span: { start: 0, end: 19, line: 1, column: 1 } };
    const withHeadline = vote({ mentions: [headline, base()] });
    const [row] = rows(render([withHeadline], 100));
    expect(row.map((line) => line[5]).filter((line) => line)).toEqual(['3:1', 'also 1:1']);
  });
});
