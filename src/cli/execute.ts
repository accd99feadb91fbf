// What an extracting command does once its arguments are parsed: pick the
// inputs, the output and the renderer, run, report on stderr and set the
// exit code (0 facts found, 1 none, 2 an error).

import type { Command } from 'commander';
import type { FactKind } from '../facts.js';
import { STDIN_ARG } from '../io/inputs.js';
import { fileOutput, streamOutput, type Output } from '../io/output.js';
import { fromSystemError } from '../io/errors.js';
import { createRenderer } from '../render/index.js';
import { colorLevel, resolveFormat, tableWidth, type CommandOptions } from './options.js';
import { createProgress, errorLine, internalErrorText, summaryLine } from './stderr.js';

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

export async function execute({ kinds, allKinds, inputs, options, command }: Invocation): Promise<void> {
  const { stdin, stdout, stderr, env } = process;
  const chosen = resolveFormat(options, command.getOptionValueSource('format'));
  if ('error' in chosen) return command.error(`error: ${chosen.error}`, { exitCode: EXIT_ERROR });
  const { format } = chosen;

  if (inputs.length === 0) {
    if (stdin.isTTY) {
      command.error('error: no input: give files or folders, or pipe text into stdin', { exitCode: EXIT_ERROR });
    }
    inputs = [STDIN_ARG];
  }
  if (inputs.filter((input) => input === STDIN_ARG).length > 1) {
    command.error('error: stdin (-) can be read only once', { exitCode: EXIT_ERROR });
  }

  let output: Output;
  if (options.output !== undefined) {
    try {
      output = await fileOutput(options.output);
    } catch (err) {
      const error = fromSystemError(options.output, err);
      stderr.write(`extract: cannot write ${options.output}: ${error.message} (${error.code})\n`);
      process.exitCode = EXIT_ERROR;
      return;
    }
  } else {
    output = streamOutput(stdout);
  }

  const toTerminal = options.output === undefined && stdout.isTTY === true;
  const renderer = createRenderer(format, {
    kinds,
    allKinds,
    width: tableWidth(toTerminal ? stdout.columns : undefined, env.COLUMNS),
    colorLevel: colorLevel(options.color, toTerminal, env),
    explain: options.explain === true,
  });
  // Progress shares the terminal with the output only when the output comes
  // at the end (table); streamed output to the terminal would mix with it.
  const progress = createProgress(stderr.isTTY === true && !env.CI && (format === 'table' || !toTerminal));

  // Loaded here, not at startup: the extractors (and compromise) are only needed for a run.
  const { run } = await import('../run.js');
  const result = await run(
    {
      kinds,
      inputs,
      entityTypes: options.type,
      input: { extensions: options.ext, maxBytes: options.maxSize, stdinName: options.stdinFilename, stdin },
    },
    renderer,
    output,
    {
      onDocument: (source) => progress.document(source),
      onError(error) {
        progress.clear();
        stderr.write(`${errorLine(error)}\n`);
      },
      onInternalError(source, err) {
        progress.clear();
        stderr.write(internalErrorText(err, source));
      },
      // The table is written at the end, on the terminal the progress line is on.
      onInputsDone: () => progress.clear(),
    },
  );

  if (output.failure) {
    stderr.write(`extract: cannot write the output: ${output.failure.message}\n`);
  }
  if (format === 'table') {
    stderr.write(`${summaryLine(result.documents, result.facts, kinds, result.errors.length)}\n`);
  }
  const found = kinds.some((kind) => result.facts[kind] > 0);
  process.exitCode = result.errors.length > 0 || output.failure ? EXIT_ERROR : found ? EXIT_FOUND : EXIT_NOTHING_FOUND;
}
