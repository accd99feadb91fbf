// Facts built by hand on a real document, for testing the renderers
// independently of the extractors.

import type { DocumentFacts, Entity, Quote, Vote } from '../../src/facts.js';
import { createDocument, located } from '../../src/text/document.js';

export const TEXT =
  'Vote, "count", results\n“We will win, and “soon”,” said Jane Smith, leader of the Party.\r\nThe council voted 13-1, with one abstention.';

export function sampleFacts(source = 'news/a.txt'): Required<DocumentFacts> {
  const doc = createDocument(source, TEXT);
  const at = (part: string) => located(doc, TEXT.indexOf(part), TEXT.indexOf(part) + part.length);
  const quote: Quote = {
    ...at('We will win, and “soon”,'),
    kind: 'direct',
    speaker: {
      name: 'Jane Smith',
      type: 'person',
      role: 'leader of the Party',
      mention: at('Jane Smith'),
      entity: 'e1',
      rule: 'speaker.entity',
    },
    cue: at('said'),
    confidence: 0.9,
    rule: 'quote.after.cue-subject',
  };
  const group: Quote = {
    ...at('Vote, "count", results'),
    kind: 'block',
    // A group stands for no single entity.
    speaker: { name: 'Party', type: 'group', members: ['Jane Smith', 'Tom Becker'], mention: null, rule: 'speaker.group' },
    cue: null,
    confidence: 0.5,
    rule: 'quote.block.signature',
  };
  const entity: Entity = {
    id: 'e1',
    name: 'Jane Smith',
    type: 'person',
    aliases: ['Smith', 'J. Smith'],
    mentions: [at('Jane Smith')],
    role: 'leader',
    rule: 'entity.title',
  };
  const council: Entity = { id: 'e2', name: 'council', type: 'organization', aliases: [], mentions: [at('council')], rule: 'entity.head-word' };
  const statement = at('The council voted 13-1, with one abstention.');
  const vote: Vote = {
    ...statement,
    body: 'council',
    subject: null,
    date: null,
    date_value: null,
    counts: { for: 13, against: 1, abstain: 1, absent: null },
    percent: { for: null, against: null, abstain: null },
    voters: { for: ['Jane Smith', 'Tom Becker'], against: [], abstain: [] },
    outcome: 'adopted',
    confidence: 0.8,
    rule: 'vote.count.dash',
    body_entity: 'e2',
    voter_entities: { for: ['e1', null], against: [], abstain: [] },
    mentions: [statement],
  };
  return { source, quotes: [quote, group], entities: [entity, council], votes: [vote] };
}
