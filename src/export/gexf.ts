/**
 * graph.gexf: GEXF 1.3 as graphology-gexf writes it, streamed, valid against the official RELAX NG schema as written.
 *
 * Why not graphology-gexf's `write` itself: it builds the whole document as one string (xml-writer), which on the
 * 10,000-article graph (29,000 nodes, 253,000 edges) took 47 s and 2.8 GB of peak RSS against 4.3 s and 0.9 GB here
 * (`npx tsx bench/gexf-writers.ts graph.json`, 2026-11-26), past the 2 GB target of a whole build. The bytes are
 * the library's: tests/export/gexf.test.ts compares this writer with `write` on the same graph, and the viewer's
 * export uses `write` with the same mapping (gexf-format.ts).
 */
import type { KnowledgeGraph } from '../graph/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { GEXF_CREATOR, GEXF_EDGE_ATTRIBUTE_TYPES, GEXF_NODE_ATTRIBUTE_TYPES } from './defaults.js';
import { checkOutputPath, toExportError } from './export-error.js';
import { formatGexfEdge as formatEdge, formatGexfNode as formatNode } from './gexf-format.js';
import { batched } from './json.js';
import { stripXmlIllegal } from './text.js';

/** XML-legal, unique keys (suffix `~2`, `~3`… on a clash), assigned in iteration order like graphology's own copy. */
function xmlKeys(keys: Iterable<string>): Map<string, string> {
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of keys) {
    const base = stripXmlIllegal(key);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}~${n}`;
    taken.add(candidate);
    if (candidate !== key) renamed.set(key, candidate);
  }
  return renamed;
}

/**
 * The graph as GEXF 1.3, chunk by chunk (nodes and edges one at a time, never the whole document in memory): the
 * document graphology-gexf writes (`pedantic`, `pretty`, 1.3) with XML-legal keys, without `xsi:schemaLocation` and
 * with the fixed attribute types of GEXF_*_ATTRIBUTE_TYPES.
 */
export function* gexfChunks(graph: KnowledgeGraph): Generator<string> {
  yield* batched(gexfParts(graph));
}

function* gexfParts(graph: KnowledgeGraph): Generator<string> {
  // 1. XML-legal keys, and the attribute models in order of first non-empty value (as graphology-gexf infers them).
  const nodeKeys = xmlKeys(graph.nodes());
  const edgeKeys = xmlKeys(graph.edges());
  const nodeModel = inferModel(graph.mapNodes((_key, a) => formatNode(a).attributes), GEXF_NODE_ATTRIBUTE_TYPES);
  const edgeModel = inferModel(lazyEdgeAttributes(graph), GEXF_EDGE_ATTRIBUTE_TYPES);
  const description = `Knowledge graph: ${graph.order} entities, ${graph.size} relations, ${graph.getAttribute('articles')?.length ?? 0} articles`;
  // 2. Head: declaration, root, meta, models.
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz">';
  yield `\n  <meta>\n    <creator>${xmlText(GEXF_CREATOR)}</creator>\n    <description>${xmlText(description)}</description>\n  </meta>`;
  yield '\n  <graph defaultedgetype="directed">';
  yield writeModel(nodeModel, 'node') + writeModel(edgeModel, 'edge');
  // 3. Nodes, then edges, one element per chunk.
  const elements = (kind: 'node' | 'edge', total: number) => (total === 0 ? `\n    <${kind}s/>` : undefined);
  yield elements('node', graph.order) ?? '\n    <nodes>';
  for (const { node, attributes } of graph.nodeEntries()) {
    const f = formatNode(attributes);
    yield element('node', xmlAttribute('id', nodeKeys.get(node) ?? node) + xmlAttribute('label', f.label), writeAttValues(nodeModel, f.attributes) + writeViz(f.viz));
  }
  if (graph.order > 0) yield '\n    </nodes>';
  yield elements('edge', graph.size) ?? '\n    <edges>';
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const f = formatEdge(attributes);
    const head =
      xmlAttribute('id', edgeKeys.get(edge) ?? edge) +
      xmlAttribute('source', nodeKeys.get(source) ?? source) +
      xmlAttribute('target', nodeKeys.get(target) ?? target) +
      (typeof f.weight === 'number' && !Number.isNaN(f.weight) ? xmlAttribute('weight', f.weight) : '') +
      (f.kind ? xmlAttribute('kind', f.kind) : '') +
      xmlAttribute('label', f.label);
    yield element('edge', head, writeAttValues(edgeModel, f.attributes) + writeViz(f.viz));
  }
  if (graph.size > 0) yield '\n    </edges>';
  yield '\n  </graph>\n</gexf>\n';
}

/** One <node> or <edge> at its depth; self-closing when it has no children. */
function element(kind: 'node' | 'edge', attributes: string, children: string): string {
  return children === '' ? `\n      <${kind}${attributes}/>` : `\n      <${kind}${attributes}>${children}\n      </${kind}>`;
}

/** Edge attributes for model inference, formatted lazily: inference stops as soon as every key has been seen. */
function* lazyEdgeAttributes(graph: KnowledgeGraph): Generator<Record<string, unknown>> {
  for (const { attributes } of graph.edgeEntries()) yield formatEdge(attributes).attributes;
}

/** Attribute ids in order of their first non-empty value; types from the fixed declarations. */
function inferModel(elements: Iterable<Record<string, unknown>>, declared: Readonly<Record<string, string>>): Array<[string, string]> {
  const model = new Map<string, string>();
  const possible = new Set<string>();
  for (const attributes of elements) {
    for (const key of Object.keys(attributes)) {
      possible.add(key);
      if (!model.has(key) && !isEmptyValue(attributes[key])) model.set(key, declared[key] ?? inferType(attributes[key]));
    }
    if (model.size === possible.size && possible.size === Object.keys(declared).length) break;
  }
  return [...model];
}

function inferType(value: unknown): string {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return value === (value | 0) ? 'integer' : Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || value !== value;
}

function writeModel(model: Array<[string, string]>, kind: 'node' | 'edge'): string {
  if (model.length === 0) return '';
  const rows = model.map(([id, type]) => `\n      <attribute${xmlAttribute('id', id)}${xmlAttribute('title', id)}${xmlAttribute('type', type)}/>`);
  return `\n    <attributes class="${kind}">${rows.join('')}\n    </attributes>`;
}

function writeAttValues(model: Array<[string, string]>, attributes: Record<string, unknown> | undefined): string {
  if (model.length === 0 || !attributes) return '';
  let rows = '';
  for (const [id] of model) {
    if (!(id in attributes) || isEmptyValue(attributes[id])) continue;
    rows += `\n          <attvalue${xmlAttribute('for', id)}${xmlAttribute('value', String(attributes[id]))}/>`;
  }
  return rows === '' ? '\n        <attvalues/>' : `\n        <attvalues>${rows}\n        </attvalues>`;
}

function writeViz(viz: { color?: string; size?: number; x?: number; y?: number; thickness?: number }): string {
  let out = '';
  const rgb = viz.color ? /^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)\s*\)\s*$/.exec(viz.color) : null;
  if (rgb) out += `\n        <viz:color${xmlAttribute('r', +rgb[1])}${xmlAttribute('g', +rgb[2])}${xmlAttribute('b', +rgb[3])}/>`;
  if (viz.size !== undefined) out += `\n        <viz:size${xmlAttribute('value', viz.size)}/>`;
  if (viz.x !== undefined || viz.y !== undefined) {
    out += `\n        <viz:position${viz.x !== undefined ? xmlAttribute('x', viz.x) : ''}${viz.y !== undefined ? xmlAttribute('y', viz.y) : ''}/>`;
  }
  if (viz.thickness !== undefined) out += `\n        <viz:thickness${xmlAttribute('value', viz.thickness)}/>`;
  return out;
}

/** ` name="value"` escaped as xml-writer does; nothing for an empty string (numbers, 0 included, are written). */
function xmlAttribute(name: string, value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  const text = String(value);
  return ` ${name}="${ATTRIBUTE_SPECIALS.test(text) ? text.replace(ATTRIBUTE_SPECIALS_ALL, (c) => ATTRIBUTE_ESCAPES[c]) : text}"`;
}

/** What xml-writer escapes in attribute values, replaced in one pass. */
const ATTRIBUTE_SPECIALS = /[&<"\t\n\r]/;
const ATTRIBUTE_SPECIALS_ALL = /[&<"\t\n\r]/g;
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The graph as GEXF 1.3 text (pure). */
export function toGexf(graph: KnowledgeGraph): string {
  return [...gexfChunks(graph)].join('');
}

/** Writes graph.gexf atomically, streamed; throws ExportError naming the file. */
export async function writeGexf(graph: KnowledgeGraph, file: string): Promise<void> {
  checkOutputPath(file, 'file');
  try {
    await writeFileAtomic(file, gexfChunks(graph));
  } catch (error) {
    throw toExportError(file, error);
  }
}
