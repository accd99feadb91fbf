// The word lists of src/lexicon/lists: each word is listed once, and the
// closed classes (months, weekdays, titles of courtesy, pronouns …) live in
// one list each, so that no rule keeps a copy of its own.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, HONORIFICS, NEVER_NAMES, TITLE_HEADS, TIME_WORDS } from '../../src/lexicon/words.js';

const DIR = fileURLToPath(new URL('../../src/lexicon/lists/', import.meta.url));
const lists = new Map<string, string[]>();
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
  const data = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as string[] | Record<string, string[]>;
  lists.set(file.replace(/\.json$/, ''), Array.isArray(data) ? data : Object.values(data).flat());
}

/** Lists of written forms (case kept on purpose); every other list is lower case. */
const AS_WRITTEN = new Set(['abbreviations', 'legislatures', 'sentence-starters', 'voting-bodies', 'voting-bodies-capitalised']);
/** Classes that exist once: none of their words may appear in another lower-case list. */
/** Words that belong to two classes by spelling alone: the modal "may" and the month. */
const HOMOGRAPHS = new Set(['may']);
const CLOSED = ['months', 'month-abbreviations', 'weekdays', 'relative-days', 'courtesy-titles', 'academic-and-clerical-titles', 'subject-pronouns'];

describe('word lists', () => {
  it('are found', () => {
    expect(lists.size).toBeGreaterThan(20);
  });

  for (const [name, words] of lists) {
    it(`${name}: each word once, trimmed${AS_WRITTEN.has(name) ? '' : ', lower case'}`, () => {
      const seen = new Set<string>();
      const twice = words.filter((w) => {
        const key = w.toLowerCase();
        const again = seen.has(key);
        seen.add(key);
        return again;
      });
      expect(twice).toEqual([]);
      expect(words.filter((w) => w !== w.trim() || w === '')).toEqual([]);
      if (!AS_WRITTEN.has(name)) expect(words.filter((w) => w !== w.toLowerCase())).toEqual([]);
    });
  }

  for (const closed of CLOSED) {
    it(`${closed}: its words are listed nowhere else`, () => {
      const own = new Set(lists.get(closed));
      const elsewhere = [...lists]
        .filter(([name]) => name !== closed && !AS_WRITTEN.has(name))
        .flatMap(([name, words]) => words.filter((w) => own.has(w) && !HOMOGRAPHS.has(w)).map((w) => `${name}: ${w}`));
      expect(elsewhere).toEqual([]);
    });
  }
});

describe('combined lists', () => {
  it.each([
    ['NEVER_NAMES holds weekdays, months and their short forms', NEVER_NAMES, ['tuesday', 'march', 'sept', 'yesterday', 'the']],
    ['TITLE_HEADS holds the titles of courtesy and office', TITLE_HEADS, ['mr', 'dame', 'dr', 'ambassador', 'mayor']],
    ['HONORIFICS holds courtesy and academic titles', HONORIFICS, ['mrs', 'prof', 'rev']],
    ['TIME_WORDS holds weekdays and parts of the day', TIME_WORDS, ['friday', 'tonight', 'morning']],
    ['ABBREVIATIONS holds titles, month and state short forms, lower case', ABBREVIATIONS, ['sen', 'inc', 'oct', 'calif', 'e.g']],
  ])('%s', (_, set, words) => {
    for (const word of words) expect(set.has(word), word).toBe(true);
  });
});
