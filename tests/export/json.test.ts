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

  it('writes the file atomically', async () => {
    const dir = await folders.make();
    await writeGraphJson(graph, join(dir, 'graph.json'));
    expect(await readFile(join(dir, 'graph.json'), 'utf8')).toBe(text);
  });
});
