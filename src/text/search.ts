// Binary search over things sorted by their offsets (segments, tokens,
// mentions, quotations): the one place that finds "the last one starting at
// or before an offset" or "the first one ending after it", so no rule scans
// a document per look-up.

/** Index of the last item whose `start` is at most `offset`, in a list sorted by `start`; -1 when none. */
export function lastStartingBy(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first item whose `end` is after `offset`, in a list sorted by `end`; `list.length` when none. */
export function firstEndingAfter(list: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
