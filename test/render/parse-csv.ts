// A strict RFC 4180 reader for checking CSV output: CRLF record ends, quoted
// fields may hold commas, quote marks (doubled) and line breaks. Throws on
// anything else (a bare LF, a stray quote mark, text after a closing quote).

export function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`invalid CSV at offset ${i}: ${why}`);
  };
  while (i < input.length) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) fail('unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += input[i++];
      }
    } else {
      while (i < input.length && input[i] !== ',' && input[i] !== '\r') {
        if (input[i] === '"' || input[i] === '\n') fail(`unexpected ${JSON.stringify(input[i])} in an unquoted field`);
        field += input[i++];
      }
    }
    record.push(field);
    if (input[i] === ',') {
      i++;
      continue;
    }
    if (input.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
      continue;
    }
    fail('expected a comma or CRLF after a field');
  }
  if (record.length > 0) fail('the last record has no CRLF');
  return records;
}
