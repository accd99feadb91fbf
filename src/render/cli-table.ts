// cli-table3, measuring as the wrapping does. Its own string-width (version 4)
// rebuilds its regular expressions on every call, which made most of a
// table's drawing time, and counts some newer emoji differently from the
// current string-width. It is handed the current one, through the module
// cache, before it is loaded.

import { createRequire } from 'node:module';
import stringWidth from 'string-width';

const require = createRequire(import.meta.url);
const requireFromTable = createRequire(require.resolve('cli-table3/src/utils.js'));
const nestedWidth = requireFromTable.resolve('string-width');

/**
 * Characters that always take one column: printable ASCII, Latin letters and
 * signs (not combining marks or the soft hyphen), and the dashes, quotation
 * marks and other punctuation of news text. string-width looks at every
 * grapheme, which is slow, so text made only of these is counted directly.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** A table measures the same lines several times: recent widths are kept, up to a bound. */
const recent = new Map<string, number>();
const RECENT_LIMIT = 4096;

function width(text: string): number {
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  let known = recent.get(text);
  if (known === undefined) {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    known = stringWidth(text);
    recent.set(text, known);
  }
  return known;
}

require.cache[nestedWidth] ??= { id: nestedWidth, filename: nestedWidth, loaded: true, exports: width } as NodeJS.Module;

const Table = require('cli-table3') as typeof import('cli-table3');
export default Table;
export { width as columnsOf };
