/** Export of the current view (filters applied) as GEXF 1.3 (the builder's attributes) or graphology JSON. */
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { colorToRgb } from './colors.js';
import type { Visibility } from './filters.js';
import type { EdgeAttributes, EvidenceInfo, GraphAttributes, KgGraph, NodeAttributes } from './types.js';

/** Separator of list values inside one GEXF string, as the builder writes them. */
export const LIST_SEPARATOR = '|';

/** GEXF attribute types, as the builder declares them. */
const NODE_ATTRIBUTE_TYPES: Record<string, string> = {
  entityType: 'string', labelEn: 'string', aliases: 'string', mentions: 'integer',
  articles: 'string', community: 'integer', importance: 'double', degree: 'integer',
};
const EDGE_ATTRIBUTE_TYPES: Record<string, string> = { relation: 'string', trigger: 'string', evidence: 'string', coMention: 'boolean' };

const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (text: string) => text.replace(XML_ILLEGAL, '');
const token = (text: string) => xmlText(text).replace(/\s+/g, ' ').trim();
const distinct = (values: string[]) => [...new Set(values.filter((value) => value !== ''))];
const evidenceLines = (evidence: EvidenceInfo[]) => distinct(evidence.map((e) => `${e.article}#${e.sentence}: ${e.text.replace(/\s+/g, ' ').trim()}`));
const rgb = (color: string) => {
  const { r, g, b } = colorToRgb(color);
  return `rgb(${r},${g},${b})`;
};

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
function declareTypes(xml: string, types: Record<string, string>): string {
  return Object.entries(types).reduce(
    (text, [id, type]) => text.replace(new RegExp(`(<attribute id="${id}" title="${id}" type=")[a-z]+(")`), `$1${type}$2`),
    xml,
  );
}

/** GEXF 1.3 with the builder's attributes: viz r/g/b colour, size, position; entityType, labelEn, aliases, mentions, community…; edges with kind = relation. */
export function toGexf(graph: KgGraph): string {
  const xml = write(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (node, a) => ({
      label: token(a.label),
      viz: { color: rgb(a.color), size: a.size || undefined, x: a.x, y: a.y },
      attributes: {
        entityType: token(a.entityType),
        labelEn: token(a.labelEn),
        aliases: xmlText(a.aliases.join(LIST_SEPARATOR)),
        mentions: Math.trunc(a.mentions),
        articles: xmlText(a.articles.join(LIST_SEPARATOR)),
        community: Math.trunc(a.community),
        importance: a.importance,
        degree: graph.degree(node),
      },
    }),
    formatEdge: (_edge, a) => ({
      label: token(a.label),
      kind: token(a.relation),
      weight: a.weight,
      viz: { color: rgb(a.color), thickness: a.size || undefined },
      attributes: {
        relation: token(a.relation),
        trigger: xmlText(distinct(a.evidence.map((e) => e.trigger)).join(LIST_SEPARATOR)),
        evidence: xmlText(evidenceLines(a.evidence).join('\n')),
        coMention: a.coMention,
      },
    }),
  });
  return declareTypes(declareTypes(xml, NODE_ATTRIBUTE_TYPES), EDGE_ATTRIBUTE_TYPES);
}

/** The graphology JSON export (graph.export()), as the builder writes graph.json. */
export function toGraphologyJson(graph: KgGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
