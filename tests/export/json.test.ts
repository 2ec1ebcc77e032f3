import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { toGraphJson, writeGraphJson } from '../../src/export/index.js';
import { buildFixtureGraph, EVIL, tempFolders } from './helpers.js';

const folders = tempFolders();
afterAll(() => folders.cleanup());

describe('graph.json', () => {
  const graph = buildFixtureGraph();
  const text = toGraphJson(graph);

  it('is the same bytes for two builds of the same corpus', () => {
    expect(toGraphJson(buildFixtureGraph())).toBe(text);
  });

  it('imports back into graphology with every node, edge and attribute', () => {
    const copy = MultiDirectedGraph.from(JSON.parse(text));
    expect([copy.order, copy.size]).toEqual([graph.order, graph.size]);
    expect(copy.nodes()).toEqual(graph.nodes());
    expect(copy.edges()).toEqual(graph.edges());
    expect(copy.getNodeAttributes(EVIL)).toEqual(graph.getNodeAttributes(EVIL));
    expect(copy.getEdgeAttributes('飞腾->麒麟软件:COOPERATES_WITH')).toEqual(graph.getEdgeAttributes('飞腾->麒麟软件:COOPERATES_WITH'));
    expect(copy.getAttribute('articles')).toEqual(graph.getAttribute('articles'));
  });

  it('sorts object keys and writes compact JSON on one line', () => {
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['attributes', 'edges', 'nodes', 'options']);
    expect(Object.keys(parsed.nodes[0].attributes)).toEqual([...Object.keys(parsed.nodes[0].attributes)].sort());
    expect(text.startsWith('{"attributes":{"articles":[{"date":"2024-05-20","id":"art-001"')).toBe(true);
    expect(text.indexOf('\n')).toBe(text.length - 1);
  });

  it('keeps the control character escaped, never raw', () => {
    expect(text).not.toContain('\u0001');
    expect(text).toContain('\\u0001');
  });

  it('streams the same bytes as the whole export, whatever order and set of keys the attributes have', async () => {
    const odd = new MultiDirectedGraph<Record<string, unknown>, Record<string, unknown>>();
    odd.addNode('b', { z: 1, a: { y: [{ q: 1, p: 2 }], x: null } });
    odd.addNode('a');
    odd.addEdgeWithKey('e1', 'a', 'b', { weight: 2, evidence: [{ text: '句', article: 'x' }], color: '#000' });
    odd.addEdgeWithKey('e2', 'b', 'a', { color: '#111', weight: 1 });
    odd.addEdgeWithKey('e3', 'a', 'b', { b: 2, a: 1 });
    odd.addEdgeWithKey('e4', 'b', 'a');
    odd.addEdgeWithKey('e5', 'a', 'b', { weight: 3, evidence: [], color: '#222' });
    const dir = await folders.make();
    await writeGraphJson(odd as unknown as typeof graph, join(dir, 'graph.json'));
    expect(await readFile(join(dir, 'graph.json'), 'utf8')).toBe(toGraphJson(odd as unknown as typeof graph));
  });

  it('writes the file atomically', async () => {
    const dir = await folders.make();
    await writeGraphJson(graph, join(dir, 'graph.json'));
    expect(await readFile(join(dir, 'graph.json'), 'utf8')).toBe(text);
  });
});
