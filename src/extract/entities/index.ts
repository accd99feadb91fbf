// The entities pass: the reading's entities, as facts. Recognition lives in
// the reading (src/reading/entities/) because quotations and votes name
// their speakers, bodies and voters through the same entities.

import type { Entity } from '../../facts.js';
import type { Reading } from '../../reading/index.js';

export function extractEntities(reading: Reading): Entity[] {
  return [...reading.entities];
}
