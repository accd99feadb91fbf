// The command line: one subcommand per available kind of fact, plus `all`.
// A kind added to AVAILABLE_KINDS gets its subcommand with no change here.

import { Command } from 'commander';
import { AVAILABLE_KINDS } from '../extract/kinds.js';
import type { FactKind } from '../facts.js';
import { execute } from './execute.js';
import { AFTER_HELP, commandDescription, KIND_DESCRIPTIONS, PROGRAM_DESCRIPTION } from './help.js';
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
  for (const kind of AVAILABLE_KINDS) extractingCommand(program, kind, KIND_DESCRIPTIONS[kind], [kind]);
  extractingCommand(program, 'all', `every kind of fact: ${AVAILABLE_KINDS.join(', ')}`, AVAILABLE_KINDS);
  program.helpCommand('help [command]', 'show help for a command');
  return program;
}
