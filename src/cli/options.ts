// The options every extracting command takes, their parsing and checks.
// Invalid values are usage errors (exit 2), reported by commander.

import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../facts.js';
import { INPUT_FORMATS, type InputFormat } from '../io/inputs.js';
import { DEFAULT_EXTENSIONS } from '../io/walk.js';
import { DEFAULT_MAX_SIZE, parseSize } from '../io/size.js';
import { FORMATS, type Format } from '../render/formats.js';

/** Table width when stdout is not a terminal and COLUMNS is not set. */
export const DEFAULT_WIDTH = 100;

export interface CommandOptions {
  format: Format;
  json?: boolean;
  /** --input: how inputs are read, `text` (one document each) or `jsonl` (one document per line). */
  input: InputFormat;
  output?: string;
  ext: string[];
  maxSize: number;
  stdinFilename: string;
  /** true: --color, false: --no-color, undefined: decide from the terminal. */
  color?: boolean;
  /** --type: the entity types to keep; undefined keeps every entity. */
  type?: EntityType[];
  /** --explain: the table shows the rule behind each fact and its entity links. */
  explain?: boolean;
  /** --jobs: worker threads reading documents. */
  jobs: number;
  /** --timeout-per-file: seconds a document (or a window of a long one) may take. */
  timeoutPerFile?: number;
  /** --quiet: no progress bar and no summary line. */
  quiet?: boolean;
  /** --progress: the progress bar even when stderr is not a terminal. */
  progress?: boolean;
  /** --follow: follow symbolic links met in folders. */
  follow?: boolean;
  /** --bom: a UTF-8 byte-order mark before CSV output. */
  bom?: boolean;
}

export function parseExtensions(value: string): string[] {
  const extensions = value
    .split(',')
    .map((ext) => ext.trim().replace(/^\.+/, '').toLowerCase())
    .filter((ext) => ext !== '');
  if (extensions.length === 0) throw new InvalidArgumentError('give at least one extension, e.g. txt,md');
  if (extensions.some((ext) => /[/\\]/.test(ext))) throw new InvalidArgumentError('an extension cannot contain a slash');
  return [...new Set(extensions)];
}

export function parseMaxSize(value: string): number {
  const bytes = parseSize(value);
  if (bytes === null || bytes < 1) throw new InvalidArgumentError('expected a size such as 500k, 50M or 1G');
  return bytes;
}

export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || jobs < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return jobs;
}

export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value.trim()) || !(seconds > 0)) throw new InvalidArgumentError('expected a number of seconds above 0, e.g. 30');
  return seconds;
}

/** An option taking one of `choices` in any case (`--format JSON`), as `--type` takes its types. */
function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, description).choices(choices).argParser((value: string) => {
    const chosen = value.trim().toLowerCase();
    if (!choices.includes(chosen)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return chosen;
  });
}

const isEntityType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value);

export function parseEntityTypes(value: string): EntityType[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const valid = ENTITY_TYPES.join(', ');
  if (names.length === 0) throw new InvalidArgumentError(`give at least one entity type; valid types: ${valid}`);
  const unknown = names.filter((name) => !isEntityType(name));
  if (unknown.length > 0) {
    const which = unknown.map((name) => `'${name}'`).join(', ');
    throw new InvalidArgumentError(`unknown entity type${unknown.length > 1 ? 's' : ''} ${which}; valid types: ${valid}`);
  }
  return [...new Set(names as EntityType[])];
}

/**
 * The options of an extracting command. `--type` is listed only where
 * entities are extracted; elsewhere it is taken but hidden, so that the
 * command can say where it belongs rather than "unknown option".
 */
export function addCommandOptions(command: Command, { entityTypes }: { entityTypes: boolean }): Command {
  command
    .addOption(choiceOption('-f, --format <format>', 'output format', FORMATS).default('table'))
    .option('--json', 'short for --format json')
    .addOption(
      choiceOption('--input <format>', 'input format: text, or jsonl (one {"id", "text"} record per line; output defaults to jsonl)', INPUT_FORMATS).default(
        'text',
      ),
    );
  if (!entityTypes) command.addOption(new Option('--type <list>').hideHelp());
  else {
    command.addOption(
      new Option('--type <list>', `only entities of these types, comma-separated: ${ENTITY_TYPES.join(', ')}`).argParser(
        // Given twice (--type person --type place), the lists add up.
        (value: string, previous: EntityType[] | undefined) => [...new Set([...(previous ?? []), ...parseEntityTypes(value)])],
      ),
    );
  }
  return command
    .option('-o, --output <file>', 'write the output to <file> instead of stdout (- is stdout)')
    .addOption(
      new Option('--ext <list>', 'extensions read from folders, comma-separated')
        .argParser(parseExtensions)
        .default([...DEFAULT_EXTENSIONS], DEFAULT_EXTENSIONS.join(',')),
    )
    .addOption(
      new Option('--max-size <size>', 'skip inputs larger than this (k, M, G are powers of 1024)')
        .argParser(parseMaxSize)
        .default(parseSize(DEFAULT_MAX_SIZE), DEFAULT_MAX_SIZE),
    )
    .addOption(
      new Option('-j, --jobs <n>', 'documents read in parallel, on this many threads')
        .argParser(parseJobs)
        .default(availableParallelism(), 'the number of cores'),
    )
    .addOption(
      new Option('--timeout-per-file <seconds>', 'stop reading a document (or a 256 KB window of a long one) after this long: reported as TIMEOUT, its facts dropped, the run goes on').argParser(parseSeconds),
    )
    .option('-L, --follow', 'follow symbolic links inside folders (a link named as an input is always followed)')
    .option('--stdin-filename <name>', 'source name for text read from stdin', '-')
    .option('--explain', 'table: show the rule behind each fact and its entity links (the other formats always carry them)')
    .option('-q, --quiet', 'no progress bar, summary or "nothing found" line on stderr (errors are still reported)')
    .option('--progress', 'show the progress bar even when stderr is not a terminal or under CI')
    .option('--color', 'colour the table even when not on a terminal')
    .option('--no-color', 'never colour the table')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark, for spreadsheets that need one');
}

/** The format to use, or a message when --json and --format disagree. */
export function resolveFormat(
  options: CommandOptions,
  formatSource: string | undefined,
): { format: Format } | { error: string } {
  if (!options.json) return { format: options.format };
  if (formatSource === 'cli' && options.format !== 'json') return { error: `--json conflicts with --format ${options.format}` };
  return { format: 'json' };
}

/** The terminal's width; else `COLUMNS` from the environment; else 100. */
export function tableWidth(terminalColumns: number | undefined, columnsEnv: string | undefined): number {
  if (terminalColumns && terminalColumns > 0) return terminalColumns;
  const fromEnv = Number(columnsEnv);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH;
}
