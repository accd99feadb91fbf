// Binary search over things sorted by their offsets (segments, tokens,
// mentions, quotations): the one place that finds "the last one starting at
// or before an offset" or "the first one ending after it", so no rule scans
// a document per look-up.

/** Index of the first item for which `after` holds, `after` being false then true along the list; `list.length` when none. */
function firstWhere<T>(list: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last item whose `start` is at most `offset`, in a list sorted by `start`; -1 when none. */
export function lastStartingBy(list: readonly { start: number }[], offset: number): number {
  return firstWhere(list, (item) => item.start > offset) - 1;
}

/** Index of the first item whose `end` is after `offset`, in a list sorted by `end`; `list.length` when none. */
export function firstEndingAfter(list: readonly { end: number }[], offset: number): number {
  return firstWhere(list, (item) => item.end > offset);
}
