// The cost of reading a hostile text grows with its length, not faster:
// each generated input (scripts/hostile-inputs.mjs) read at twice the size
// costs at most 2.5 times as much. A ratio, not a time: the machine's speed
// cancels out. Each figure is the least CPU time of a few runs.

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { createDocument } from '../../src/text/document.js';
// @ts-expect-error: a script without type declarations
import { HOSTILE_KINDS, hostileText } from '../../scripts/hostile-inputs.mjs';

const BASE = 24 * 1024;
// the least of five runs: other test files share the machine, and a collection may land in any one run
const RUNS = 5;
const KINDS = ['quotes', 'entities', 'votes'] as const;

function cpuSeconds(text: string): number {
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const before = process.cpuUsage();
    extractFacts(createDocument('hostile.txt', text), KINDS);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

describe('hostile inputs scale linearly', () => {
  extractFacts(createDocument('warm.txt', 'Ana Lind said the council "would meet" on May 3.'), KINDS); // models loaded once, before timing

  for (const kind of HOSTILE_KINDS as string[]) {
    it(`${kind}: twice the text costs at most 2.5 times as much`, () => {
      const once = cpuSeconds(hostileText(kind, BASE));
      const twice = cpuSeconds(hostileText(kind, 2 * BASE));
      // below a few milliseconds the clock, not the rules, decides the ratio
      expect(twice, `${once.toFixed(3)} s at ${BASE} bytes, ${twice.toFixed(3)} s at ${2 * BASE}`).toBeLessThanOrEqual(Math.max(2.5 * once, 0.02));
    }, 60_000);
  }
});
