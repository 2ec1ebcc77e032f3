import { describe, expect, it } from 'vitest';
import { computeVisibility, defaultFilters } from '../../viewer/src/filters.js';
import { computeHighlight, reduceEdge, reduceNode, type ReducerContext } from '../../viewer/src/reducers.js';
import { DEFAULT_SETTINGS } from '../../viewer/src/settings.js';
import { initialState } from '../../viewer/src/state.js';
import { computeGraphStyles, parallelCurvatures } from '../../viewer/src/styles.js';
import type { ViewState } from '../../viewer/src/types.js';
import { fixtureGraph } from './fixture.js';

const graph = fixtureGraph();
const styles = computeGraphStyles(graph, DEFAULT_SETTINGS);

function context(partial: Partial<ViewState> = {}): ReducerContext {
  const state = { ...initialState(defaultFilters(graph)), ...partial };
  const selected = state.selection?.kind === 'node' ? state.selection.key : null;
  const visibility = computeVisibility(graph, state.filters, selected);
  return { graph, settings: DEFAULT_SETTINGS, state, visibility, styles, highlight: computeHighlight(graph, state, visibility) };
}
const node = (c: ReducerContext, key: string) => reduceNode(c, key, graph.getNodeAttributes(key));
const edge = (c: ReducerContext, key: string) => reduceEdge(c, key, graph.getEdgeAttributes(key));

describe('reduceNode', () => {
  it('keeps the precomputed position, colours by type and labels in Chinese', () => {
    const c = context();
    const data = node(c, '飞腾');
    expect(data).toMatchObject({ x: graph.getNodeAttribute('飞腾', 'x'), y: graph.getNodeAttribute('飞腾', 'y'), label: '飞腾', color: DEFAULT_SETTINGS.typeColors.Company });
    expect(data.hidden).toBeUndefined();
  });

  it('labels in English when the language is en', () => {
    expect(node(context({ lang: 'en' }), '飞腾').label).toBe('Phytium');
    expect(node(context({ lang: 'en' }), '信创谷').label).toBe('Xinchuang Valley');
  });

  it('sizes by importance', () => {
    const c = context();
    expect(node(c, '滨海新区').size).toBeGreaterThan(node(c, '曙光').size!);
    for (const key of graph.nodes()) {
      expect(node(c, key).size).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.minNodeSize);
      expect(node(c, key).size).toBeLessThanOrEqual(DEFAULT_SETTINGS.maxNodeSize);
    }
  });

  it('highlights the hovered node and its neighbours and dims the rest', () => {
    const c = context({ hoveredNode: '信创谷' });
    for (const key of ['信创谷', '飞腾', '麒麟软件', '曙光', '滨海高新区']) {
      expect(node(c, key)).toMatchObject({ forceLabel: true, zIndex: 2 });
      expect(node(c, key).color).not.toBe(DEFAULT_SETTINGS.dimmedNodeColor);
    }
    expect(node(c, '信创谷').highlighted).toBe(true);
    expect(node(c, '天津')).toMatchObject({ color: DEFAULT_SETTINGS.dimmedNodeColor, label: null, zIndex: 0 });
  });

  it('hides filtered nodes', () => {
    const c = context({ filters: { ...defaultFilters(graph), types: ['Region'] } });
    expect(node(c, '飞腾').hidden).toBe(true);
    expect(node(c, '天津').hidden).toBeUndefined();
  });
});

describe('reduceEdge', () => {
  it('draws typed edges as arrows without labels and hides CO_MENTIONED by default', () => {
    const c = context();
    expect(edge(c, '飞腾->信创谷:MEMBER_OF')).toMatchObject({ type: 'arrow', label: null });
    expect(edge(c, '细胞生态海河实验室->合源生物:CO_MENTIONED').hidden).toBe(true);
  });

  it('curves parallel edges with distinct curvatures', () => {
    const c = context({ filters: { ...defaultFilters(graph), coMentioned: true } });
    const parallel = ['信创谷->滨海高新区:LOCATED_IN', '信创谷->滨海高新区:PART_OF', '信创谷->滨海高新区:CO_MENTIONED'].map((key) => edge(c, key));
    expect(parallel.every((data) => data.type === 'curvedArrow')).toBe(true);
    expect(new Set(parallel.map((data) => data.curvature)).size).toBe(3);
  });

  it('labels the edges of the selected node with the relation in the chosen language', () => {
    const zh = context({ selection: { kind: 'node', key: '飞腾' } });
    expect(edge(zh, '飞腾->信创谷:MEMBER_OF')).toMatchObject({ label: '成员', forceLabel: true, color: DEFAULT_SETTINGS.highlightEdgeColor });
    expect(edge(zh, '信创谷->滨海高新区:LOCATED_IN')).toMatchObject({ label: null, color: DEFAULT_SETTINGS.dimmedEdgeColor });
    const en = context({ selection: { kind: 'node', key: '飞腾' }, lang: 'en' });
    expect(edge(en, '飞腾->信创谷:MEMBER_OF').label).toBe('member of');
  });

  it('emphasises a selected or hovered edge and its two ends', () => {
    const c = context({ selection: { kind: 'edge', key: '国家药品监督管理局->源瑞达:APPROVED' } });
    expect(edge(c, '国家药品监督管理局->源瑞达:APPROVED')).toMatchObject({ label: '批准', forceLabel: true });
    expect(node(c, '源瑞达').forceLabel).toBe(true);
    expect(node(c, '飞腾').color).toBe(DEFAULT_SETTINGS.dimmedNodeColor);
    expect(edge(context({ hoveredEdge: '合源生物->源瑞达:DEVELOPED' }), '合源生物->源瑞达:DEVELOPED').label).toBe('研发');
  });

  it('does not highlight through hidden edges', () => {
    const highlight = computeHighlight(graph, context().state, computeVisibility(graph, defaultFilters(graph), null));
    expect(highlight).toBeNull();
    const hovered = context({ hoveredNode: '细胞生态海河实验室' }).highlight!;
    expect(hovered.nodes.has('合源生物')).toBe(false);
    expect(hovered.nodes.has('滨海新区')).toBe(true);
  });
});

describe('parallelCurvatures', () => {
  it('leaves single edges straight and curves opposite directions on their own', () => {
    const curvature = parallelCurvatures(graph, 0.25, 0.9);
    expect(curvature.has('飞腾->信创谷:MEMBER_OF')).toBe(false);
    expect(curvature.get('信创谷->滨海高新区:CO_MENTIONED')).toBeCloseTo(0.25);
    expect(Math.max(...curvature.values())).toBeLessThanOrEqual(0.9);
  });
});
