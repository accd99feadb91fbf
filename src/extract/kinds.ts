// The kinds of fact this build extracts, in output order; `all` runs every
// one. Kept apart from the extractors so that `--help` loads none of them.

import type { FactKind } from '../facts.js';

export const AVAILABLE_KINDS: readonly FactKind[] = ['quotes', 'entities', 'votes'];
