import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse, write } from 'graphology-gexf';
import { afterAll, describe, expect, it } from 'vitest';
import { formatGexfEdge, formatGexfNode, GEXF_EDGE_ATTRIBUTE_TYPES, GEXF_NODE_ATTRIBUTE_TYPES, stripXmlIllegal, toGexf } from '../../src/export/index.js';
import { buildGraph } from '../../src/graph/index.js';
import type { Corpus } from '../../src/types.js';
import { validateGexf } from '../fixtures/gexf-schema.js';
import { loadFixture } from '../fixtures/load.js';
import { buildFixtureGraph, EVIL, tempFolders } from './helpers.js';

const folders = tempFolders();
afterAll(() => folders.cleanup());


describe('GEXF 1.3', () => {
  const graph = buildFixtureGraph();
  const xml = toGexf(graph);

  it('validates against the official GEXF 1.3 RELAX NG schema as written', async () => {
    const result = await validateGexf(xml);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is caught by the schema check when it is broken (the check can fail)', async () => {
    const broken = xml.replace('<viz:size value="', '<viz:size value="-');
    expect((await validateGexf(broken)).valid).toBe(false);
  });

  it('is the same bytes for two builds', () => {
    expect(toGexf(buildFixtureGraph())).toBe(xml);
  });

  it('declares version 1.3 without xsi:schemaLocation', () => {
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz">');
    expect(xml).not.toContain('schemaLocation');
  });

  it('removes characters illegal in XML 1.0 and escapes markup', () => {
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toContain('<img');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const labels = Array.from(doc.getElementsByTagName('node')).map((node) => node.getAttribute('label'));
    expect(labels).toContain(EVIL.replace('\u0001', ''));
  });

  it.each([
    ['node', 'entityType', 'string'],
    ['node', 'aliases', 'string'],
    ['node', 'mentions', 'integer'],
    ['node', 'community', 'integer'],
    ['node', 'importance', 'double'],
    ['node', 'articles', 'string'],
    ['edge', 'relation', 'string'],
    ['edge', 'evidence', 'string'],
    ['edge', 'trigger', 'string'],
  ])('declares %s attribute %s as %s', (kind, id, type) => {
    const block = xml.slice(xml.indexOf(`<attributes class="${kind}">`));
    expect(block.slice(0, block.indexOf('</attributes>'))).toContain(`<attribute id="${id}" title="${id}" type="${type}"/>`);
  });

  it('declares importance as double even when every value is a whole number', () => {
    const { entities } = loadFixture<Corpus>('corpus/small-corpus.json');
    const flat = toGexf(buildGraph({ articles: [], entities: entities.slice(0, 2), relations: [] }));
    expect(flat).toContain('<attribute id="importance" title="importance" type="double"/>');
  });

  it('writes the relation as edge kind, the weight, r/g/b colours and the evidence lines', () => {
    const start = xml.indexOf('<edge id="飞腾->麒麟软件:COOPERATES_WITH"');
    expect(start).toBeGreaterThan(0);
    const edge = xml.slice(start);
    const element = edge.slice(0, edge.indexOf('</edge>'));
    expect(element).toContain('weight="2" kind="COOPERATES_WITH" label="cooperates with"');
    expect(element).toContain('<viz:color r="51" g="34" b="136"/>');
    expect(element).toContain('value="art-001#2: 飞腾与麒麟软件合作，共同推进信创生态建设。&#xA;art-002#0: 飞腾与麒麟软件签署战略合作协议。"');
    expect(element).toContain('<attvalue for="trigger" value="合作"/>');
  });

  it('is what graphology-gexf writes with the shared attribute mapping, streamed (the schema location left out, types declared)', () => {
    const written = write(graph, {
      version: '1.3',
      pedantic: true,
      formatNode: (_key, a) => formatGexfNode(a),
      formatEdge: (_key, a) => formatGexfEdge(a),
    });
    // The library infers attribute types from the values; the builder declares them (importance is double even when 1).
    const declared = Object.entries({ ...GEXF_NODE_ATTRIBUTE_TYPES, ...GEXF_EDGE_ATTRIBUTE_TYPES }).reduce(
      (text, [id, type]) => text.replace(new RegExp(`(<attribute id="${id}" title="${id}" type=")[a-z]+"`, 'g'), `$1${type}"`),
      written,
    );
    // The builder also writes a <meta> block, a final newline, and keys without the characters XML 1.0 forbids (the
    // fixture has one).
    const withoutMeta = (text: string) => text.replace(/\n\s*<meta(\/>|>[\s\S]*?<\/meta>)/, '');
    const expected = stripXmlIllegal(declared.replace(/ xmlns:xsi="[^"]*"/, '').replace(/ xsi:schemaLocation="[^"]*"/, ''));
    expect(withoutMeta(xml)).toBe(`${withoutMeta(expected)}\n`);
  });

  it('reads back with graphology-gexf: same keys, Chinese labels, typed values', () => {
    const copy = parse(MultiDirectedGraph, xml);
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
    expect(copy.getNodeAttribute('信创谷', 'label')).toBe('信创谷');
    expect(copy.getNodeAttribute('信创谷', 'importance')).toBe(1);
    expect(copy.getNodeAttribute('飞腾', 'x')).toBe(graph.getNodeAttribute('飞腾', 'x'));
    expect(copy.hasEdge('飞腾->信创谷:CO_MENTIONED')).toBe(true);
  });

  it('loads in networkx with the same counts, Chinese labels and r/g/b colours', async () => {
    const file = join(await folders.make(), 'graph.gexf');
    await writeFile(file, xml);
    const script = [
      'import json, sys',
      'try:',
      '    import networkx as nx',
      'except ImportError:',
      '    sys.exit("networkx is missing: pip install networkx")',
      'G = nx.read_gexf(sys.argv[1])',
      'n = G.nodes["飞腾"]',
      'edges = [d for _, _, d in G.edges(data=True) if d.get("id") == "飞腾->麒麟软件:COOPERATES_WITH"]',
      'print(json.dumps({"kind": type(G).__name__, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),',
      '  "label": n["label"], "color": n["viz"]["color"], "importance": n["importance"], "community": n["community"],',
      '  "weight": edges[0]["weight"], "relation": edges[0]["relation"], "evidence": edges[0]["evidence"]}, ensure_ascii=False))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw new Error(`python3 could not run (${run.error.message}): install Python 3 and networkx (pip install networkx)`);
    if (run.status !== 0) throw new Error(`networkx could not read the GEXF file: ${run.stderr.trim()}`);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      kind: 'MultiDiGraph',
      nodes: graph.order,
      edges: graph.size,
      label: '飞腾',
      color: { r: 0, g: 114, b: 178, a: 1 },
      importance: graph.getNodeAttribute('飞腾', 'importance'),
      community: graph.getNodeAttribute('飞腾', 'community'),
      weight: 2,
      relation: 'COOPERATES_WITH',
    });
    expect(result.evidence.split('\n')).toHaveLength(2);
  });
});
