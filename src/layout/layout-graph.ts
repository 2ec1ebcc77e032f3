/** layoutGraph: seeded placement, ForceAtlas2, then noverlap; mutates x/y in place (the build step). */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { OptionsError } from '../errors.js';
import { roundTo } from '../graph/compare.js';
import type { EdgeAttributes, KnowledgeGraph } from '../graph/index.js';
import {
  BARNES_HUT_MIN_ORDER,
  BARNES_HUT_THETA_BY_ORDER,
  CO_MENTION_PULL,
  COORDINATE_DECIMALS,
  DEFAULT_LAYOUT_OPTIONS,
  ITERATIONS_BY_ORDER,
  MAX_ITERATIONS,
  COINCIDENT_OFFSET,
  FA2_WORK_BUDGET,
  MIN_ITERATIONS,
  NOVERLAP_ITERATIONS_BY_ORDER,
  NOVERLAP_MIN_GRID_SIZE,
  NOVERLAP_SETTINGS,
  TIME_CHECK_ITERATIONS,
} from './defaults.js';
import { checkSeed, placeInitially } from './place-initially.js';

/** Options of layoutGraph. */
export interface LayoutOptions {
  seed?: string;
  /** ForceAtlas2 iterations; default iterationsFor(graph.order). */
  iterations?: number;
  /** Spread overlapping nodes apart after ForceAtlas2 (default true). */
  noverlap?: boolean;
  /**
   * Stop ForceAtlas2 after about this many milliseconds (checked every TIME_CHECK_ITERATIONS iterations). Opt-in:
   * how far the layout gets then depends on the machine, so the output is no longer byte-identical across runs.
   */
  timeLimit?: number;
}

/** What layoutGraph did. */
export interface LayoutReport {
  iterations: number;
  barnesHutOptimize: boolean;
  noverlap: boolean;
  /** Present when timeLimit stopped ForceAtlas2 before `iterations`; `iterations` is then the number run. */
  stoppedEarly?: true;
}

/** Default ForceAtlas2 iterations for a graph of `order` nodes (and `size` edges: big graphs get fewer, see FA2_WORK_BUDGET). */
export function iterationsFor(order: number, size = 0): number {
  const byOrder = ITERATIONS_BY_ORDER.find((row) => order <= row.maxOrder)!.iterations;
  return Math.max(Math.min(MIN_ITERATIONS, byOrder), Math.min(byOrder, Math.floor(FA2_WORK_BUDGET / Math.max(1, order + size / 4))));
}

/** Barnes–Hut θ for a graph of `order` nodes. */
export function thetaFor(order: number): number {
  return BARNES_HUT_THETA_BY_ORDER.find((row) => order <= row.maxOrder)!.theta;
}

/** Noverlap iterations and grid size for a graph of `order` nodes. */
export function noverlapSettingsFor(order: number): { maxIterations: number; gridSize: number } {
  return {
    maxIterations: NOVERLAP_ITERATIONS_BY_ORDER.find((row) => order <= row.maxOrder)!.iterations,
    gridSize: Math.max(NOVERLAP_MIN_GRID_SIZE, Math.ceil(Math.sqrt(order))),
  };
}

/** Moves nodes that sit exactly on an earlier node by a small fixed step, so noverlap never needs its random jitter. */
function separateCoincident(graph: KnowledgeGraph): void {
  const seen = new Map<string, number>();
  graph.updateEachNodeAttributes(
    (_, attributes) => {
      const spot = `${attributes.x},${attributes.y}`;
      const count = seen.get(spot) ?? 0;
      seen.set(spot, count + 1);
      return count === 0 ? attributes : { ...attributes, x: attributes.x + count * COINCIDENT_OFFSET };
    },
    { attributes: ['x'] },
  );
}

/** Checks the options and fills in defaults; throws OptionsError naming the bad option. */
export function resolveLayoutOptions(graph: KnowledgeGraph, options: LayoutOptions = {}): Required<Omit<LayoutOptions, 'timeLimit'>> & Pick<LayoutOptions, 'timeLimit'> {
  const seed = checkSeed(options.seed ?? DEFAULT_LAYOUT_OPTIONS.seed);
  const iterations = options.iterations ?? DEFAULT_LAYOUT_OPTIONS.iterations ?? iterationsFor(graph.order, graph.size);
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new OptionsError(`layout options: iterations must be a whole number from 1 to ${MAX_ITERATIONS}, got ${String(iterations)} — pass e.g. --iterations 300`);
  }
  const spread = options.noverlap ?? DEFAULT_LAYOUT_OPTIONS.noverlap;
  if (typeof spread !== 'boolean') {
    throw new OptionsError(`layout options: noverlap must be true or false, got ${JSON.stringify(spread)} — fix the value passed to layoutGraph`);
  }
  const { timeLimit } = options;
  if (timeLimit !== undefined && !(typeof timeLimit === 'number' && timeLimit > 0 && Number.isFinite(timeLimit))) {
    throw new OptionsError(`layout options: timeLimit must be a positive number of milliseconds, got ${String(timeLimit)} — pass e.g. --layout-time 10`);
  }
  return { seed, iterations, noverlap: spread, timeLimit };
}

/** Lays the graph out in place and rounds coordinates; same graph and seed give the same x/y. */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): LayoutReport {
  // 1. Options.
  const settings = resolveLayoutOptions(graph, options);
  const barnesHutOptimize = graph.order >= BARNES_HUT_MIN_ORDER;

  // 2. Seeded start, grouped by community.
  placeInitially(graph, { seed: settings.seed });
  if (graph.order < 2) return { iterations: 0, barnesHutOptimize, noverlap: false };

  // 3. ForceAtlas2; co-mentions pull less than typed relations; in slices when time-bounded.
  const run = (iterations: number) =>
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize, barnesHutTheta: thetaFor(graph.order) },
      getEdgeWeight: (_edge: string, attributes: EdgeAttributes) =>
        attributes.coMention ? attributes.weight * CO_MENTION_PULL : attributes.weight,
    });
  let iterations = settings.iterations;
  if (settings.timeLimit === undefined) run(iterations);
  else iterations = runUntil(run, iterations, performance.now() + settings.timeLimit);

  // 4. Push overlapping nodes apart.
  if (settings.noverlap) {
    separateCoincident(graph);
    const { maxIterations, gridSize } = noverlapSettingsFor(graph.order);
    noverlap.assign(graph, { maxIterations, settings: { ...NOVERLAP_SETTINGS, gridSize } });
  }

  // 5. Round, so the files are byte-stable.
  graph.updateEachNodeAttributes(
    (_, attributes) => ({
      ...attributes,
      x: roundTo(attributes.x, COORDINATE_DECIMALS),
      y: roundTo(attributes.y, COORDINATE_DECIMALS),
    }),
    { attributes: ['x', 'y'] },
  );
  const report: LayoutReport = { iterations, barnesHutOptimize, noverlap: settings.noverlap };
  return iterations < settings.iterations ? { ...report, stoppedEarly: true } : report;
}

/** Runs `total` iterations in slices of TIME_CHECK_ITERATIONS until done or past `deadline`; returns the number run. */
function runUntil(run: (iterations: number) => void, total: number, deadline: number): number {
  let done = 0;
  while (done < total) {
    const slice = Math.min(TIME_CHECK_ITERATIONS, total - done);
    run(slice);
    done += slice;
    if (performance.now() >= deadline) break;
  }
  return done;
}
