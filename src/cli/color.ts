// Whether the table is coloured, and with how many colours. The flags win,
// then the environment's conventions (FORCE_COLOR, NO_COLOR, TERM=dumb),
// then whether the output is a terminal. chalk's own detection looks at
// stdout even when the table goes to a file, and ignores NO_COLOR, so the
// level is decided here and handed to chalk.

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorEnv {
  FORCE_COLOR?: string;
  NO_COLOR?: string;
  TERM?: string;
  COLORTERM?: string;
}

/**
 * FORCE_COLOR as Node and chalk read it: `0` or `false` turns colour off;
 * `1`, `2` or `3` force at least that level; `true`, an empty value or any
 * other value force basic colours. Unset: undefined.
 */
export function forcedLevel(value: string | undefined): ColorLevel | undefined {
  if (value === undefined) return undefined;
  const word = value.trim().toLowerCase();
  if (word === '0' || word === 'false') return 0;
  const level = Number(word);
  return Number.isInteger(level) && level >= 1 ? (Math.min(level, 3) as ColorLevel) : 1;
}

/**
 * The chalk level for the table: `--no-color` gives 0 and `--color` at least
 * basic colours; else FORCE_COLOR decides when set (it overrides NO_COLOR,
 * as in Node); else NO_COLOR (not empty), TERM=dumb or an output that is
 * not a terminal give 0.
 */
export function colorLevel(flag: boolean | undefined, isTTY: boolean, env: ColorEnv): ColorLevel {
  if (flag === false) return 0;
  const detected: ColorLevel = env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : /256/.test(env.TERM ?? '') ? 2 : 1;
  if (flag === true) return detected;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced === 0 ? 0 : (Math.max(forced, detected) as ColorLevel);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.TERM === 'dumb' || !isTTY) return 0;
  return detected;
}
