// What an extracting command does once its arguments are parsed: pick the
// inputs, the output (refused when it is an input or inside an input
// folder) and the renderer, run, report on stderr and set the exit code
// (0 facts found, 1 none, 2 an error; 128 + n after signal n, interrupt.ts).

import type { Command } from 'commander';
import type { FactKind } from '../facts.js';
import { STDIN_ARG } from '../io/inputs.js';
import { JSONL_EXTENSIONS } from '../io/jsonl-input.js';
import { streamOutput, type Output } from '../io/output.js';
import { fileOutput, type FileOutput } from '../io/file-output.js';
import { outputClash } from '../io/output-clash.js';
import { fromSystemError } from '../io/errors.js';
import { colorLevel } from './color.js';
import { resolveFormat, tableWidth, type CommandOptions } from './options.js';
import { aroundProgress, createProgress } from './progress.js';
import { errorLine, internalErrorText, noteLine, nothingFoundLine, summaryLine } from './stderr.js';
import { measureInputs } from '../io/measure.js';
import { inputPaths } from './argument-bytes.js';
import { exitOnInterrupt } from './interrupt.js';

export const EXIT_FOUND = 0;
export const EXIT_NOTHING_FOUND = 1;
export const EXIT_ERROR = 2;

export interface Invocation {
  kinds: readonly FactKind[];
  /** `extract all` rather than one kind. */
  allKinds: boolean;
  inputs: string[];
  options: CommandOptions;
  command: Command;
}

/** `-o -` writes to stdout. */
const STDOUT_ARG = '-';

/** `'extract entities' or 'extract all'`: the commands that list `flag` in their help. */
function commandsTaking(command: Command, flag: string): string {
  const names = (command.parent?.commands ?? [])
    .filter((other) => other.options.some((option) => option.long === flag && !option.hidden))
    .map((other) => `'extract ${other.name()}'`);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

export async function execute({ kinds, allKinds, inputs, options, command }: Invocation): Promise<void> {
  const { stdin, stdout, stderr, env } = process;
  const chosen = resolveFormat(options, command.getOptionValueSource('format'));
  if ('error' in chosen) return command.error(`error: ${chosen.error}`, { exitCode: EXIT_ERROR });
  // Records in, records out: with --input jsonl the default format is one jsonl line per record.
  const records = options.input === 'jsonl';
  const format = records && !options.json && command.getOptionValueSource('format') === 'default' ? 'jsonl' : chosen.format;
  if (options.type !== undefined && !kinds.includes('entities')) {
    const which = `'extract ${command.name()}'`;
    command.error(`error: --type filters entities, which ${which} does not extract: use ${commandsTaking(command, '--type')}`, { exitCode: EXIT_ERROR });
  }
  if (options.bom && format !== 'csv') {
    command.error(`error: --bom goes with --format csv, not ${format}`, { exitCode: EXIT_ERROR });
  }

  if (inputs.length === 0) {
    if (stdin.isTTY) {
      command.error('error: no input: give files or folders, or pipe text into stdin', { exitCode: EXIT_ERROR });
    }
    inputs = [STDIN_ARG];
  }
  const paths = inputPaths(inputs);
  if (inputs.filter((input) => input === STDIN_ARG).length > 1) {
    command.error('error: stdin (-) can be read only once', { exitCode: EXIT_ERROR });
  }

  // `-o -` is stdout, as `-` is stdin among the inputs.
  const file = options.output === STDOUT_ARG ? undefined : options.output;
  if (file !== undefined) {
    const clash = await outputClash(file, paths);
    if (clash) command.error(`error: ${clash}`, { exitCode: EXIT_ERROR });
  }

  // A bar for a person watching: on a terminal, never under CI, unless asked for or silenced.
  const progress = createProgress(options.progress === true || (!options.quiet && stderr.isTTY === true && !env.CI));
  // From here on files are written: a run cut short removes them, and --output keeps its old content.
  const stopHandlingSignals = exitOnInterrupt(() => progress.stop());
  let output: Output;
  let written: FileOutput | undefined;
  if (file !== undefined) {
    try {
      output = written = await fileOutput(file);
    } catch (err) {
      stopHandlingSignals();
      const error = fromSystemError(file, err);
      stderr.write(`extract: cannot write ${file}: ${error.message} (${error.code})\n`);
      process.exitCode = EXIT_ERROR;
      return;
    }
  } else {
    output = streamOutput(stdout);
  }

  try {
    const toTerminal = file === undefined && stdout.isTTY === true;
    // Loaded here, not at startup: the table's renderer loads cli-table3.
    const { createRenderer } = await import('../render/index.js');
    const renderer = createRenderer(format, {
      kinds,
      allKinds,
      width: tableWidth(toTerminal ? stdout.columns : undefined, env.COLUMNS),
      colorLevel: colorLevel(options.color, toTerminal, env),
      explain: options.explain === true,
      records,
      bom: options.bom === true,
    });
    // Output written to the terminal the bar is on goes between erasing and redrawing it.
    if (toTerminal) output = aroundProgress(output, progress);

    // Records are counted as they come; files and their size can be known ahead.
    if (!records) {
      void measureInputs(paths, { extensions: options.ext, follow: options.follow }).then((totals) => progress.setTotals(totals), () => undefined);
    }

    // Loaded here, not at startup: the extractors (and compromise) are only needed for a run.
    const { run } = await import('../run.js');
    const result = await run(
      {
        kinds,
        inputs: paths,
        entityTypes: options.type,
        jobs: options.jobs,
        timeoutPerFile: options.timeoutPerFile,
        input: {
          format: options.input,
          extensions: records && command.getOptionValueSource('ext') === 'default' ? JSONL_EXTENSIONS : options.ext,
          maxBytes: options.maxSize,
          stdinName: options.stdinFilename,
          stdin,
          follow: options.follow === true,
        },
      },
      renderer,
      output,
      {
        onRead: (bytes) => progress.read(bytes),
        onDocument: (source) => progress.document(source),
        onError(error) {
          progress.clear();
          stderr.write(`${errorLine(error)}\n`);
          progress.redraw();
        },
        onNote(note) {
          if (options.quiet) return;
          progress.clear();
          stderr.write(`${noteLine(note)}\n`);
          progress.redraw();
        },
        onInternalError(source, err) {
          progress.clear();
          stderr.write(internalErrorText(err, source));
          progress.redraw();
        },
        onInputsDone: () => progress.stop(),
      },
    );

    if (output.failure) {
      stderr.write(`extract: cannot write the output: ${output.failure.message}\n`);
    }
    const found = kinds.some((kind) => result.facts[kind] > 0);
    // Messages for a person reading the table go to stderr, so that stdout holds only facts.
    if (format === 'table' && !options.quiet) {
      if (!found) stderr.write(`${nothingFoundLine(kinds)}\n`);
      stderr.write(`${summaryLine(result.documents, result.facts, kinds, result.errors.length)}\n`);
    }
    process.exitCode = result.errors.length > 0 || output.failure ? EXIT_ERROR : found ? EXIT_FOUND : EXIT_NOTHING_FOUND;
  } finally {
    // The output was finished, or the run failed: no temporary file stays.
    written?.discard();
    stopHandlingSignals();
  }
}
