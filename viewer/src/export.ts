/** Export of the current view (filters applied) as GEXF 1.3 (the builder's attributes) or graphology JSON. */
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { formatGexfEdge, formatGexfNode } from '../../src/export/gexf-format.js';
import { GEXF_EDGE_ATTRIBUTE_TYPES, GEXF_NODE_ATTRIBUTE_TYPES } from '../../src/export/defaults.js';
import { normalizeColor } from './colors.js';
import type { Visibility } from './filters.js';
import type { EdgeAttributes, GraphAttributes, KgGraph, NodeAttributes } from './types.js';

/** A copy of the visible part of the graph, with the current positions and the displayed colours. */
export function visibleSubgraph(
  graph: KgGraph,
  visibility: Visibility,
  colorOf: (node: string, attributes: NodeAttributes) => string,
  edgeColorOf: (edge: string, attributes: EdgeAttributes) => string,
): KgGraph {
  const subgraph: KgGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  const articles = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (visibility.hiddenNodes.has(node)) return;
    subgraph.addNode(node, { ...attributes, color: colorOf(node, attributes) });
    for (const article of attributes.articles) articles.add(article);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!visibility.hiddenEdges.has(edge)) subgraph.addDirectedEdgeWithKey(edge, source, target, { ...attributes, color: edgeColorOf(edge, attributes) });
  });
  const { entityTypes, relationTypes } = graph.getAttributes();
  subgraph.replaceAttributes({ articles: graph.getAttribute('articles').filter((article) => articles.has(article.id)), entityTypes, relationTypes });
  return subgraph;
}

/** Declares each attribute with the builder's type (graphology-gexf infers them from the values present). */
function declareTypes(xml: string, types: Readonly<Record<string, string>>): string {
  return Object.entries(types).reduce(
    (text, [id, type]) => text.replace(new RegExp(`(<attribute id="${id}" title="${id}" type=")[a-z]+(")`), `$1${type}$2`),
    xml,
  );
}

/** GEXF 1.3 with the builder's attributes (the mapping the builder writes graph.gexf with), each declared with its type. */
export function toGexf(graph: KgGraph): string {
  const xml = write(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (node, a) => formatGexfNode({ ...a, color: normalizeColor(a.color) ?? '#000000', degree: graph.degree(node) }),
    formatEdge: (_edge, a) => formatGexfEdge({ ...a, color: normalizeColor(a.color) ?? '#000000' }),
  });
  return declareTypes(declareTypes(xml, GEXF_NODE_ATTRIBUTE_TYPES), GEXF_EDGE_ATTRIBUTE_TYPES);
}

/** The graphology JSON export (graph.export()), as the builder writes graph.json. */
export function toGraphologyJson(graph: KgGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
