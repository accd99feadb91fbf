// The kinds of fact, in output order. A kind is one module, `<kind>/kind.ts`,
// holding what the tool knows about it: its name, help text, extractor,
// table and CSV columns. The command line, `extractFacts`, the renderers and
// the run's counts all read this list, so adding a kind means adding its
// module here (and its fact type and field in facts.ts).
//
// Kind modules load their extractor only on request: `--help` and the
// renderers read this list without loading any extractor or compromise, and
// a run loads only the kinds it asks for.

import type { DocumentFacts, FactKind } from '../facts.js';
import type { Reading } from '../reading/index.js';
import type { Column } from '../render/columns.js';
import type { KindTable } from '../render/table-rows.js';
import type { TextDocument } from '../text/document.js';
import { ENTITIES } from './entities/kind.js';
import { QUOTES } from './quotes/kind.js';
import { VOTES } from './votes/kind.js';

/** One fact of kind `K`: `Quote` for `quotes`. */
export type FactOf<K extends FactKind> = NonNullable<DocumentFacts[K]>[number];

export type Extractor<T> = (reading: Reading) => T[];

export interface KindDefinition<K extends FactKind = FactKind> {
  /** The command, the JSON field and the table title: `quotes`. */
  name: K;
  /** One fact, as JSON Lines and CSV tag it and the summary counts it: `quote`. */
  singular: string;
  /** What the command extracts, for `--help`. */
  summary: string;
  /** Imports the extractor (and whatever it needs) on first use. */
  load(): Promise<Extractor<FactOf<K>>>;
  table: KindTable<FactOf<K>>;
  /** CSV columns, after `kind` in `extract all`. */
  csv: readonly Column<FactOf<K>>[];
}

export const KINDS: readonly KindDefinition[] = [QUOTES, ENTITIES, VOTES];

/** The kinds' names, in output order. */
export const KIND_NAMES: readonly FactKind[] = KINDS.map((kind) => kind.name);

const BY_NAME = new Map<FactKind, KindDefinition>(KINDS.map((kind) => [kind.name, kind]));

export function kindNamed(name: FactKind): KindDefinition {
  const kind = BY_NAME.get(name);
  if (!kind) throw new Error(`no kind of fact named '${name}'`);
  return kind;
}

/** Runs the loaded extractors (or some of them) on one document, in output order, on one reading. */
export type Extraction = (doc: TextDocument, kinds?: readonly FactKind[]) => DocumentFacts;

/** Loads the document reading and the extractors of `kinds`, and nothing else. */
export async function loadExtraction(kinds: readonly FactKind[]): Promise<Extraction> {
  const wanted = KINDS.filter((kind) => kinds.includes(kind.name));
  const [{ readingOf }, extractors] = await Promise.all([
    import('../reading/index.js'),
    Promise.all(wanted.map(async (kind) => [kind.name, await kind.load()] as const)),
  ]);
  return (doc, only = kinds) => {
    const reading = readingOf(doc);
    const facts: DocumentFacts = { source: doc.source };
    for (const [name, extract] of extractors) {
      if (only.includes(name)) (facts as Record<FactKind, unknown[]>)[name] = extract(reading);
    }
    return facts;
  };
}
