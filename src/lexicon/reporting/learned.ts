// Attribution cues learned from annotated news (scripts/learn-cues.mjs): words
// an annotator marked as the cue of a report often enough ("shows", "called
// for", "declined"), beyond the reporting verbs. Each is kept with its share:
// how often the form was a cue where the text held it.

import learned from '../data/learned-cues.json' with { type: 'json' };

const SHARE = new Map<string, number>(learned.cues.map((c) => [c.form, c.ratio]));

/** The share of its uses in which `form` (one or two lower-case words) was a cue, or undefined. */
export function learnedCueShare(form: string): number | undefined {
  return SHARE.get(form);
}
