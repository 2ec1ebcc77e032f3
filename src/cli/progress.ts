/**
 * Progress of long builds on stderr: a cli-progress bar (articles/s, ETA) on a terminal, a plain line every few seconds
 * otherwise, nothing with --quiet. Runs shorter than the first interval print nothing in either mode.
 */
import { SingleBar } from 'cli-progress';

/** How progress is shown. */
export type ProgressMode = 'bar' | 'lines' | 'off';

/** Running totals reported during extraction. */
export interface ProgressCounts {
  articles: number;
  bytes: number;
}

/** A progress display; `stage` names what runs after extraction (resolve, layout, export). */
export interface Progress {
  update(counts: ProgressCounts): void;
  stage(name: string): void;
  stop(): void;
}

/** Plain lines are printed this often; the bar appears after this long. */
export const PROGRESS_LINE_INTERVAL_MS = 5_000;
export const PROGRESS_BAR_DELAY_MS = 1_000;

/** The mode for a stream: off when quiet, a bar on a terminal, lines elsewhere. */
export function progressModeFor(quiet: boolean, stream: { isTTY?: boolean }): ProgressMode {
  return quiet ? 'off' : stream.isTTY ? 'bar' : 'lines';
}

/** A progress display over `totalBytes` of input; `now` is injectable for tests. */
export function createProgress(mode: ProgressMode, totalBytes: number, stream: NodeJS.WritableStream, now: () => number = performance.now.bind(performance)): Progress {
  if (mode === 'off') return { update() {}, stage() {}, stop() {} };
  const started = now();
  const rate = (articles: number) => articles / Math.max((now() - started) / 1000, 1e-3);
  const eta = (bytes: number) => (bytes > 0 && totalBytes > bytes ? ((now() - started) / 1000) * ((totalBytes - bytes) / bytes) : 0);
  return mode === 'bar' ? barProgress(totalBytes, stream, started, now, rate) : lineProgress(totalBytes, stream, started, now, rate, eta);
}

function lineProgress(
  totalBytes: number,
  stream: NodeJS.WritableStream,
  started: number,
  now: () => number,
  rate: (articles: number) => number,
  eta: (bytes: number) => number,
): Progress {
  let lastLine = started;
  const due = () => now() - lastLine >= PROGRESS_LINE_INTERVAL_MS;
  const print = (line: string) => {
    lastLine = now();
    stream.write(`${line}\n`);
  };
  return {
    update({ articles, bytes }) {
      if (!due()) return;
      const share = totalBytes > 0 ? ` (${Math.min(100, Math.floor((100 * bytes) / totalBytes))}%)` : '';
      print(`extracting: ${articles} articles${share}, ${rate(articles).toFixed(0)} articles/s, ETA ${formatSeconds(eta(bytes))}`);
    },
    // Stages of a long run are announced; a short run stays silent.
    stage(name) {
      if (now() - started >= PROGRESS_LINE_INTERVAL_MS) print(`${name}…`);
    },
    stop() {},
  };
}

function barProgress(totalBytes: number, stream: NodeJS.WritableStream, started: number, now: () => number, rate: (articles: number) => number): Progress {
  let bar: SingleBar | undefined;
  let stageShown = false;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    update({ articles, bytes }) {
      if (!bar) {
        if (now() - started < PROGRESS_BAR_DELAY_MS) return;
        bar = new SingleBar({
          stream,
          format: 'extracting |{bar}| {percentage}% | {articles} articles | {rate} articles/s | ETA {eta_formatted}',
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 100,
          fps: 5,
        });
        bar.start(Math.max(totalBytes, 1), 0, { articles: 0, rate: '0' });
      }
      bar.update(Math.min(bytes, totalBytes), { articles, rate: rate(articles).toFixed(0) });
    },
    stage(name) {
      stop();
      if (now() - started < PROGRESS_BAR_DELAY_MS) return;
      stream.write(`\r\x1b[K${name}…`);
      stageShown = true;
    },
    stop() {
      stop();
      if (stageShown) stream.write('\r\x1b[K');
    },
  };
}

/** 75 → "1m 15s". */
export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m ${s % 60}s` : `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}
