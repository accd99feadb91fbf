// Byte sizes as users write them (`--max-size 50M`) and as messages show them.
// Suffixes are binary: k = 1024, M = 1024², G = 1024³; "B"/"iB" may follow.

/** Inputs larger than this are skipped (`--max-size`, the library's `maxSize`). */
export const DEFAULT_MAX_SIZE = '50M';

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Parses `123`, `512k`, `50M`, `1.5GiB`; returns null when it is not a size. */
export function parseSize(value: string): number | null {
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- matched against a command-line value
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value);
  if (!match) return null;
  const bytes = Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]);
  return Number.isSafeInteger(bytes) ? bytes : null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = value >= 10 || Number.isInteger(value) ? Math.round(value).toString() : value.toFixed(1);
  return `${rounded} ${units[unit]}`;
}
