import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../../src/facts.js';
import { highestEntityNumber, shiftEntityIds } from '../../src/work/entity-ids.js';

const span = { start: 0, end: 1, line: 1, column: 1 };

function facts(): DocumentFacts {
  return {
    source: 'a.txt',
    entities: [
      { id: 'e1', name: 'Harriet Quell', type: 'person', aliases: [], mentions: [], rule: 'r' },
      { id: 'e4', name: 'Lowmere Council', type: 'organization', aliases: [], mentions: [], rule: 'r' },
    ],
    quotes: [{ text: 'x', span, kind: 'direct', speaker: { name: 'Quell', type: 'person', mention: null, entity: 'e1', rule: 'r' }, cue: null, confidence: 1, rule: 'r' }],
    votes: [
      {
        text: 'x', span, body: 'Lowmere Council', subject: null, date: null,
        counts: { for: 7, against: 2, abstain: null, absent: null }, percent: { for: null, against: null, abstain: null },
        voters: { for: ['Quell', 'Ivo'], against: [], abstain: [] }, outcome: 'adopted', confidence: 1, rule: 'r',
        body_entity: 'e4', voter_entities: { for: ['e1', null], against: [], abstain: ['e6'] },
      },
    ],
  };
}

describe('entity ids of a window', () => {
  it('finds the highest number among ids and links', () => {
    expect(highestEntityNumber(facts())).toBe(6);
    expect(highestEntityNumber({ source: 'a.txt' })).toBe(0);
  });

  it('moves ids and every link by the same amount, leaving gaps as they are', () => {
    const moved = shiftEntityIds(facts(), 10);
    expect(moved.entities!.map((e) => e.id)).toEqual(['e11', 'e14']);
    expect(moved.quotes![0].speaker!.entity).toBe('e11');
    expect(moved.votes![0].body_entity).toBe('e14');
    expect(moved.votes![0].voter_entities).toEqual({ for: ['e11', null], against: [], abstain: ['e16'] });
  });
});
