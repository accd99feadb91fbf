// The command line: one subcommand per kind of fact in the registry, plus
// `all`. A kind added to the registry gets its subcommand with no change here.

import { Command } from 'commander';
import { KIND_NAMES, KINDS } from '../extract/registry.js';
import type { FactKind } from '../facts.js';
import { execute, EXIT_ERROR } from './execute.js';
import { AFTER_HELP, commandDescription, PROGRAM_DESCRIPTION } from './help.js';
import { addCommandOptions, type CommandOptions } from './options.js';

function extractingCommand(program: Command, name: string, summary: string, kinds: readonly FactKind[]): void {
  const command = program
    .command(name)
    .summary(summary)
    .description(commandDescription(name, summary, kinds.includes('entities')))
    .argument('[inputs...]', 'files, folders, or - for stdin')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', AFTER_HELP);
  const entityTypes = kinds.includes('entities');
  addCommandOptions(command, { entityTypes }).action(async (inputs: string[], options: CommandOptions, self: Command) => {
    await execute({ kinds, allKinds: name === 'all', inputs, options, command: self });
  });
}

export function buildProgram(version: string): Command {
  const program = new Command('extract')
    .description(PROGRAM_DESCRIPTION)
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', AFTER_HELP)
    .showHelpAfterError("(run 'extract --help' for usage)")
    // Usage errors are turned into exit code 2 by the caller.
    .exitOverride();
  for (const kind of KINDS) extractingCommand(program, kind.name, kind.summary, [kind.name]);
  extractingCommand(program, 'all', `every kind of fact: ${KIND_NAMES.join(', ')}`, KIND_NAMES);
  // An ordinary command rather than commander's built-in one, so that
  // `extract help help` shows this command's help and exits 0.
  program.helpCommand(false);
  program
    .command('help [command]')
    .description('show help for a command')
    .helpOption('-h, --help', 'show this help')
    .action((name: string | undefined, _options: unknown, self: Command) => {
      if (name === undefined) return program.help();
      const command = program.commands.find((candidate) => candidate.name() === name);
      if (!command) return program.error(`error: unknown command '${name}'`, { exitCode: EXIT_ERROR });
      return command === self ? self.help() : command.help();
    });
  return program;
}
