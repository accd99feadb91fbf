// Writings and who wrote them: "the ministry issued a statement", "a study
// by researchers at …". A later "the statement said" is spoken by its author.
// Read once per document, in text order, before the speakers are named.

import type { Speaker } from '../../facts.js';
import type { Reading } from '../../reading/index.js';
import { DOCUMENT_NOUNS } from '../../lexicon/words.js';
import { subjectBefore } from './03-attribute.js';
import { speakerOf, type SpeakerContext } from './06-speakers.js';

/** Verbs that bring a writing into being: "X issued a statement", "X published a study". */
const WRITING_VERBS = new Set(['issued', 'released', 'published', 'posted', 'sent', 'signed', 'wrote', 'filed', 'conducted', 'commissioned', 'carried']);
/** How many words may stand between the verb and the writing ("released a brief written statement"). */
const REACH = 4;

export interface Writing {
  /** The writing's noun in lower case ("statement"). */
  noun: string;
  /** Where the writing is named. */
  at: number;
  author: Speaker;
}

/** The writings of the document whose author its words name, in text order. */
export function findWritings(doc: Reading, names: SpeakerContext): Writing[] {
  const out: Writing[] = [];
  for (const sentence of doc.sentences) {
    const tokens = doc.tokensIn(sentence.start, sentence.end);
    for (let k = 1; k < tokens.length; k++) {
      if (!WRITING_VERBS.has(tokens[k].lower)) continue;
      let n = k + 1;
      while (n < tokens.length && n <= k + REACH && tokens[n].word && !DOCUMENT_NOUNS.has(tokens[n].lower)) n++;
      if (n >= tokens.length || !DOCUMENT_NOUNS.has(tokens[n].lower)) continue;
      const subject = subjectBefore(tokens, k, 0);
      if (!subject || subject.phrase.kind === 'pronoun') continue;
      const author = speakerOf(doc, { tokens, phrase: subject.phrase, role: subject.role }, names);
      if (author.type !== 'unknown') out.push({ noun: tokens[n].lower, at: tokens[n].start, author });
    }
  }
  return out;
}
