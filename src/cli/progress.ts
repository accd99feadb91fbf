// The progress bar on stderr, for a person watching a long run: files done
// of the total, MB/s and the time left, redrawn in place. It is erased
// before anything else is written to the terminal and drawn again after, so
// it stays visible while a table streams on stdout. Short runs never show it.

import type { InputTotals } from '../io/measure.js';
import type { Output } from '../io/output.js';

export interface Progress {
  /** `bytes` of text have been read and their facts written. */
  read(bytes: number): void;
  /** A document is done. */
  document(source: string): void;
  /** What the run will read in all, once it is known. */
  setTotals(totals: InputTotals): void;
  /** Erases the bar, before other text is written to the terminal. */
  clear(): void;
  /** Draws the bar again after `clear`. */
  redraw(): void;
  /** Erases the bar for good. */
  stop(): void;
}

const REDRAW_MS = 100;
/** Runs shorter than this show no bar. */
const FIRST_DRAW_MS = 500;
const BAR_WIDTH = 20;

const NO_PROGRESS: Progress = { read() {}, document() {}, setTotals() {}, clear() {}, redraw() {}, stop() {} };

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/** The bar's text; `width` is the terminal's. Exported for tests. */
export function progressLine(
  state: { files: number; bytes: number; seconds: number; source: string; totals: InputTotals | null },
  width: number,
): string {
  const { files, bytes, seconds, totals } = state;
  const rate = seconds > 0 ? bytes / seconds : 0;
  const parts: string[] = [];
  if (totals && totals.bytes > 0) {
    const share = Math.min(1, bytes / totals.bytes);
    const filled = Math.round(share * BAR_WIDTH);
    parts.push(`[${'='.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}]`, `${files}/${totals.files} files`);
  } else {
    parts.push(`${files} ${files === 1 ? 'file' : 'files'}`);
  }
  parts.push(`${(rate / 1e6).toFixed(1)} MB/s`);
  if (totals && totals.bytes > 0 && rate > 0) parts.push(`${clock((totals.bytes - bytes) / rate)} left`);
  // Control characters in a path would move the cursor: show them as '?'.
  const source = state.source.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  const line = `extract ${parts.join(' · ')}${source ? ` · ${source}` : ''}`;
  const room = Math.max(10, width - 1);
  return line.length > room ? `${line.slice(0, room - 1)}…` : line;
}

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled) return NO_PROGRESS;
  const startedAt = Date.now();
  const state = { files: 0, bytes: 0, seconds: 0, source: '', totals: null as InputTotals | null };
  let drawn = false;
  let hidden = false;
  let stopped = false;
  let lastDraw = 0;
  const draw = (force = false) => {
    const now = Date.now();
    if (hidden || now - startedAt < FIRST_DRAW_MS || (!force && now - lastDraw < REDRAW_MS)) return;
    lastDraw = now;
    state.seconds = (now - startedAt) / 1000;
    stream.write(`\r\x1b[K${progressLine(state, stream.columns || 80)}`);
    drawn = true;
  };
  // The clock and rate move even while one long text is being read.
  const timer = setInterval(() => draw(true), 1000);
  timer.unref();
  const erase = () => {
    if (drawn) stream.write('\r\x1b[K');
    drawn = false;
  };
  return {
    read(bytes) {
      state.bytes += bytes;
      draw();
    },
    document(source) {
      state.files++;
      state.source = source;
      draw();
    },
    setTotals(totals) {
      state.totals = totals;
    },
    clear() {
      hidden = true;
      erase();
    },
    redraw() {
      if (stopped) return;
      hidden = false;
      draw(true);
    },
    stop() {
      clearInterval(timer);
      stopped = true;
      hidden = true;
      erase();
    },
  };
}

/** `output` with the bar erased before each write and drawn again after. */
export function aroundProgress(output: Output, progress: Progress): Output {
  return {
    async write(text) {
      progress.clear();
      await output.write(text);
      progress.redraw();
    },
    close: () => output.close(),
    get closed() {
      return output.closed;
    },
    get failure() {
      return output.failure;
    },
  };
}
