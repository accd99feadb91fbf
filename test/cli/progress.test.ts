import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress, progressLine } from '../../src/cli/progress.js';

describe('progressLine', () => {
  it.each([
    [{ files: 3, bytes: 2e6, seconds: 4, source: 'news/a.txt', totals: { files: 12, bytes: 8e6 } }, 'extract [=====               ] · 3/12 files · 0.5 MB/s · 0:12 left · news/a.txt'],
    [{ files: 1, bytes: 1e6, seconds: 2, source: '-', totals: null }, 'extract 1 file · 0.5 MB/s · -'],
    [{ files: 0, bytes: 0, seconds: 0, source: '', totals: null }, 'extract 0 files · 0.0 MB/s'],
  ])('shows the files, the rate and the time left: %j', (state, expected) => {
    expect(progressLine(state, 200)).toBe(expected);
  });

  it('fits the terminal and shows control characters in a path as ?', () => {
    const line = progressLine({ files: 1, bytes: 1, seconds: 1, source: 'a\u001b]0;title\u0007.txt', totals: null }, 40);
    expect(line.length).toBeLessThanOrEqual(39);
    expect(line).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('createProgress', () => {
  afterEach(() => vi.useRealTimers());

  function terminal() {
    const written: string[] = [];
    return { written, stream: { columns: 80, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
  }

  it('draws nothing in the first half second, then redraws in place, and never after it stops', () => {
    vi.useFakeTimers();
    const { written, stream } = terminal();
    const progress = createProgress(true, stream);
    progress.document('a.txt');
    expect(written).toEqual([]);
    vi.advanceTimersByTime(600);
    progress.document('b.txt');
    expect(written.at(-1)).toMatch(/^\r\x1b\[Kextract 2 files .* b\.txt$/);
    progress.stop();
    expect(written.at(-1)).toBe('\r\x1b[K');
    const count = written.length;
    progress.redraw();
    progress.document('c.txt');
    vi.advanceTimersByTime(2000);
    expect(written).toHaveLength(count);
  });

  it('is silent when not enabled', () => {
    const { written, stream } = terminal();
    const progress = createProgress(false, stream);
    progress.document('a.txt');
    progress.redraw();
    expect(written).toEqual([]);
  });
});
