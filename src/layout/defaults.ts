/** Defaults of the layout stage. */

/** Default layout options; `iterations` undefined means iterationsFor(graph.order). */
export const DEFAULT_LAYOUT_OPTIONS = {
  seed: 'binhai-kg',
  iterations: undefined as number | undefined,
  noverlap: true,
} as const;

/**
 * ForceAtlas2 iterations by graph size (first row whose maxOrder ≥ order): fewer on big graphs, each iteration costing
 * more (about 0.2 s at 30,000 nodes and 250,000 edges on one core), so that a 10,000-article corpus lays out in seconds.
 */
export const ITERATIONS_BY_ORDER: readonly { maxOrder: number; iterations: number }[] = [
  { maxOrder: 100, iterations: 500 },
  { maxOrder: 1_000, iterations: 300 },
  { maxOrder: 5_000, iterations: 150 },
  { maxOrder: Infinity, iterations: 80 },
];

/**
 * Work cap of the default iterations: at most FA2_WORK_BUDGET / (nodes + edges / 4) iterations (Barnes–Hut repulsion
 * costs about four times what an edge's attraction costs). Graphs of up to about 10,000 nodes keep the table's
 * iterations; a 30,000-node, 250,000-edge graph (10,000 synthetic articles) gets about 20, a few seconds.
 */
export const FA2_WORK_BUDGET = 2_000_000;
export const MIN_ITERATIONS = 10;

/**
 * Barnes–Hut θ by graph size: graphology's precise 0.5 up to 2,000 nodes, then Gephi's default 1.2, which makes the
 * repulsion (most of an iteration's cost on big graphs) about 2.5 times cheaper.
 */
export const BARNES_HUT_THETA_BY_ORDER: readonly { maxOrder: number; theta: number }[] = [
  { maxOrder: 2_000, theta: 0.5 },
  { maxOrder: Infinity, theta: 1.2 },
];

/** With a time limit, ForceAtlas2 runs in slices of this many iterations and stops at the first slice past the limit. */
export const TIME_CHECK_ITERATIONS = 5;

/** Upper bound of the iterations option. */
export const MAX_ITERATIONS = 100_000;

/** Barnes–Hut approximation from this many nodes on (inferSettings waits for 2,000; our machines have 2 cores). */
export const BARNES_HUT_MIN_ORDER = 500;

/** Co-mention edges pull with this fraction of their weight, typed relations with all of it. */
export const CO_MENTION_PULL = 0.5;

/**
 * Initial placement: community c (0 = largest) of k is centred on a ring of radius
 * RING_SPREAD·√order at angle 2πc/k; its nodes fall uniformly in a disc of radius DISC_SPREAD·√size.
 */
export const RING_SPREAD = 20;
export const DISC_SPREAD = 10;

/** graphology-layout-noverlap settings, run after ForceAtlas2 with node sizes in graph units. */
export const NOVERLAP_SETTINGS = { margin: 2, ratio: 1.1, expansion: 1.1 } as const;

/**
 * Noverlap iterations by graph size (first row whose maxOrder ≥ order). Each iteration costs
 * O(pairs sharing a grid cell), so big dense graphs get fewer iterations and a finer grid
 * (gridSize = max(20, ⌈√order⌉)); there overlaps shrink but may not vanish.
 */
export const NOVERLAP_ITERATIONS_BY_ORDER: readonly { maxOrder: number; iterations: number }[] = [
  { maxOrder: 500, iterations: 300 },
  { maxOrder: 2_000, iterations: 150 },
  { maxOrder: 10_000, iterations: 60 },
  { maxOrder: Infinity, iterations: 5 },
];
export const NOVERLAP_MIN_GRID_SIZE = 20;

/** Offset given to a node sitting exactly on another before noverlap (which would jitter it with Math.random). */
export const COINCIDENT_OFFSET = 0.01;

/** Decimals kept for x and y, so output is byte-stable. */
export const COORDINATE_DECIMALS = 3;
