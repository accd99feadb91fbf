// Help texts: examples first, then what the exit codes mean. Each kind's
// summary is in its registry entry.

export const PROGRAM_DESCRIPTION = `Pull quotations, entities and votes out of news text, with exact positions.

Examples:
  extract quotes article.txt                  quotes in one file, as a table
  extract all news/ --format json             every kind, every text file
  extract quotes news/ --format csv -o q.csv  CSV written to a file
  extract all a.txt --format html -o a.html   facts marked on the text
  extract entities a.txt --type person,place  only people and places
  cat article.txt | extract quotes --json     read stdin
  extract quotes - --stdin-filename a.txt     name stdin in the output`;

export function commandDescription(name: string, summary: string, entityTypes: boolean): string {
  const typeExample = entityTypes ? `\n  extract ${name} article.txt --type person,organization` : '';
  return `${summary}.

Examples:
  extract ${name} article.txt${typeExample}
  extract ${name} news/ --format jsonl
  extract ${name} news/ --ext txt --format csv --output ${name}.csv
  curl -s https://example.org/article.txt | extract ${name} --json`;
}

export const AFTER_HELP = `
Inputs are files, folders (read recursively, in name order; hidden entries,
node_modules and README, LICENSE, CHANGELOG… files are skipped, symbolic
links too unless --follow) and - for stdin. With no input, stdin is read
when it is not a terminal. Text is read as UTF-8, or as UTF-16 when it
starts with a UTF-16 BOM; a leading BOM is removed.

Formats: table (default), json (extract/v1), jsonl (one fact per line and a
document line per input), csv (cells that would start a formula begin
with '), html (one page: each text with its facts marked on it, for
checking them by eye). Positions: offsets are 0-based UTF-16 code units,
end exclusive; line and column are 1-based.

Colour: on a terminal, unless NO_COLOR or TERM=dumb; FORCE_COLOR=1 forces
it, FORCE_COLOR=0 turns it off; --color and --no-color win over both.

Exit codes:
  0  facts were found
  1  no facts were found
  2  an error: bad usage, or an input could not be read (the other inputs
     are still processed and the output lists the failure under "errors")
  130, 143  interrupted (Ctrl-C) or terminated: the file -o names keeps its
     old content (output is written to a temporary file, renamed at the end)`;
