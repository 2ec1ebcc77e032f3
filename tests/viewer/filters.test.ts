import { describe, expect, it } from 'vitest';
import { computeVisibility, defaultFilters, edgePasses, neighbourhood, nodePasses } from '../../viewer/src/filters.js';
import { sanitizeGraph } from '../../viewer/src/sanitize.js';
import { DEFAULT_SETTINGS } from '../../viewer/src/settings.js';
import type { Filters } from '../../viewer/src/types.js';
import { fixtureGraph } from './fixture.js';

const graph = fixtureGraph();
const base = defaultFilters(graph);
const filters = (partial: Partial<Filters>): Filters => ({ ...base, ...partial });
const visibleNodes = (f: Filters, selected: string | null = null) => {
  const { hiddenNodes } = computeVisibility(graph, f, selected);
  return graph.nodes().filter((node) => !hiddenNodes.has(node)).sort();
};
const visibleEdges = (f: Filters, selected: string | null = null) => {
  const { hiddenEdges } = computeVisibility(graph, f, selected);
  return graph.edges().filter((edge) => !hiddenEdges.has(edge));
};

describe('defaultFilters', () => {
  it('shows every type and relation, CO_MENTIONED off when typed relations exist', () => {
    expect(base).toEqual({ types: null, relations: null, coMentioned: false, minMentions: 0, focus: 0 });
  });

  it('turns CO_MENTIONED on for a graph that has nothing else', () => {
    const coOnly = sanitizeGraph({
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [{ source: 'a', target: 'b', attributes: { relation: 'CO_MENTIONED', coMention: true } }],
    }, DEFAULT_SETTINGS).graph;
    expect(defaultFilters(coOnly).coMentioned).toBe(true);
  });
});

describe('computeVisibility', () => {
  it('keeps everything but CO_MENTIONED edges by default', () => {
    expect(visibleNodes(base)).toHaveLength(graph.order);
    const edges = visibleEdges(base);
    expect(edges.every((edge) => !graph.getEdgeAttribute(edge, 'coMention'))).toBe(true);
    expect(edges).toHaveLength(graph.filterEdges((_, a) => !a.coMention).length);
  });

  it('hides the nodes of unchecked types and every edge touching them', () => {
    const f = filters({ types: graph.nodes().map((n) => graph.getNodeAttribute(n, 'entityType')).filter((t) => t !== 'Company') });
    const nodes = visibleNodes(f);
    expect(nodes).not.toContain('飞腾');
    expect(nodes).not.toContain('合源生物');
    expect(nodes).toContain('信创谷');
    expect(visibleEdges(f).some((edge) => graph.extremities(edge).includes('飞腾'))).toBe(false);
  });

  it.each([
    [{ relations: ['MEMBER_OF'] }, ['飞腾->信创谷:MEMBER_OF', '麒麟软件->信创谷:MEMBER_OF', '曙光->信创谷:MEMBER_OF']],
    [{ relations: [], coMentioned: true }, graph.filterEdges((_, a) => a.coMention)],
    [{ relations: [] }, []],
  ])('relation filter %j keeps exactly %j', (partial, expected) => {
    expect(visibleEdges(filters(partial)).sort()).toEqual([...expected].sort());
  });

  it('hides nodes below the minimum mentions', () => {
    const nodes = visibleNodes(filters({ minMentions: 4 }));
    expect(nodes).toEqual(['信创谷', '天津', '滨海新区', '滨海高新区']);
    expect(visibleEdges(filters({ minMentions: 4 })).every((edge) => graph.extremities(edge).every((n) => nodes.includes(n)))).toBe(true);
  });

  it.each([
    [1, ['信创谷', '飞腾', '麒麟软件', '曙光', '滨海高新区']],
    [2, ['信创谷', '飞腾', '麒麟软件', '曙光', '滨海高新区', '滨海新区', '数字中医人']],
  ])('focus %i hop(s) around 信创谷', (focus, expected) => {
    expect(visibleNodes(filters({ focus: focus as 1 | 2 }), '信创谷')).toEqual([...expected].sort());
  });

  it('ignores focus without a selected node', () => {
    expect(visibleNodes(filters({ focus: 2 }), null)).toHaveLength(graph.order);
  });

  it('never changes the graph', () => {
    const before = JSON.stringify(graph.export());
    computeVisibility(graph, filters({ types: [], focus: 2, minMentions: 3 }), '飞腾');
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('nodePasses / edgePasses / neighbourhood', () => {
  it('reads the filters', () => {
    const feiteng = graph.getNodeAttributes('飞腾');
    expect(nodePasses(feiteng, base)).toBe(true);
    expect(nodePasses(feiteng, filters({ types: ['Region'] }))).toBe(false);
    expect(nodePasses(feiteng, filters({ minMentions: 4 }))).toBe(false);
    const co = graph.getEdgeAttributes('信创谷->滨海高新区:CO_MENTIONED');
    expect(edgePasses(co, base)).toBe(false);
    expect(edgePasses(co, filters({ coMentioned: true, relations: [] }))).toBe(true);
  });

  it('walks edges in both directions', () => {
    expect([...neighbourhood(graph, '滨海高新区', 1, base)].sort()).toEqual(['信创谷', '数字中医人', '滨海新区', '滨海高新区'].sort());
  });
});
