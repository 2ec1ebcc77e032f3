import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatSeconds, progressModeFor, PROGRESS_BAR_DELAY_MS, PROGRESS_LINE_INTERVAL_MS } from '../../src/cli/progress.js';

/** A stream that keeps what is written, optionally pretending to be a terminal. */
const sink = (isTTY = false) => {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
  );
  return { stream, text: () => chunks.join('') };
};

describe('progress', () => {
  it.each([
    [true, true, 'off'],
    [true, false, 'off'],
    [false, true, 'bar'],
    [false, false, 'lines'],
  ])('quiet %s, terminal %s: %s', (quiet, isTTY, mode) => {
    expect(progressModeFor(quiet, { isTTY })).toBe(mode);
  });

  it('prints a plain line with articles/s and ETA every interval when not on a terminal', () => {
    let now = 0;
    const { stream, text } = sink();
    const progress = createProgress('lines', 1000, stream, () => now);
    progress.update({ articles: 10, bytes: 100 });
    expect(text()).toBe('');
    now = PROGRESS_LINE_INTERVAL_MS;
    progress.update({ articles: 50, bytes: 250 });
    now += 1000;
    progress.update({ articles: 60, bytes: 300 });
    now = 2 * PROGRESS_LINE_INTERVAL_MS;
    progress.update({ articles: 100, bytes: 500 });
    progress.stage('laying out 10 nodes');
    expect(text().split('\n').filter(Boolean)).toEqual([
      `extracting: 50 articles (25%), 10 articles/s, ETA ${formatSeconds(15)}`,
      `extracting: 100 articles (50%), 10 articles/s, ETA ${formatSeconds(10)}`,
      'laying out 10 nodes…',
    ]);
  });

  it('stays silent on a short run, and with --quiet', () => {
    const { stream, text } = sink();
    const lines = createProgress('lines', 10, stream, () => 100);
    lines.update({ articles: 1, bytes: 10 });
    lines.stage('writing files');
    const off = createProgress('off', 10, stream, () => 10 * PROGRESS_LINE_INTERVAL_MS);
    off.update({ articles: 1, bytes: 10 });
    off.stage('writing files');
    expect(text()).toBe('');
  });

  it('draws a bar with articles/s on a terminal, and clears it when done', () => {
    let now = 0;
    const { stream, text } = sink(true);
    const progress = createProgress('bar', 1000, stream, () => now);
    progress.update({ articles: 1, bytes: 10 });
    expect(text()).toBe('');
    now = PROGRESS_BAR_DELAY_MS + 1000;
    progress.update({ articles: 40, bytes: 400 });
    progress.stop();
    expect(text()).toMatch(/extracting \|.*\| 40% \| 40 articles \| 20 articles\/s \| ETA/);
  });

  it.each([
    [0, '0s'],
    [59.4, '59s'],
    [75, '1m 15s'],
    [3725, '1h 2m'],
  ])('formats %s seconds as %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});
