// The rules' table: how often each rule is right, measured, and the
// thresholds the rules use, each with its reason. `confidence.json` is
// written by `npm run calibrate` (scripts/calibrate.mjs) from the
// development data; nothing here is set by hand.

import measured from './confidence.json' with { type: 'json' };

interface Measurement {
  right: number;
  facts: number;
  confidence: number;
}

const table = measured as Record<string, Measurement>;

/** A rule never seen on the development data has no evidence either way. */
const UNMEASURED = 0.5;

/** The share of the development data on which `rule` was right (smoothed, see scripts/calibrate.mjs). */
export function confidenceOf(rule: string): number {
  return table[rule]?.confidence ?? UNMEASURED;
}
