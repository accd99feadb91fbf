// Coreference over the reading's entities: names, surnames, titles with
// surnames, acronyms, pronouns by gender and definite descriptions.

import { describe, expect, it } from 'vitest';
import { readingOf } from '../../src/reading/index.js';
import { createDocument } from '../../src/text/document.js';

const TEXT = `Foreign Minister Helen Marsh met the envoy, Daniel Okoro, in Lisbon on Monday.

Marsh said the talks went well. She added that the Northern Rail Authority (NRA) would publish its plan. "We have time," Okoro said.

The authority declined to comment. Ms Marsh later left. The minister said nothing more.`;

const reading = readingOf(createDocument('talks.txt', TEXT));
const coref = reading.coreference;
const at = (words: string) => TEXT.indexOf(words);

describe('entities of the reading', () => {
  it('are numbered in order of first mention, each with the rule that typed it', () => {
    expect(reading.entities.map((e) => e.id)).toEqual(reading.entities.map((_, k) => `e${k + 1}`));
    expect(reading.entities.every((e) => /^entity\./.test(e.rule))).toBe(true);
  });
});

describe('coreference', () => {
  it.each([
    ['a surname', 'Marsh', 'Helen Marsh'],
    ['a full name', 'Daniel Okoro', 'Daniel Okoro'],
    ['an acronym given in brackets', 'NRA', 'Northern Rail Authority'],
    ['a name the text never gives', 'Nobody Known', undefined],
  ])('resolves %s', (_, name, expected) => {
    expect(coref.byName(name)?.name).toBe(expected);
  });

  it('drops a title before a surname', () => {
    expect(coref.fullName('Ms Marsh')).toBe('Helen Marsh');
    expect(coref.fullName('Okoro')).toBe('Daniel Okoro');
  });

  it.each([
    ['she', 'female', 'Helen Marsh'],
    ['he', 'male', 'Daniel Okoro'],
  ] as const)('takes the latest person of the pronoun’s gender for "%s"', (_, gender, expected) => {
    expect(coref.latest(['person'], at('She added'), gender)?.entity.name).toBe(expected);
  });

  it('resolves definite descriptions to the organisation or office holder named before', () => {
    expect(coref.organizationCalled('authority', at('The authority'))?.entity.name).toBe('Northern Rail Authority');
    expect(coref.personCalled('minister', at('The minister'))?.entity.name).toBe('Helen Marsh');
    expect(coref.personCalled('minister', at('Foreign Minister'))).toBeUndefined();
  });

  it('finds the entity at a span, exactly or overlapping it', () => {
    const start = at('Okoro said');
    expect(coref.entityAt(start, start + 'Okoro'.length)?.name).toBe('Daniel Okoro');
    expect(coref.entityAt(start + 2, start + 10)?.name).toBe('Daniel Okoro');
    expect(coref.entityAt(0, 0)).toBeUndefined();
  });
});
