// The cost of reading a hostile text grows with its length, not faster:
// each generated input (scripts/hostile-inputs.mjs) read at twice the size
// costs at most 2.5 times as much. A ratio, not a time: the machine's speed
// cancels out. Each figure is the least CPU time of a few runs.

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { createDocument } from '../../src/text/document.js';
// @ts-expect-error: a script without type declarations
import { HOSTILE_KINDS, hostileText } from '../../scripts/hostile-inputs.mjs';

// Large enough that one garbage collection is a small part of a run's time.
const BASE = 48 * 1024;
// other test files share the machine, and a collection may land in any one run
const RUNS = 4;
const KINDS = ['quotes', 'entities', 'votes'] as const;

function cpuSeconds(text: string): number {
  const before = process.cpuUsage();
  extractFacts(createDocument('hostile.txt', text), KINDS);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** The least CPU time of each text over a few rounds, the two read in turn so that neither gets a warmer or a quieter machine. */
function leastOfRounds(...texts: string[]): number[] {
  const best = texts.map(() => Infinity);
  for (let r = 0; r < RUNS; r++) texts.forEach((text, i) => (best[i] = Math.min(best[i], cpuSeconds(text))));
  return best;
}

describe('hostile inputs scale linearly', () => {
  extractFacts(createDocument('warm.txt', 'Ana Lind said the council "would meet" on May 3.'), KINDS); // models loaded once, before timing

  for (const kind of HOSTILE_KINDS as string[]) {
    it(`${kind}: twice the text costs at most 2.5 times as much`, () => {
      const [once, twice] = leastOfRounds(hostileText(kind, BASE), hostileText(kind, 2 * BASE));
      // below a few milliseconds the clock, not the rules, decides the ratio
      expect(twice, `${once.toFixed(3)} s at ${BASE} bytes, ${twice.toFixed(3)} s at ${2 * BASE}`).toBeLessThanOrEqual(Math.max(2.5 * once, 0.02));
    }, 60_000);
  }
});
