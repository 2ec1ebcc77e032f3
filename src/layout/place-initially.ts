/** placeInitially: seeded positions grouped by community, the start of the layout and the `--no-layout` result. */
import seedrandom from 'seedrandom';
import { OptionsError } from '../errors.js';
import { roundTo } from '../graph/compare.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { COORDINATE_DECIMALS, DEFAULT_LAYOUT_OPTIONS, DISC_SPREAD, RING_SPREAD } from './defaults.js';

/** Options of placeInitially. */
export interface PlaceOptions {
  seed?: string;
}

/** Checks a layout seed; throws OptionsError. */
export function checkSeed(seed: unknown): string {
  if (typeof seed !== 'string' || seed === '') {
    throw new OptionsError(`layout options: seed must be a non-empty string, got ${JSON.stringify(seed)} — pass e.g. --seed kg`);
  }
  return seed;
}

/**
 * Sets x/y of every node (mutates the graph): communities on a ring, each node at a random point of
 * its community's disc. The random draws come from the seed and the node's id, not from the
 * iteration order.
 */
export function placeInitially(graph: KnowledgeGraph, options: PlaceOptions = {}): void {
  const seed = checkSeed(options.seed ?? DEFAULT_LAYOUT_OPTIONS.seed);

  // 1. Community sizes and their number.
  const sizes = new Map<number, number>();
  graph.forEachNode((_, { community }) => sizes.set(community ?? 0, (sizes.get(community ?? 0) ?? 0) + 1));
  const communities = [...sizes.keys()].sort((a, b) => a - b);
  const slot = new Map(communities.map((community, index) => [community, index]));
  const ring = communities.length > 1 ? RING_SPREAD * Math.sqrt(graph.order) : 0;

  // 2. One point per node in its community's disc.
  graph.updateEachNodeAttributes((node, attributes) => {
    const community = attributes.community ?? 0;
    const angle = (2 * Math.PI * slot.get(community)!) / communities.length;
    const rng = seedrandom(`${seed}\u0000${node}`);
    const radius = DISC_SPREAD * Math.sqrt(sizes.get(community)!) * Math.sqrt(rng());
    const theta = 2 * Math.PI * rng();
    return {
      ...attributes,
      x: roundTo(ring * Math.cos(angle) + radius * Math.cos(theta), COORDINATE_DECIMALS),
      y: roundTo(ring * Math.sin(angle) + radius * Math.sin(theta), COORDINATE_DECIMALS),
    };
  }, { attributes: ['x', 'y'] });
}
