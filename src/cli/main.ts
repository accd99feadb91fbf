// Entry point of the `extract` command (bin/extract.js imports this).
// Sets process.exitCode and returns: process.exit() would cut off output
// still being written to a pipe.

import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { EXIT_ERROR } from './execute.js';
import { buildProgram } from './program.js';
import { internalErrorText } from './stderr.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: readonly string[]): Promise<void> {
  // A closed stderr is no reason to crash, nor is a reader of the help that
  // stops early (`extract --help | head`); a run watches stdout itself (io/output.ts).
  process.stderr.on('error', () => undefined);
  process.stdout.on('error', () => undefined);
  try {
    await buildProgram(packageVersion()).parseAsync(argv as string[]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every usage error exits 2 (commander's default is 1).
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_ERROR;
      return;
    }
    process.stderr.write(internalErrorText(err));
    process.exitCode = EXIT_ERROR;
  }
}

await main(process.argv);
