// A unit of work: one document, or one window of a long one, read and
// searched for the asked-for kinds of facts. Units are plain data so they
// can cross to a worker thread and back.

import type { DocumentFacts, FactKind } from '../facts.js';
import type { Extraction } from '../extract/registry.js';
import { createDocument } from '../text/document.js';
import { moveSpans, type Origin } from '../text/windows.js';

export interface WorkUnit {
  source: string;
  text: string;
  /** Where the text starts in its document. */
  origin: Origin;
  kinds: readonly FactKind[];
}

export type WorkResult =
  | { ok: true; facts: DocumentFacts }
  /** The extractors failed on this text (a bug, not a bad input). */
  | { ok: false; message: string; stack?: string; code?: 'TIMEOUT' };

/** Reads one unit; the facts' spans are document-global. */
export function readUnit(extract: Extraction, unit: WorkUnit): WorkResult {
  try {
    const facts = extract(createDocument(unit.source, unit.text), unit.kinds);
    return { ok: true, facts: moveSpans(facts, unit.origin) };
  } catch (err) {
    return err instanceof Error ? { ok: false, message: err.message, stack: err.stack } : { ok: false, message: String(err) };
  }
}
