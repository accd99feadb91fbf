// What every developer script does at its command line: fail in one line
// with exit 2, and print the comment at its head for --help.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A function that prints `<name>: message` on stderr and exits 2. */
export function failWith(name) {
  return (message) => {
    console.error(`${name}: ${message}`);
    process.exit(2);
  };
}

/** With --help among `args`: prints the script's head comment (the lines before its first import) and exits 0. */
export function helpFromHead(scriptUrl, args) {
  if (!args.includes('--help')) return;
  const lines = readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  console.log(lines.slice(1, lines.findIndex((l) => l.startsWith('import'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n').trim());
  process.exit(0);
}
