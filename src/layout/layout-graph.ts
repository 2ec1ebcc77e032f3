/** layoutGraph: seeded placement, ForceAtlas2, then noverlap; mutates x/y in place (the build step). */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { OptionsError } from '../errors.js';
import { roundTo } from '../graph/compare.js';
import type { EdgeAttributes, KnowledgeGraph } from '../graph/index.js';
import {
  BARNES_HUT_MIN_ORDER,
  CO_MENTION_PULL,
  COORDINATE_DECIMALS,
  DEFAULT_LAYOUT_OPTIONS,
  ITERATIONS_BY_ORDER,
  MAX_ITERATIONS,
  NOVERLAP_MAX_ITERATIONS,
  NOVERLAP_SETTINGS,
} from './defaults.js';
import { checkSeed, placeInitially } from './place-initially.js';

/** Options of layoutGraph. */
export interface LayoutOptions {
  seed?: string;
  /** ForceAtlas2 iterations; default iterationsFor(graph.order). */
  iterations?: number;
  /** Spread overlapping nodes apart after ForceAtlas2 (default true). */
  noverlap?: boolean;
}

/** What layoutGraph did. */
export interface LayoutReport {
  iterations: number;
  barnesHutOptimize: boolean;
  noverlap: boolean;
}

/** Default ForceAtlas2 iterations for a graph of `order` nodes. */
export function iterationsFor(order: number): number {
  return ITERATIONS_BY_ORDER.find((row) => order <= row.maxOrder)!.iterations;
}

/** Checks the options and fills in defaults; throws OptionsError naming the bad option. */
export function resolveLayoutOptions(graph: KnowledgeGraph, options: LayoutOptions = {}): Required<LayoutOptions> {
  const seed = checkSeed(options.seed ?? DEFAULT_LAYOUT_OPTIONS.seed);
  const iterations = options.iterations ?? DEFAULT_LAYOUT_OPTIONS.iterations ?? iterationsFor(graph.order);
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new OptionsError(`layout options: iterations must be a whole number from 1 to ${MAX_ITERATIONS}, got ${String(iterations)} — pass e.g. --iterations 300`);
  }
  const spread = options.noverlap ?? DEFAULT_LAYOUT_OPTIONS.noverlap;
  if (typeof spread !== 'boolean') {
    throw new OptionsError(`layout options: noverlap must be true or false, got ${JSON.stringify(spread)} — fix the value passed to layoutGraph`);
  }
  return { seed, iterations, noverlap: spread };
}

/** Lays the graph out in place and rounds coordinates; same graph and seed give the same x/y. */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): LayoutReport {
  // 1. Options.
  const settings = resolveLayoutOptions(graph, options);
  const barnesHutOptimize = graph.order >= BARNES_HUT_MIN_ORDER;

  // 2. Seeded start, grouped by community.
  placeInitially(graph, { seed: settings.seed });
  if (graph.order < 2) return { iterations: 0, barnesHutOptimize, noverlap: false };

  // 3. ForceAtlas2; co-mentions pull less than typed relations.
  forceAtlas2.assign(graph, {
    iterations: settings.iterations,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize },
    getEdgeWeight: (_edge: string, attributes: EdgeAttributes) =>
      attributes.coMention ? attributes.weight * CO_MENTION_PULL : attributes.weight,
  });

  // 4. Push overlapping nodes apart.
  if (settings.noverlap) {
    noverlap.assign(graph, { maxIterations: NOVERLAP_MAX_ITERATIONS, settings: NOVERLAP_SETTINGS });
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
  return { iterations: settings.iterations, barnesHutOptimize, noverlap: settings.noverlap };
}
