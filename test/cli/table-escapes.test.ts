// What the terminal is sent: an input's escape sequences are shown, not obeyed.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runExtract, suiteTempDir } from './run-extract.js';

const dir = suiteTempDir();

/** C0 but line feed, DEL and C1. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

it('escape and OSC sequences in a quote are shown as \\x1b in the table, and kept as they are in JSON', async () => {
  const quote = 'We will open the \x1b]0;owned\x07bridge \x1b[31mon Monday,';
  const file = join(dir.path, 'bridge.txt');
  await writeFile(file, `“${quote}” said Orla Penwick, the mayor of Stavely.\n`);

  const table = await runExtract(['quotes', file, '--color']);
  expect(table.code).toBe(0);
  expect(table.stdout).toContain('\\x1b]0;owned\\x07bridge');
  expect(table.stdout).toContain('\\x1b[31mon');
  // The table's own colours remain; nothing from the input reaches the terminal raw.
  expect(table.stdout.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROL);

  const json = await runExtract(['quotes', file, '--json']);
  expect(JSON.parse(json.stdout).documents[0].quotes[0].text).toBe(quote);
});

it('a control character in a file name is escaped on stderr too', async () => {
  const result = await runExtract(['quotes', join(dir.path, 'gone\x1b[2J.txt')]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('gone\\x1b[2J.txt: no such file or directory (ENOENT)');
  expect(result.stderr).not.toMatch(RAW_CONTROL);
});
