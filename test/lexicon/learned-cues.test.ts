// The learned cues (scripts/learn-cues.mjs writes src/lexicon/data/learned-cues.json)
// and how a sentence's tokens are read against them.

import { describe, expect, it } from 'vitest';
import learned from '../../src/lexicon/data/learned-cues.json' with { type: 'json' };
import { learnedCueShare } from '../../src/lexicon/reporting/index.js';
import { learnedCueAt } from '../../src/extract/quotes/cues.js';
import { segmentParagraphs, segmentSentences } from '../../src/text/segment.js';
import { tokenize } from '../../src/text/tokens.js';

const tokensOf = (text: string) => tokenize(text, segmentParagraphs(text).flatMap((p) => segmentSentences(text, p))).tokens;

describe('the learned cue data', () => {
  it('keeps only cues that pass the thresholds it records', () => {
    expect(learned.cues.length).toBeGreaterThan(50);
    for (const cue of learned.cues) {
      expect(cue.cue).toBeGreaterThanOrEqual(learned.minCount);
      expect(cue.ratio).toBeGreaterThanOrEqual(learned.minRatio);
      expect(cue.cue).toBeLessThanOrEqual(cue.total);
    }
  });

  it('holds a verb and its particle, never an auxiliary and a verb', () => {
    for (const { form } of learned.cues.filter((c) => c.form.includes(' '))) {
      expect(form.split(' ')).toHaveLength(2);
      expect(['has', 'have', 'had', 'also', 'is', 'was']).not.toContain(form.split(' ')[0]);
    }
  });
});

describe('learnedCueAt', () => {
  const at = (sentence: string, word: string) => {
    const tokens = tokensOf(sentence);
    return learnedCueAt(tokens, tokens.findIndex((t) => t.text === word));
  };

  it.each([
    // sentence, cue word, tokens the cue takes (0: none)
    ['The study shows that fares rose.', 'shows', 1],
    ['Councillor Ines Marlow called on the company to act.', 'called', 2],
    ['Tobias Wren declined to comment.', 'declined', 1],
    ['Divers studied the finds of the season.', 'finds', 0],
    ['The Shows opened in May.', 'Shows', 0],
  ])('%s  (%s)', (sentence, word, width) => {
    const k = tokensOf(sentence).findIndex((t) => t.text === word);
    expect(at(sentence, word)).toBe(width === 0 ? -1 : k + width);
  });

  it('gives a share between 0 and 1 for a learned form, nothing for another', () => {
    expect(learnedCueShare('shows')).toBeGreaterThan(0);
    expect(learnedCueShare('shows')).toBeLessThanOrEqual(1);
    expect(learnedCueShare('harbour')).toBeUndefined();
  });
});
