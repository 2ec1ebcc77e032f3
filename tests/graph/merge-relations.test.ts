import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { dedupeEvidence, edgeKey, mergeRelations } from '../../src/graph/index.js';
import type { Evidence, Relation, RelationType } from '../../src/types.js';

const evidence = (article: string, sentence: number, trigger = ''): Evidence => ({
  article,
  sentence,
  start: 0,
  end: 4,
  text: '甲乙合作',
  trigger,
  sourceSpan: [0, 1],
  targetSpan: [1, 2],
  triggerSpan: trigger ? [2, 4] : [-1, -1],
});
const relation = (source: string, target: string, rel: RelationType, ev: Evidence): Relation => ({
  source,
  target,
  relation: rel,
  trigger: ev.trigger,
  evidence: ev,
});

describe('dedupeEvidence', () => {
  it.each([
    ['identical sentences', [evidence('b', 1, '合作'), evidence('b', 1, '合作')], [['b', 1, '合作']]],
    ['two triggers in one sentence', [evidence('b', 1, '合作'), evidence('b', 1, '联合')], [['b', 1, '合作'], ['b', 1, '联合']]],
    ['article then sentence order', [evidence('b', 0), evidence('a', 10), evidence('a', 2)], [['a', 2, ''], ['a', 10, ''], ['b', 0, '']]],
  ])('%s', (_, input, expected) => {
    expect(dedupeEvidence(input).map((e) => [e.article, e.sentence, e.trigger])).toEqual(expected);
  });
});

describe('mergeRelations', () => {
  it('weights an edge by distinct sentences, not by triggers', () => {
    const { edges } = mergeRelations(
      [relation('甲', '乙', 'COOPERATES_WITH', evidence('a', 0, '合作')), relation('甲', '乙', 'COOPERATES_WITH', evidence('a', 0, '联合'))],
      new Set(['甲', '乙']),
    );
    expect(edges.map((e) => [e.key, e.weight, e.evidence.length])).toEqual([['甲->乙:COOPERATES_WITH', 1, 2]]);
  });

  it('keeps keys unique when ids contain "->"', () => {
    const ids = new Set(['a->b', 'c', 'a', 'b->c']);
    const { edges } = mergeRelations(
      [relation('a->b', 'c', 'PART_OF', evidence('x', 0)), relation('a', 'b->c', 'PART_OF', evidence('x', 1))],
      ids,
    );
    expect(edgeKey('a->b', 'c', 'PART_OF')).toBe(edgeKey('a', 'b->c', 'PART_OF'));
    expect(edges.map((e) => [e.key, e.source, e.target])).toEqual([
      ['a->b->c:PART_OF', 'a', 'b->c'],
      ['a->b->c:PART_OF#2', 'a->b', 'c'],
    ]);
  });

  it('counts skipped relations by missing id', () => {
    const { edges, skipped } = mergeRelations(
      [relation('甲', '丙', 'PART_OF', evidence('a', 0)), relation('丙', '丁', 'PART_OF', evidence('a', 1)), relation('甲', '甲', 'PART_OF', evidence('a', 2))],
      new Set(['甲']),
    );
    expect(edges).toEqual([]);
    expect(skipped.selfLoops).toBe(1);
    expect([...skipped.unknownEnds]).toEqual([['丙', 2], ['丁', 1]]);
  });

  it.each([
    ['plain ids', ['甲', '乙', '丙', '甲乙', '乙丙丁']],
    ['sources that are prefixes of others, followed by characters around "-" and ">"', ['a', 'a!', 'a-', 'a->', 'a-x', 'a.', 'ab', 'a b', 'b', 'b1', 'b:']],
  ])('orders edges by key like one sort of all keys (%s)', (_name, ids) => {
    const rng = seedrandom('keys');
    const pick = () => ids[Math.floor(rng() * ids.length)];
    const types: RelationType[] = ['PART_OF', 'LOCATED_IN', 'CO_MENTIONED'];
    const relations = Array.from({ length: 300 }, (_, i) => relation(pick(), pick(), types[i % 3], evidence('x', i)));
    const keys = mergeRelations(relations, new Set(ids)).edges.map((e) => e.key);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
