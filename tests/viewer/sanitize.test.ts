import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { readGraphFile, type XmlReaders } from '../../viewer/src/read-file.js';
import { GraphFileError, safeHttpUrl, sanitizeGraph, stringList, UNKNOWN_TYPE } from '../../viewer/src/sanitize.js';
import { DEFAULT_SETTINGS } from '../../viewer/src/settings.js';
import { FIXTURE_DIR, fixtureJson } from './fixture.js';

const xml: XmlReaders = {
  parseXml: (text) => new DOMParser({ onError: () => undefined }).parseFromString(text, 'application/xml') as unknown as Document,
  parseGexf: (Graph, source, options) => parseGexf(Graph, source, options),
};
const read = (name: string, content: string) => readGraphFile(name, content, DEFAULT_SETTINGS, xml);

describe('sanitizeGraph', () => {
  it('keeps a builder graph as it is', () => {
    const input = fixtureJson();
    const { graph, warnings } = sanitizeGraph(input, DEFAULT_SETTINGS);
    expect(warnings).toEqual([]);
    expect(graph.order).toBe(input.nodes.length);
    expect(graph.size).toBe(input.edges.length);
    expect(graph.getNodeAttributes('飞腾')).toMatchObject({ label: '飞腾', labelEn: 'Phytium', entityType: 'Company', mentions: 3 });
    const evidence = graph.getEdgeAttribute('飞腾->信创谷:MEMBER_OF', 'evidence')[0];
    expect(evidence.text.slice(...evidence.sourceSpan)).toBe('飞腾');
    expect(evidence.text.slice(...evidence.targetSpan)).toBe('信创谷');
    expect(evidence.text.slice(...evidence.triggerSpan)).toBe('集聚');
  });

  it('fills what a foreign file lacks and drops what it does not know', () => {
    const { graph, warnings } = sanitizeGraph({
      attributes: { articles: [{ id: 'a1', title: 'T', url: 'https://x.cn/1' }, { title: 'no id' }] },
      nodes: [
        { key: 'A', attributes: { x: 0, y: 0, color: 'rgb(255,0,0)', type: 'Company', secret: '<script>' } },
        { key: 'B', attributes: { x: 10, y: 10, entityType: 'Region' } },
        { key: 'C' },
        { key: 'D', attributes: { x: 'nope', mentions: '7', aliases: 'd1|d2' } },
        { key: 'A' },
        { attributes: { label: 'keyless' } },
      ],
      edges: [
        { source: 'A', target: 'B', attributes: { kind: 'LOCATED_IN', weight: -2, evidence: [{ text: '甲位于乙', sourceSpan: [0, 1], targetSpan: [3, 99] }] } },
        { source: 'A', target: 'B', attributes: { relation: 'LOCATED_IN' } },
        { source: 'A', target: 'Z' },
        { source: 'C', target: 'C' },
        'junk',
      ],
    }, DEFAULT_SETTINGS);
    expect(graph.nodes()).toEqual(['A', 'B', 'C', 'D']);
    expect(graph.getNodeAttributes('A')).toMatchObject({ label: 'A', labelEn: 'A', entityType: 'Company', color: '#ff0000' });
    expect(graph.getNodeAttributes('A')).not.toHaveProperty('secret');
    expect(graph.getNodeAttributes('B').color).toBe(DEFAULT_SETTINGS.typeColors.Region);
    expect(graph.getNodeAttributes('C')).toMatchObject({ entityType: UNKNOWN_TYPE, color: DEFAULT_SETTINGS.defaultNodeColor, mentions: 0, aliases: [] });
    expect(graph.getNodeAttributes('D')).toMatchObject({ mentions: 7, aliases: ['d1', 'd2'] });
    for (const node of ['C', 'D']) {
      expect(Number.isFinite(graph.getNodeAttribute(node, 'x'))).toBe(true);
      expect(Number.isFinite(graph.getNodeAttribute(node, 'y'))).toBe(true);
    }
    expect(graph.getNodeAttribute('C', 'x')).not.toBe(graph.getNodeAttribute('D', 'x'));
    expect(graph.size).toBe(2);
    const [first, second] = graph.edges();
    expect(first).toBe('A->B:LOCATED_IN');
    expect(second).toBe('A->B:LOCATED_IN#2');
    expect(graph.getEdgeAttributes(first)).toMatchObject({ relation: 'LOCATED_IN', weight: 1, label: 'located in', coMention: false });
    expect(graph.getEdgeAttribute(first, 'evidence')[0]).toMatchObject({ sourceSpan: [0, 1], targetSpan: [-1, -1], triggerSpan: [-1, -1] });
    expect(graph.getAttribute('articles')).toEqual([{ id: 'a1', title: 'T', url: 'https://x.cn/1', date: null, source: '' }]);
    expect(warnings.join(' ')).toMatch(/2 node\(s\).*skipped/);
    expect(warnings.join(' ')).toMatch(/1 edge\(s\) pointing to missing nodes/);
    expect(warnings.join(' ')).toMatch(/1 self-loop/);
    expect(warnings.join(' ')).toMatch(/2 node\(s\) had no position/);
  });

  it.each([null, 42, 'text', [], { edges: [] }, { nodes: 'x' }])('refuses %j as not a graph', (input) => {
    expect(() => sanitizeGraph(input, DEFAULT_SETTINGS, 'my.json')).toThrow(GraphFileError);
    expect(() => sanitizeGraph(input, DEFAULT_SETTINGS, 'my.json')).toThrow(/^my\.json: not a graph/);
  });
});

describe('readGraphFile', () => {
  it('reports a broken JSON file with its name and the fix', () => {
    const broken = readFileSync(`${FIXTURE_DIR}broken-graph.json`, 'utf8');
    expect(() => read('broken-graph.json', broken)).toThrow(/^broken-graph\.json: not valid JSON .*— pick a graphology JSON export/);
  });

  it.each([
    ['empty.json', '  ', /the file is empty/],
    ['x.gexf', '<gexf><graph>', /not well-formed XML/],
    ['x.xml', '<html><body/></html>', /XML but not GEXF \(root element <html>\)/],
  ])('refuses %s', (name, content, message) => {
    expect(() => read(name, content)).toThrow(GraphFileError);
    expect(() => read(name, content)).toThrow(message);
  });

  it('reads a GEXF file, skipping edges to undeclared nodes', () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="entityType" title="entityType" type="string"/></attributes>
    <nodes>
      <node id="飞腾" label="飞腾"><attvalues><attvalue for="entityType" value="Company"/></attvalues>
        <viz:color r="78" g="121" b="167"/><viz:position x="1" y="2"/></node>
      <node id="信创谷" label="信创谷"><attvalues><attvalue for="entityType" value="IndustrialCluster"/><attvalue for="unknown" value="1"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e0" source="飞腾" target="信创谷" kind="MEMBER_OF" weight="2"/>
      <edge id="e1" source="飞腾" target="不存在" kind="LOCATED_IN"/>
    </edges>
  </graph>
</gexf>`;
    const { graph, warnings } = read('mine.gexf', gexf);
    expect(graph.nodes()).toEqual(['飞腾', '信创谷']);
    expect(graph.getNodeAttributes('飞腾')).toMatchObject({ entityType: 'Company', color: '#4e79a7', x: 1, y: 2 });
    expect(graph.edges()).toEqual(['e0']);
    expect(graph.getEdgeAttributes('e0')).toMatchObject({ relation: 'MEMBER_OF', weight: 2 });
    expect(warnings.join(' ')).toMatch(/1 edge\(s\) pointing to missing nodes/);
  });

  it('reads the builder GEXF when there is one', () => {
    let gexf: string;
    try {
      gexf = readFileSync('graph/out/graph.gexf', 'utf8');
    } catch {
      return;
    }
    const { graph } = read('graph.gexf', gexf);
    expect(graph.order).toBeGreaterThan(0);
    graph.forEachNode((_, a) => expect(a.entityType).not.toBe(UNKNOWN_TYPE));
  });
});

describe('helpers', () => {
  it.each([
    [['a', 'b'], ['a', 'b']],
    ['["a","b"]', ['a', 'b']],
    ['[a, b]', ['a', 'b']],
    ['a|b', ['a', 'b']],
    ['', []],
    [7, []],
  ])('stringList(%j) → %j', (value, expected) => {
    expect(stringList(value)).toEqual(expected);
  });

  it.each([
    ['https://www.163.com/a', 'https://www.163.com/a'],
    ['http://x.cn', 'http://x.cn/'],
    ['javascript:alert(3)', null],
    ['data:text/html,<b>', null],
    ['not a url', null],
    [null, null],
  ])('safeHttpUrl(%j) → %j', (value, expected) => {
    expect(safeHttpUrl(value)).toBe(expected);
  });
});
