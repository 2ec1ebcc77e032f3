/** Importance (PageRank), communities (Louvain) and degree, computed on an undirected weighted projection. */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import seedrandom from 'seedrandom';
import { compareStrings, roundTo } from './compare.js';
import { METRIC_DECIMALS, PAGERANK_SETTINGS } from './defaults.js';
import type { MergedEdge } from './merge-relations.js';

/** Per-node results of computeMetrics. */
export interface NodeMetrics {
  /** PageRank divided by the highest PageRank of the graph, rounded: 0 < importance ≤ 1. */
  importance: number;
  /** Community number, 0 = largest community (ties: smallest member id first). */
  community: number;
  /** Distinct neighbouring entities. */
  degree: number;
}

/** Settings of computeMetrics. */
export interface MetricsSettings {
  seed: string;
  coMentionWeight: number;
  resolution: number;
}

/**
 * Projects the edges onto an undirected graph (one edge per pair, weight = typed sentences +
 * coMentionWeight × co-mention sentences), so that importance does not depend on which way a
 * relation happens to point, and Louvain (which refuses multi graphs) can run.
 */
function project(nodeIds: readonly string[], edges: readonly MergedEdge[], coMentionWeight: number): UndirectedGraph {
  const projection = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of nodeIds) projection.addNode(id);
  // Weights summed per pair first (in edge order, as repeated updates would), then one edge per pair in order of
  // first appearance, oriented as it first appeared: the same graph as adding and updating edge by edge.
  const pairs: Array<{ source: string; target: string; weight: number }> = [];
  const bySource = new Map<string, Map<string, { source: string; target: string; weight: number }>>();
  for (const edge of edges) {
    const weight = edge.relation === 'CO_MENTIONED' ? edge.weight * coMentionWeight : edge.weight;
    if (weight <= 0) continue;
    const pair = bySource.get(edge.source)?.get(edge.target) ?? bySource.get(edge.target)?.get(edge.source);
    if (pair) {
      pair.weight = pair.weight + weight;
      continue;
    }
    const added = { source: edge.source, target: edge.target, weight };
    pairs.push(added);
    let byTarget = bySource.get(edge.source);
    if (!byTarget) bySource.set(edge.source, (byTarget = new Map()));
    byTarget.set(edge.target, added);
  }
  for (const { source, target, weight } of pairs) projection.addEdge(source, target, { weight });
  return projection;
}

/** Renumbers raw community labels: largest community first, ties by smallest member id. */
function renumberCommunities(raw: Record<string, number>, nodeIds: readonly string[]): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const id of nodeIds) {
    const list = members.get(raw[id]) ?? [];
    list.push(id);
    members.set(raw[id], list);
  }
  const ordered = [...members.values()]
    .map((list) => list.sort(compareStrings))
    .sort((a, b) => b.length - a.length || compareStrings(a[0], b[0]));
  const result = new Map<string, number>();
  ordered.forEach((list, index) => list.forEach((id) => result.set(id, index)));
  return result;
}

/** Computes importance, community and degree of every node; `nodeIds` must be sorted. */
export function computeMetrics(
  nodeIds: readonly string[],
  edges: readonly MergedEdge[],
  settings: MetricsSettings,
): Map<string, NodeMetrics> {
  const result = new Map<string, NodeMetrics>();
  if (nodeIds.length === 0) return result;
  const projection = project(nodeIds, edges, settings.coMentionWeight);

  // 1. PageRank on the weighted projection, divided by its maximum.
  const ranks = pagerank(projection, { getEdgeWeight: 'weight', ...PAGERANK_SETTINGS });
  const maxRank = nodeIds.reduce((max, id) => Math.max(max, ranks[id]), -Infinity);

  // 2. Louvain with a seeded random generator, then a stable numbering.
  const raw =
    projection.size === 0
      ? Object.fromEntries(nodeIds.map((id, index) => [id, index]))
      : louvain(projection, {
          getEdgeWeight: 'weight',
          resolution: settings.resolution,
          rng: seedrandom(settings.seed),
        });
  const communities = renumberCommunities(raw, nodeIds);

  // 3. Degree: distinct neighbours, which the projection has already merged.
  for (const id of nodeIds) {
    result.set(id, {
      importance: maxRank > 0 ? roundTo(ranks[id] / maxRank, METRIC_DECIMALS) : 1,
      community: communities.get(id) ?? 0,
      degree: projection.degree(id),
    });
  }
  return result;
}
