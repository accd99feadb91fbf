// compromise, loaded on first use. Its bundled CommonJS build imports in
// about half the time of its source entry, and a command that never asks
// for tags or its lexicon (`extract votes` on text without a vote) never
// loads it at all.

import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;

let loaded: Nlp | undefined;

export function compromise(): Nlp {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}
