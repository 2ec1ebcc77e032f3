import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphologyJson, visibleSubgraph } from '../../viewer/src/export.js';
import { computeVisibility, defaultFilters } from '../../viewer/src/filters.js';
import { sanitizeGraph } from '../../viewer/src/sanitize.js';
import { DEFAULT_SETTINGS } from '../../viewer/src/settings.js';
import { fixtureGraph, HOSTILE_LABEL } from './fixture.js';

const graph = fixtureGraph();
const colorOf = (_: string, a: { entityType: string }) => DEFAULT_SETTINGS.typeColors[a.entityType] ?? '#000000';
const edgeColorOf = () => '#336699';

describe('visibleSubgraph', () => {
  it('keeps the visible part only, with its articles', () => {
    const visibility = computeVisibility(graph, { ...defaultFilters(graph), types: ['Company', 'IndustrialCluster'] }, null);
    const view = visibleSubgraph(graph, visibility, colorOf, edgeColorOf);
    expect(view.nodes().sort()).toEqual(['合源生物', '曙光', '信创谷', '飞腾', '麒麟软件'].sort());
    expect(view.edges().sort()).toEqual(['曙光->信创谷:MEMBER_OF', '飞腾->信创谷:MEMBER_OF', '麒麟软件->信创谷:MEMBER_OF'].sort());
    expect(view.getAttribute('articles').map((article) => article.id)).toEqual(['000_35b15ba85cb5f8c4']);
    expect(graph.order).toBe(18);
  });
});

describe('toGexf', () => {
  const visibility = computeVisibility(graph, { ...defaultFilters(graph), coMentioned: true }, null);
  const xml = toGexf(visibleSubgraph(graph, visibility, colorOf, edgeColorOf));
  const back = parse(Graph, xml);

  it('writes GEXF 1.3 with viz r/g/b colours', () => {
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain('version="1.3"');
    expect(xml).toMatch(/<viz:color r="78" g="121" b="167"\/>/);
    expect(xml).not.toContain('hex=');
  });

  it('parses back with the builder attributes and edge kinds', () => {
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes('飞腾')).toMatchObject({
      label: '飞腾', entityType: 'Company', labelEn: 'Phytium', aliases: '飞腾|飞腾信息技术有限公司', mentions: 3, community: 1, color: 'rgb(78,121,167)',
    });
    const edge = back.findEdge((_, a) => a.kind === 'MEMBER_OF' && a.label === 'member of');
    expect(edge).toBeDefined();
    expect(back.getEdgeAttributes(edge!)).toMatchObject({ relation: 'MEMBER_OF', trigger: '集聚', coMention: false });
    expect(String(back.getEdgeAttribute(edge!, 'evidence'))).toContain('集聚了飞腾');
  });

  it('escapes a hostile label and reads it back as the same text', () => {
    expect(xml).not.toContain('<img src=x');
    expect(back.getNodeAttribute(HOSTILE_LABEL, 'label')).toBe(HOSTILE_LABEL);
  });

  it('declares the builder attribute types', () => {
    expect(xml).toContain('<attribute id="importance" title="importance" type="double"/>');
    expect(xml).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(xml).toContain('<attribute id="coMention" title="coMention" type="boolean"/>');
  });
});

describe('toGraphologyJson', () => {
  it('round-trips through the sanitiser', () => {
    const json = toGraphologyJson(graph);
    const { graph: back, warnings } = sanitizeGraph(JSON.parse(json), DEFAULT_SETTINGS);
    expect(warnings).toEqual([]);
    expect(back.export()).toEqual(graph.export());
  });
});
