import { describe, expect, it } from 'vitest';
import { segmentParagraphs, segmentSentences, type Segment } from '../../src/text/segment.js';

/** Checks the segmentation invariants and returns the sentence texts. */
function sentencesOf(text: string): string[] {
  const paragraphs = segmentParagraphs(text);
  const all: Segment[] = [];
  let last = 0;
  for (const p of paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(last);
    expect(p.end).toBeGreaterThan(p.start);
    const sentences = segmentSentences(text, p);
    let covered = p.start;
    for (const s of sentences) {
      expect(s.start).toBeGreaterThanOrEqual(covered);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
      const body = text.slice(s.start, s.end);
      expect(body.trim()).toBe(body);
      // Nothing but whitespace between one sentence and the next.
      expect(text.slice(covered, s.start).trim()).toBe('');
      covered = s.end;
    }
    expect(text.slice(covered, p.end).trim()).toBe('');
    all.push(...sentences);
    last = p.end;
  }
  return all.map((s) => text.slice(s.start, s.end));
}

interface Case {
  name: string;
  text: string;
  sentences: string[];
}

const cases: Case[] = [
  {
    name: 'plain sentences',
    text: 'The council met. It voted twice! Was it enough? Nobody knows.',
    sentences: ['The council met.', 'It voted twice!', 'Was it enough?', 'Nobody knows.'],
  },
  {
    name: 'titles and abbreviations',
    text: 'Mr. Smith met Dr. Jones and Gen. Mark Milley at 9 a.m. Monday. Prof. Lee, e.g. Rev. King, agreed.',
    sentences: ['Mr. Smith met Dr. Jones and Gen. Mark Milley at 9 a.m. Monday.', 'Prof. Lee, e.g. Rev. King, agreed.'],
  },
  {
    name: 'plural titles and titles after a quote mark',
    text: 'Sens. Jon Tester (D-Mont.) and David Vitter (R-La.) spoke. ”Mr. Trump is wrong. He lies.” ― A reader',
    sentences: ['Sens. Jon Tester (D-Mont.) and David Vitter (R-La.) spoke.', '”Mr. Trump is wrong. He lies.” ― A reader'],
  },
  {
    name: 'company and month abbreviations',
    text: 'Ford Motor Co. Chairman Bill Ford spoke on Jan. 5 in St. Louis about shares of Acme Inc. The company said no.',
    sentences: [
      'Ford Motor Co. Chairman Bill Ford spoke on Jan. 5 in St. Louis about shares of Acme Inc.',
      'The company said no.',
    ],
  },
  {
    name: 'dotted acronyms before a name continue the sentence',
    text: 'The U.S. Senate and the U.N. Security Council met in Washington, D.C. Police were present.',
    sentences: ['The U.S. Senate and the U.N. Security Council met in Washington, D.C. Police were present.'],
  },
  {
    name: 'dotted acronyms before a sentence starter end the sentence',
    text: 'Prices rose in the U.K. Analysts said it would last. Talks moved to the U.S. The deal failed.',
    sentences: ['Prices rose in the U.K.', 'Analysts said it would last.', 'Talks moved to the U.S.', 'The deal failed.'],
  },
  {
    name: 'initials',
    text: 'John F. Kennedy and George W. Bush were presidents. Plan B. It failed.',
    sentences: ['John F. Kennedy and George W. Bush were presidents.', 'Plan B.', 'It failed.'],
  },
  {
    name: 'consecutive initials and asides after an abbreviation',
    text: 'Wayne A. I. Frederick spoke at 5 p.m. (2100 UTC) in Washington, D.C. “We mourn,” he wrote.',
    sentences: ['Wayne A. I. Frederick spoke at 5 p.m. (2100 UTC) in Washington, D.C.', '“We mourn,” he wrote.'],
  },
  {
    name: 'et al. and etc.',
    text: 'Smith et al. found it. They used maps, charts, etc. The rest failed.',
    sentences: ['Smith et al. found it.', 'They used maps, charts, etc.', 'The rest failed.'],
  },
  {
    name: 'decimals and numbers',
    text: 'Growth was 3.5 percent and 1.000 jobs were added in 2019. The rate fell to 0.25.',
    sentences: ['Growth was 3.5 percent and 1.000 jobs were added in 2019.', 'The rate fell to 0.25.'],
  },
  {
    name: 'full stop inside a quotation that closes later',
    text: '“It is over. We are done,” he said. Then he left.',
    sentences: ['“It is over. We are done,” he said.', 'Then he left.'],
  },
  {
    name: 'multi-sentence straight quotation followed by attribution',
    text: 'She added: "We tried. We failed. We will try again," according to the BBC. Talks resume today.',
    sentences: ['She added: "We tried. We failed. We will try again," according to the BBC.', 'Talks resume today.'],
  },
  {
    name: 'quotation ending a sentence',
    text: 'He said: “It is over.” The crowd left. “Why?” she asked.',
    sentences: ['He said: “It is over.”', 'The crowd left.', '“Why?” she asked.'],
  },
  {
    name: 'question and exclamation inside closing quotes',
    text: '“Are we safe?” The guard shrugged. “Run!” A door slammed.',
    sentences: ['“Are we safe?”', 'The guard shrugged.', '“Run!”', 'A door slammed.'],
  },
  {
    name: 'unbalanced quotation does not swallow the paragraph',
    text: '“This is the first paragraph of a long quote. It goes on. It never closes here.',
    sentences: ['“This is the first paragraph of a long quote.', 'It goes on.', 'It never closes here.'],
  },
  {
    name: 'multi-paragraph quotation',
    text: '“We came here. We stayed.\n\n“Then we left. Nobody saw us,” she said.',
    sentences: ['“We came here.', 'We stayed.', '“Then we left. Nobody saw us,” she said.'],
  },
  {
    name: 'a paragraph that is only a quotation',
    text: 'Intro line.\n\n“We will not leave. This is our land.”\n\nEnd.',
    sentences: ['Intro line.', '“We will not leave. This is our land.”', 'End.'],
  },
  {
    name: 'apostrophes are not quote marks',
    text: 'Britain’s vote didn’t pass. The ’90s are over. It’s late.',
    sentences: ['Britain’s vote didn’t pass.', 'The ’90s are over.', 'It’s late.'],
  },
  {
    name: 'single and nested quotation marks',
    text: 'He called it ‘a farce. A sham,’ and walked out. She said “he told me ‘stop. Now.’ and I did.” It ended.',
    sentences: ['He called it ‘a farce. A sham,’ and walked out.', 'She said “he told me ‘stop. Now.’ and I did.”', 'It ended.'],
  },
  {
    name: 'guillemets and low-high quotes',
    text: 'Er sagte: „Es ist vorbei. Wir gehen“, und ging. Il a dit « C’est fini. Adieu » hier. Fin.',
    sentences: ['Er sagte: „Es ist vorbei. Wir gehen“, und ging.', 'Il a dit « C’est fini. Adieu » hier.', 'Fin.'],
  },
  {
    name: 'headline without full stop followed by a blank line',
    text: 'EU rejects German call to boycott British lamb\n\nThe European Commission said on Thursday it disagreed.',
    sentences: ['EU rejects German call to boycott British lamb', 'The European Commission said on Thursday it disagreed.'],
  },
  {
    name: 'sentence-per-line text',
    text: 'EU rejects German call\nThe European Commission said it disagreed.\nGermany did not comment',
    sentences: ['EU rejects German call', 'The European Commission said it disagreed.', 'Germany did not comment'],
  },
  {
    name: 'dateline lines',
    text: 'Friday, January 4, 2019 \nLONDON, Jan. 5 (AP) — Talks collapsed. Both sides blamed the other.',
    sentences: [
      'Friday, January 4, 2019',
      'LONDON, Jan. 5 (AP) — Talks collapsed.',
      'Both sides blamed the other.',
    ],
  },
  {
    name: 'numbered list lines',
    text: 'The plan:\n1. Raise taxes. Then spend.\n2. Cut costs.\n  a. Fewer staff.\n* 3. Wait.',
    sentences: ['The plan:', '1. Raise taxes.', 'Then spend.', '2. Cut costs.', 'a. Fewer staff.', '* 3. Wait.'],
  },
  {
    name: 'ellipses',
    text: 'He paused … and went on. It was … Over. Then she said... nothing... We left...',
    sentences: ['He paused … and went on.', 'It was …', 'Over.', 'Then she said... nothing...', 'We left...'],
  },
  {
    name: 'closing brackets stay with the sentence they end',
    text: 'He won (again.) Nobody was surprised [sic.] The end.',
    sentences: ['He won (again.)', 'Nobody was surprised [sic.]', 'The end.'],
  },
  {
    name: 'lowercase after a full stop continues',
    text: 'The pH. value was odd. Visit example.com. It works.',
    sentences: ['The pH. value was odd.', 'Visit example.com.', 'It works.'],
  },
  {
    name: 'sentence starting with a digit or an opening mark',
    text: 'It rained. 2019 was wet. (Nobody complained.) "Fine," he said.',
    sentences: ['It rained.', '2019 was wet.', '(Nobody complained.)', '"Fine," he said.'],
  },
  {
    name: 'straight quotes decide their direction from their neighbours',
    text: 'He wrote "maybe. Later" and left. A stray " mark. Another sentence.',
    sentences: ['He wrote "maybe. Later" and left.', 'A stray " mark.', 'Another sentence.'],
  },
  {
    name: 'Devanagari danda',
    text: 'वह घर गया। फिर वह सो गया।',
    sentences: ['वह घर गया।', 'फिर वह सो गया।'],
  },
  { name: 'empty text', text: '', sentences: [] },
  { name: 'whitespace only', text: ' \n\t\r\n \u00a0 \n', sentences: [] },
  { name: 'a lone terminator', text: '.', sentences: ['.'] },
  { name: 'terminators only', text: '?! ... . !', sentences: ['?! ... . !'] },
];

describe('segmentSentences', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(sentencesOf(c.text)).toEqual(c.sentences);
    });
  }

  it('keeps exact offsets in CRLF text', () => {
    const text = 'Headline here\r\n\r\nFirst one. Second one.\r\nThird line\r\n';
    const sentences = segmentParagraphs(text).flatMap((p) => segmentSentences(text, p));
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Headline here',
      'First one.',
      'Second one.',
      'Third line',
    ]);
    expect(sentences[1]).toEqual({ start: 17, end: 27 });
    expect(sentences[3]).toEqual({ start: 41, end: 51 });
  });

  it('treats a lone carriage return as a line break', () => {
    expect(sentencesOf('One line\rAnother line\r\rNew paragraph.')).toEqual([
      'One line',
      'Another line',
      'New paragraph.',
    ]);
  });

  it('segments only inside the paragraph it is given', () => {
    const text = 'Before. Inside one. Inside two. After.';
    const start = text.indexOf('Inside');
    const end = text.indexOf(' After');
    expect(segmentSentences(text, { start, end }).map((s) => text.slice(s.start, s.end))).toEqual([
      'Inside one.',
      'Inside two.',
    ]);
  });

  it('segments long lines full of marks, one sentence per quotation', () => {
    // Each repetition is one quotation closed by ?” and followed by the next “.
    const unit = '“a. B. ’x. "Mr. U.S. The ... ?” ';
    const text = unit.repeat(200_000);
    const sentences = segmentParagraphs(text).flatMap((p) => segmentSentences(text, p));
    expect(sentences).toHaveLength(200_000);
    expect(text.slice(sentences[7].start, sentences[7].end)).toBe(unit.trim());
  });
});

describe('segmentParagraphs', () => {
  it('splits at blank lines and trims each paragraph', () => {
    const text = '  Title  \n\n\n  First para\nstill first.  \n \t \nSecond.\n';
    const paragraphs = segmentParagraphs(text).map((p) => text.slice(p.start, p.end));
    expect(paragraphs).toEqual(['Title', 'First para\nstill first.', 'Second.']);
  });

  it('treats lines of non-breaking spaces as blank', () => {
    const text = 'One.\n\u00a0\u00a0\nTwo.';
    expect(segmentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.']);
  });

  it('works with CRLF and lone CR line ends', () => {
    const crlf = 'A\r\nB\r\n\r\nC';
    expect(segmentParagraphs(crlf)).toEqual([
      { start: 0, end: 4 },
      { start: 8, end: 9 },
    ]);
    const cr = 'A\rB\r\rC\r';
    expect(segmentParagraphs(cr).map((p) => cr.slice(p.start, p.end))).toEqual(['A\rB', 'C']);
  });

  it('gives no paragraphs for empty or blank text', () => {
    expect(segmentParagraphs('')).toEqual([]);
    expect(segmentParagraphs('\n\r\n \t\r')).toEqual([]);
  });
});
