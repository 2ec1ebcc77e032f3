/** Layout at scale: iterations capped by graph work, Barnes–Hut θ by size, the opt-in time limit. */
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { buildGraph } from '../../src/graph/index.js';
import { FA2_WORK_BUDGET, iterationsFor, layoutGraph, MIN_ITERATIONS, thetaFor } from '../../src/layout/index.js';
import type { Corpus, Relation } from '../../src/types.js';

/** A ring of `order` companies, each co-mentioned with the next. */
const ring = (order: number) => {
  const ids = Array.from({ length: order }, (_, i) => `企业${String(i).padStart(4, '0')}`);
  const relation = (source: string, target: string, i: number): Relation => ({
    source,
    target,
    relation: 'CO_MENTIONED',
    trigger: '',
    evidence: { article: 'a', sentence: i, start: 0, end: 1, text: 'x', trigger: '', sourceSpan: [-1, -1], targetSpan: [-1, -1], triggerSpan: [-1, -1] },
  });
  const corpus: Corpus = {
    articles: [],
    entities: ids.map((id) => ({ id, name: id, nameEn: id, type: 'Company', aliases: [id], mentions: 1, articles: ['a'] })),
    relations: ids.map((id, i) => relation(id, ids[(i + 1) % order], i)),
  };
  return buildGraph(corpus);
};

describe('layout at scale', () => {
  it.each([
    { order: 100, size: 300, iterations: 500 },
    { order: 4_400, size: 30_000, iterations: 150 },
    { order: 10_000, size: 80_000, iterations: 66 },
    { order: 29_000, size: 253_000, iterations: 21 },
    { order: 200_000, size: 2_000_000, iterations: 10 },
  ])('runs $order nodes and $size edges for $iterations ForceAtlas2 iterations', ({ order, size, iterations }) => {
    expect(iterationsFor(order, size)).toBe(iterations);
    // The work stays within the budget, except for the floor of MIN_ITERATIONS on huge graphs.
    expect(iterations * (order + size / 4)).toBeLessThanOrEqual(Math.max(FA2_WORK_BUDGET, MIN_ITERATIONS * (order + size / 4)));
  });

  it.each([
    [500, 0.5],
    [2_000, 0.5],
    [2_001, 1.2],
    [50_000, 1.2],
  ])('uses Barnes–Hut θ for %i nodes: %s', (order, theta) => {
    expect(thetaFor(order)).toBe(theta);
  });

  it('stops ForceAtlas2 at the time limit and says so; without one it runs every iteration', () => {
    const limited = ring(300);
    const report = layoutGraph(limited, { iterations: 100_000, timeLimit: 1, noverlap: false });
    expect(report.stoppedEarly).toBe(true);
    expect(report.iterations).toBeLessThan(100_000);
    limited.forEachNode((_, { x, y }) => expect([x, y].every(Number.isFinite)).toBe(true));
    const full = layoutGraph(ring(300), { iterations: 20, noverlap: false });
    expect(full).toEqual({ iterations: 20, barnesHutOptimize: false, noverlap: false });
  });

  it.each([[0], [-5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses the time limit %s', (timeLimit) => {
    expect(() => layoutGraph(ring(3), { timeLimit })).toThrow(OptionsError);
  });
});
