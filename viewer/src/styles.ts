/** Per-graph rendering styles computed once: node sizes by importance, edge sizes by weight, curvature of parallel edges. */
import { createVocabulary, type Vocabulary } from './i18n.js';
import type { ViewerSettings } from './settings.js';
import type { KgGraph } from './types.js';

/** Styles that depend on the graph only (not on the view state). */
export interface GraphStyles {
  nodeSize: Map<string, number>;
  edgeSize: Map<string, number>;
  /** Curvature of edges that share their pair of nodes with others; absent = straight. */
  edgeCurvature: Map<string, number>;
  /** Type and relation names and colours (the graph's legend first). */
  vocabulary: Vocabulary;
}

function scale(value: number, min: number, max: number, outMin: number, outMax: number): number {
  if (max <= min) return (outMin + outMax) / 2;
  return outMin + (outMax - outMin) * Math.sqrt((value - min) / (max - min));
}

/** Curvatures for edges between the same two nodes: increasing per direction, so every relation stays visible. */
export function parallelCurvatures(graph: KgGraph, step: number, max: number): Map<string, number> {
  const curvature = new Map<string, number>();
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push(edge);
    else byPair.set(pair, [edge]);
  });
  for (const edges of byPair.values()) {
    if (edges.length < 2) continue;
    // Edges are grouped by direction; opposite directions already bend to opposite sides.
    const byDirection = new Map<string, string[]>();
    for (const edge of [...edges].sort()) {
      const source = graph.source(edge);
      byDirection.set(source, [...(byDirection.get(source) ?? []), edge]);
    }
    for (const group of byDirection.values()) {
      const spacing = Math.min(step, max / group.length);
      group.forEach((edge, i) => curvature.set(edge, spacing * (i + 1)));
    }
  }
  return curvature;
}

/** Computes node sizes (square-root scale of importance) and edge sizes (of weight). */
export function computeGraphStyles(graph: KgGraph, settings: ViewerSettings): GraphStyles {
  let minImportance = Infinity, maxImportance = -Infinity, minWeight = Infinity, maxWeight = -Infinity;
  graph.forEachNode((_, a) => {
    minImportance = Math.min(minImportance, a.importance);
    maxImportance = Math.max(maxImportance, a.importance);
  });
  graph.forEachEdge((_, a) => {
    minWeight = Math.min(minWeight, a.weight);
    maxWeight = Math.max(maxWeight, a.weight);
  });
  const nodeSize = new Map<string, number>();
  graph.forEachNode((node, a) => {
    nodeSize.set(node, scale(a.importance, minImportance, maxImportance, settings.minNodeSize, settings.maxNodeSize));
  });
  const edgeSize = new Map<string, number>();
  graph.forEachEdge((edge, a) => {
    edgeSize.set(edge, scale(a.weight, minWeight, maxWeight, settings.minEdgeSize, settings.maxEdgeSize));
  });
  return {
    nodeSize,
    edgeSize,
    edgeCurvature: parallelCurvatures(graph, settings.parallelCurvature, settings.maxCurvature),
    vocabulary: createVocabulary(graph.getAttributes(), settings.typeColors),
  };
}
