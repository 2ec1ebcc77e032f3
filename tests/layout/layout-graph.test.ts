import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { buildGraph, type KnowledgeGraph } from '../../src/graph/index.js';
import { iterationsFor, layoutGraph, noverlapSettingsFor, placeInitially } from '../../src/layout/index.js';
import type { Corpus } from '../../src/types.js';
import { loadFixture } from '../fixtures/load.js';

const build = () => buildGraph(loadFixture<Corpus>('corpus/small-corpus.json'));
const positions = (graph: KnowledgeGraph) => graph.mapNodes((node, { x, y }) => [node, x, y] as const);
const distance = (graph: KnowledgeGraph, a: string, b: string) => {
  const p = graph.getNodeAttributes(a);
  const q = graph.getNodeAttributes(b);
  return Math.hypot(p.x - q.x, p.y - q.y);
};
const allPairs = (graph: KnowledgeGraph) => {
  const nodes = graph.nodes();
  return nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => [a, b] as const));
};
/** Pairs of nodes whose discs (radius = size) overlap. */
const overlaps = (graph: KnowledgeGraph) =>
  allPairs(graph).filter(([a, b]) => distance(graph, a, b) < graph.getNodeAttribute(a, 'size') + graph.getNodeAttribute(b, 'size')).length;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('layoutGraph', () => {
  const graph = build();
  const report = layoutGraph(graph);

  it('gives every node finite coordinates rounded to 3 decimals', () => {
    graph.forEachNode((node, { x, y }) => {
      for (const value of [x, y]) {
        expect(Number.isFinite(value), node).toBe(true);
        expect(Math.round(value * 1000) / 1000).toBe(value);
      }
    });
  });

  it('runs the iterations the graph size calls for, without Barnes–Hut on a small graph', () => {
    expect(report).toEqual({ iterations: iterationsFor(graph.order), barnesHutOptimize: false, noverlap: true });
  });

  it('gives the same coordinates to the same graph and seed', () => {
    const again = build();
    layoutGraph(again);
    expect(positions(again)).toEqual(positions(graph));
  });

  it('gives other coordinates with another seed', () => {
    const other = build();
    layoutGraph(other, { seed: 'other' });
    expect(positions(other)).not.toEqual(positions(graph));
  });

  it('moves nodes away from their initial placement', () => {
    const initial = build();
    placeInitially(initial);
    const moved = positions(graph).filter(([node, x, y]) => initial.getNodeAttribute(node, 'x') !== x || initial.getNodeAttribute(node, 'y') !== y);
    expect(moved.length).toBe(graph.order);
  });

  it('leaves no two node discs overlapping, where ForceAtlas2 alone does', () => {
    const crowded = build();
    layoutGraph(crowded, { noverlap: false });
    expect(overlaps(crowded)).toBeGreaterThan(0);
    expect(overlaps(graph)).toBe(0);
  });

  it('draws linked entities closer together than entities in general', () => {
    const linked = mean(graph.mapEdges((_, __, source, target) => distance(graph, source, target)));
    const overall = mean(allPairs(graph).map(([a, b]) => distance(graph, a, b)));
    expect(linked).toBeLessThan(overall * 0.8);
  });
});

describe('placeInitially', () => {
  it('is deterministic and independent of node insertion order', () => {
    const graph = build();
    placeInitially(graph, { seed: 's' });
    const reversed = graph.nullCopy();
    for (const node of [...graph.nodes()].reverse()) reversed.addNode(node, { ...graph.getNodeAttributes(node), x: 0, y: 0 });
    placeInitially(reversed, { seed: 's' });
    expect(positions(reversed).sort()).toEqual(positions(graph).sort());
  });

  it('groups each community around its own centre', () => {
    const graph = build();
    placeInitially(graph);
    const byCommunity = new Map<number, string[]>();
    graph.forEachNode((node, { community }) => byCommunity.set(community, [...(byCommunity.get(community) ?? []), node]));
    const within = [...byCommunity.values()].flatMap((members) =>
      members.flatMap((a, i) => members.slice(i + 1).map((b) => distance(graph, a, b))),
    );
    const between = allPairs(graph)
      .filter(([a, b]) => graph.getNodeAttribute(a, 'community') !== graph.getNodeAttribute(b, 'community'))
      .map(([a, b]) => distance(graph, a, b));
    expect(Math.max(...within)).toBeLessThan(mean(between));
  });
});

describe('graph sizes and options', () => {
  it.each([
    [0, 0],
    [1, 0],
  ])('handles a graph of %i node(s)', (order, iterations) => {
    const { entities } = loadFixture<Corpus>('corpus/small-corpus.json');
    const graph = buildGraph({ articles: [], entities: entities.slice(0, order), relations: [] });
    expect(layoutGraph(graph).iterations).toBe(iterations);
    graph.forEachNode((_, { x, y }) => expect([x, y].every(Number.isFinite)).toBe(true));
  });

  it('switches to Barnes–Hut on a graph of 600 nodes', () => {
    const entities = Array.from({ length: 600 }, (_, i) => ({
      id: `企业${String(i).padStart(3, '0')}`,
      name: `企业${String(i).padStart(3, '0')}`,
      nameEn: `company ${i}`,
      type: 'Company' as const,
      aliases: [],
      mentions: 1,
      articles: ['a'],
    }));
    const graph = buildGraph({ articles: [], entities, relations: [] });
    expect(layoutGraph(graph, { iterations: 3, noverlap: false })).toEqual({ iterations: 3, barnesHutOptimize: true, noverlap: false });
  });

  it.each([
    [100, 500],
    [101, 300],
    [1_000, 300],
    [5_000, 150],
    [20_000, 80],
  ])('runs %i nodes for %i iterations by default', (order, iterations) => {
    expect(iterationsFor(order)).toBe(iterations);
  });

  it.each([
    [12, 300, 20],
    [501, 150, 23],
    [3_000, 60, 55],
  ])('runs noverlap on %i nodes for %i iterations with a grid of %i', (order, maxIterations, gridSize) => {
    expect(noverlapSettingsFor(order)).toEqual({ maxIterations, gridSize });
  });

  it.each([
    [{ seed: '' }, /seed/],
    [{ iterations: 0 }, /iterations/],
    [{ iterations: 2.5 }, /iterations/],
    [{ noverlap: 'yes' as unknown as boolean }, /noverlap/],
  ])('rejects options %j', (options, message) => {
    expect(() => layoutGraph(build(), options)).toThrow(OptionsError);
    expect(() => layoutGraph(build(), options)).toThrow(message);
  });
});
