// The learned name tagger as the reading uses it: the model that
// `npm run train` (scripts/train-tagger.mjs) writes, applied to the words of
// each sentence. Loaded with the entity passes, not before.

import modelData from '../../lexicon/data/tagger.json' with { type: 'json' };
import { tagWithMargins, type Tag, type TaggerWord } from './tagger-features.js';

interface Model {
  /** Feature → weights, one per tag, scaled to integers. */
  weights: Record<string, number[]>;
}

const model = modelData as unknown as Model;
const weights = new Map(Object.entries(model.weights).map(([feature, row]) => [feature, Int32Array.from(row)]));

/** The tags of a sentence's words, with the margin of each over the next best tag. */
export function tagWords(words: readonly TaggerWord[]): { tags: Tag[]; margins: number[] } {
  return tagWithMargins(words, weights);
}
