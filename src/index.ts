// The library: `import { extract, extractFiles } from 'newsfacts-extract'`.
// Both run what the command runs, with the facts kept instead of written, so
// the values are those of the JSON output (extract/v1), typed. What this file
// exports is the stable surface; the modules behind it may change.

import type { DocumentFacts, EntityType, FactKind, InputError } from './facts.js';
import type { InputItem, InputOptions } from './io/inputs.js';
import { collectingRenderer, NOWHERE } from './library/collect.js';
import { entityTypesOf, extensionsOf, jobsOf, kindsOf, maxBytesOf } from './library/options.js';
import { run } from './run.js';

export type {
  DocumentFacts,
  Entity,
  EntityType,
  ExtractOutput,
  FactKind,
  InputError,
  Located,
  Quote,
  QuoteKind,
  Speaker,
  SpeakerType,
  Span,
  Vote,
  VoteSides,
} from './facts.js';
export { ENTITY_TYPES, FACT_KINDS } from './facts.js';

export interface ExtractOptions<K extends FactKind = FactKind> {
  /** The kinds of fact to find (default: all); each document has a field for each, in the order quotes, entities, votes. */
  kinds?: readonly K[];
  /** Keep only entities of these types, as `--type` does (default: every type). */
  entityTypes?: readonly EntityType[];
}

export interface TextOptions<K extends FactKind = FactKind> extends ExtractOptions<K> {
  /** The document's `source` (default `-`, as for stdin on the command line). */
  source?: string;
}

export interface FilesOptions<K extends FactKind = FactKind> extends ExtractOptions<K> {
  /** Extensions of the files taken from folders, as `--ext` (default `txt`, `md`, `text`); files named in `paths` are always read. */
  extensions?: readonly string[];
  /** Skip inputs larger than this: bytes, or a size such as `'50M'` (default 50 MiB), as `--max-size`. */
  maxSize?: number | string;
  /** Follow symbolic links inside folders, as `--follow` (default false). */
  follow?: boolean;
  /** Threads reading documents, as `--jobs` (default: the number of cores); the facts are the same whatever the number. */
  jobs?: number;
  /** The `source` of stdin, read when `paths` holds `-` (default `-`). */
  stdinName?: string;
}

/** One document's facts: its `source` and a list for each kind asked for. */
export type ExtractedDocument<K extends FactKind = FactKind> = { source: string } & { [P in K]-?: NonNullable<DocumentFacts[P]> };

/** What `extract … --format json` prints: every document read, and every input that could not be (or was read with loss). */
export interface ExtractedFiles<K extends FactKind = FactKind> {
  schema: 'extract/v1';
  documents: Array<ExtractedDocument<K>>;
  errors: InputError[];
}

function inputOptions(options: FilesOptions<FactKind>): InputOptions {
  return {
    extensions: extensionsOf(options.extensions),
    maxBytes: maxBytesOf(options.maxSize),
    stdinName: options.stdinName ?? '-',
    follow: options.follow === true,
    // Touched only when `-` is among the paths.
    get stdin() {
      return process.stdin;
    },
  };
}

async function* oneText(source: string, text: string): AsyncGenerator<InputItem> {
  yield { type: 'text', source, text };
}

/**
 * The facts of one text. Positions are offsets into `text` itself (UTF-16
 * code units, as JavaScript indexes strings): `text.slice(span.start, span.end)`
 * is each fact's `text`. Rejects on invalid options.
 */
export async function extract<K extends FactKind = FactKind>(text: string, options: TextOptions<K> = {}): Promise<ExtractedDocument<K>> {
  if (typeof text !== 'string') throw new TypeError(`extract(text): text must be a string (got ${typeof text})`);
  const documents: DocumentFacts[] = [];
  const source = options.source ?? '-';
  const result = await run(
    {
      kinds: kindsOf(options.kinds),
      inputs: [],
      items: oneText(source, text),
      entityTypes: entityTypesOf(options.entityTypes),
      jobs: 1,
      input: inputOptions({}),
    },
    collectingRenderer(documents),
    NOWHERE,
  );
  // The only error a text in memory can meet is a failure of the extractors themselves.
  if (result.errors.length > 0) throw new Error(`extract: ${source}: ${result.errors[0].message}`);
  return documents[0] as ExtractedDocument<K>;
}

/**
 * The facts of files and folders, read as the command reads them (folders
 * recursively, in name order; `-` is stdin). An input that cannot be read is
 * listed in `errors` and the others are still read; rejects only on invalid
 * options.
 */
export async function extractFiles<K extends FactKind = FactKind>(
  paths: readonly string[],
  options: FilesOptions<K> = {},
): Promise<ExtractedFiles<K>> {
  if (!Array.isArray(paths) || paths.some((path) => typeof path !== 'string')) {
    throw new TypeError('extractFiles(paths): paths must be an array of file or folder paths');
  }
  const documents: DocumentFacts[] = [];
  const result = await run(
    {
      kinds: kindsOf(options.kinds),
      inputs: paths,
      entityTypes: entityTypesOf(options.entityTypes),
      jobs: jobsOf(options.jobs),
      input: inputOptions(options),
    },
    collectingRenderer(documents),
    NOWHERE,
  );
  return { schema: 'extract/v1', documents: documents as Array<ExtractedDocument<K>>, errors: result.errors };
}
