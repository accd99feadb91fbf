// The one tokeniser: possessives apart, abbreviations with their full stop,
// a sentence's full stop apart, offsets exact.

import { describe, expect, it } from 'vitest';
import { segmentParagraphs, segmentSentences } from '../../src/text/segment.js';
import { tokenize, tokensIn } from '../../src/text/tokens.js';

function tokensOf(text: string) {
  const sentences = segmentParagraphs(text).flatMap((p) => segmentSentences(text, p));
  return tokenize(text, sentences);
}
const texts = (text: string) => tokensOf(text).tokens.map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ["Vantor's board met.", ['Vantor', "'s", 'board', 'met', '.']],
    ['The U.S. envoy spoke.', ['The', 'U.S.', 'envoy', 'spoke', '.']],
    ['Dr. Ama Lind and Gov. Reyes left.', ['Dr.', 'Ama', 'Lind', 'and', 'Gov.', 'Reyes', 'left', '.']],
    ['“We won,” she said.', ['“', 'We', 'won', ',', '”', 'she', 'said', '.']],
    ['A 3.5% rise for AT&T in 2024-25.', ['A', '3.5', '%', 'rise', 'for', 'AT&T', 'in', '2024-25', '.']],
    ["They're here, don't wait.", ["They're", 'here', ',', "don't", 'wait', '.']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps offsets exact and groups tokens by sentence', () => {
    const text = 'Rain fell.\r\nThe Arno rose 2 m overnight.';
    const { tokens, sentences } = tokensOf(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences.map((s) => tokens.slice(s.from, s.to).map((t) => t.text).join(' '))).toEqual(['Rain fell .', 'The Arno rose 2 m overnight .']);
    expect(tokens.filter((t) => t.first).map((t) => t.text)).toEqual(['Rain', 'The']);
  });

  it('marks shouting headlines, whose capitals say nothing', () => {
    const { sentences } = tokensOf('FLOODS CLOSE RIVER ROADS\n\nThe river rose.');
    expect(sentences.map((s) => s.shouting)).toEqual([true, false]);
  });
});

describe('tokensIn', () => {
  it('returns the tokens wholly inside a range, indexed from 0', () => {
    const text = 'Mira Soto said: “It works.” Then she left.';
    const { tokens } = tokensOf(text);
    const open = text.indexOf('“');
    const inside = tokensIn(tokens, open + 1, text.indexOf('”'));
    expect(inside.map((t) => t.text)).toEqual(['It', 'works', '.']);
    expect(tokensIn(tokens, 0, open).map((t) => t.text)).toEqual(['Mira', 'Soto', 'said', ':']);
    expect(tokensIn(tokens, 2, 3)).toEqual([]);
  });
});
