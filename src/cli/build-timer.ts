/** StepTimer: wall-clock and whole-process CPU seconds per step of a build. */

/** The steps of `kg build`, in order. */
export const BUILD_STEPS = ['extract', 'resolve', 'graph', 'layout', 'export'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];
export type StepSeconds = Record<BuildStep | 'total', number>;

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Times consecutive steps: each `end(step)` closes the step begun at the previous `end` (or at creation). */
export class StepTimer {
  readonly seconds: StepSeconds = { extract: 0, resolve: 0, graph: 0, layout: 0, export: 0, total: 0 };
  /** CPU seconds of all threads: what the wall-clock figures cost, whatever else the machine runs. */
  readonly cpuSeconds: StepSeconds = { ...this.seconds };
  private readonly started = { wall: performance.now(), cpu: cpuNow() };
  private lap = { ...this.started };

  /** Ends `step` now. */
  end(step: BuildStep): void {
    const now = { wall: performance.now(), cpu: cpuNow() };
    this.seconds[step] = (now.wall - this.lap.wall) / 1000;
    this.cpuSeconds[step] = now.cpu - this.lap.cpu;
    this.seconds.total = (now.wall - this.started.wall) / 1000;
    this.cpuSeconds.total = now.cpu - this.started.cpu;
    this.lap = now;
  }
}
