import { describe, expect, it } from 'vitest';
import { markWidth, pairQuoteMarks } from '../../src/text/quote-marks.js';

/** The quoted stretches, marks included, of the outermost pairs. */
function quoted(text: string): string[] {
  const { open, close } = pairQuoteMarks(text, 0, text.length);
  return open.map((o, k) => text.slice(o, close[k] + markWidth(text, close[k])));
}

/** The text from the mark left open at the end, if any. */
function runningOn(text: string): string | null {
  const { unclosed } = pairQuoteMarks(text, 0, text.length);
  return unclosed < 0 ? null : text.slice(unclosed);
}

const cases: { name: string; text: string; quoted: string[] }[] = [
  { name: 'curly double quotes', text: 'He said “yes. No.” and left.', quoted: ['“yes. No.”'] },
  { name: 'straight double quotes', text: 'He said "yes" and "no".', quoted: ['"yes"', '"no"'] },
  { name: 'nested quotes give the outer pair', text: '“He said ‘stop’ twice,” she said.', quoted: ['“He said ‘stop’ twice,”'] },
  { name: 'apostrophes are ignored', text: 'Britain’s ‘don’t’ vote in the ’90s.', quoted: ['‘don’t’'] },
  { name: 'straight apostrophes are ignored', text: "Britain's 'don't' vote in the '90s.", quoted: ["'don't'"] },
  { name: 'German low-high quotes', text: 'Er sagte: „Nein. Nie“, und ging.', quoted: ['„Nein. Nie“'] },
  { name: 'guillemets both ways', text: 'Il dit « non » puis »nie« encore.', quoted: ['« non »', '»nie«'] },
  { name: 'a stray guillemet bullet pairs nothing', text: '» Read more. Then “this.”', quoted: ['“this.”'] },
  { name: 'an unbalanced opening mark pairs nothing', text: '“It goes on. And on.', quoted: [] },
  {
    name: 'a stray straight quote does not capture the next quotation',
    text: 'A stray " here. Then he said "go" and left.',
    quoted: ['"go"'],
  },
  {
    name: 'single quotes do not pair across lines',
    text: "the other['s] pain\nthe articles' level",
    quoted: [],
  },
  {
    name: 'double quotes pair across lines of a paragraph',
    text: '"First line.\nSecond line," he said.',
    quoted: ['"First line.\nSecond line,"'],
  },
  { name: 'doubled apostrophes stand for double quotes', text: "He said ''it isn't over'' and left.", quoted: ["''it isn't over''"] },
  { name: 'a mistyped opening ” pairs with the closing ”', text: '”Fear. I am afraid.” ― Edwin', quoted: ['”Fear. I am afraid.”'] },
];

describe('pairQuoteMarks', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(quoted(c.text)).toEqual(c.quoted);
    });
  }

  it('pairs only inside the stretch it is given', () => {
    const text = '"a" "b" "c"';
    const { open, close } = pairQuoteMarks(text, 4, 7);
    expect(open).toEqual([4]);
    expect(close).toEqual([6]);
  });

  it('pairs text made only of quote marks without giving up', () => {
    const text = '"'.repeat(1_000_000) + ' ' + '“'.repeat(1_000_000);
    const { open } = pairQuoteMarks(text, 0, text.length);
    expect(open).toHaveLength(500_000);
  });

  it('reports the outermost double mark left open after the last pair', () => {
    expect(runningOn('“Yes,” he said. “And then it went on')).toBe('“And then it went on');
    expect(runningOn('“Yes,” he said.')).toBeNull();
    expect(runningOn("He said ‘it went on")).toBeNull();
  });
});
