/** Turns any graphology-serialised object (ours, another tool's, a parsed GEXF) into the graph the viewer renders. */
import Graph from 'graphology';
import { isReservedKey } from '../../src/graph/node-key.js';
import { normalizeColor } from './colors.js';
import type { ArticleInfo, EdgeAttributes, EvidenceInfo, GraphAttributes, KgGraph, NodeAttributes, TermStyle } from './types.js';

/** A file that is not a graph at all; the message names the file and what to do. */
export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphFileError';
  }
}

/** Colours used for nodes that bring none. */
export interface SanitizeOptions {
  typeColors: Record<string, string>;
  defaultNodeColor: string;
}

/** A sanitised graph and what was dropped or filled in. */
export interface SanitizedGraph {
  graph: KgGraph;
  warnings: string[];
}

/** The entity type given to nodes without one. */
export const UNKNOWN_TYPE = 'Other';

type Loose = Record<string, unknown>;

/** Keys graphology cannot hold (`__proto__`, `constructor`, `toString`…): the builder's rule, shared. */
export { isReservedKey };

/** `record[key]` when `record` has it as its own entry (never an inherited `constructor` or `__proto__`). */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const finite = (value: unknown): number | null => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
};

/** Reads a list attribute: an array, a JSON array string, or a `|`-separated string. */
export function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((item) => item !== '');
  if (typeof value !== 'string' || value.trim() === '') return [];
  const trimmed = value.trim();
  if (trimmed.startsWith('[')) {
    try {
      return stringList(JSON.parse(trimmed));
    } catch {
      return trimmed.slice(1, -1).split(',').map((item) => item.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
    }
  }
  return trimmed.split('|').map((item) => item.trim()).filter(Boolean);
}

/** The URL when it is an http(s) address, else null (no `javascript:` links). */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function span(value: unknown, length: number): [number, number] {
  if (!Array.isArray(value) || value.length !== 2) return [-1, -1];
  const [start, end] = value.map(finite);
  if (start === null || end === null || !Number.isInteger(start) || !Number.isInteger(end)) return [-1, -1];
  return start >= 0 && start < end && end <= length ? [start, end] : [-1, -1];
}

function evidenceList(value: unknown): EvidenceInfo[] {
  let list = value;
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).flatMap((item) => {
    const sentence = text(item.text);
    if (sentence === '') return [];
    return [{
      article: text(item.article),
      sentence: finite(item.sentence) ?? -1,
      text: sentence,
      trigger: text(item.trigger),
      sourceSpan: span(item.sourceSpan, sentence.length),
      targetSpan: span(item.targetSpan, sentence.length),
      triggerSpan: span(item.triggerSpan, sentence.length),
    }];
  });
}

function articleList(value: unknown): ArticleInfo[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((item) => {
    const id = text(item.id);
    if (id === '') return [];
    return [{ id, title: text(item.title) || id, url: typeof item.url === 'string' ? item.url : null, date: typeof item.date === 'string' ? item.date : null, source: text(item.source) }];
  });
}

function legend(value: unknown): Record<string, TermStyle> {
  if (!isObject(value)) return {};
  const entries = Object.entries(value).filter((entry): entry is [string, Loose] => isObject(entry[1]));
  return Object.fromEntries(entries.map(([term, style]) => {
    const clean: TermStyle = {};
    const color = normalizeColor(style.color);
    if (color) clean.color = color;
    if (typeof style.label === 'string' && style.label.trim()) clean.label = style.label.trim();
    if (typeof style.labelZh === 'string' && style.labelZh.trim()) clean.labelZh = style.labelZh.trim();
    return [term, clean];
  }));
}

function nodeAttributes(key: string, raw: Loose, options: SanitizeOptions, typeColor: (type: string) => string | undefined): NodeAttributes {
  const label = text(raw.label).trim() || key;
  const entityType = text(raw.entityType).trim() || text(raw.type).trim() || UNKNOWN_TYPE;
  return {
    label,
    labelEn: text(raw.labelEn).trim() || label,
    entityType,
    aliases: stringList(raw.aliases),
    mentions: Math.max(0, finite(raw.mentions) ?? 0),
    articles: stringList(raw.articles),
    community: finite(raw.community) ?? 0,
    importance: finite(raw.importance) ?? Number.NaN,
    x: finite(raw.x) ?? Number.NaN,
    y: finite(raw.y) ?? Number.NaN,
    size: Math.max(0, finite(raw.size) ?? 0),
    color: normalizeColor(raw.color) ?? typeColor(entityType) ?? options.defaultNodeColor,
  };
}

function edgeAttributes(raw: Loose): EdgeAttributes {
  const coMention = raw.coMention === true || raw.coMention === 'true';
  const relation = text(raw.relation).trim() || text(raw.kind).trim() || (coMention ? 'CO_MENTIONED' : 'RELATED_TO');
  const weight = finite(raw.weight);
  return {
    relation,
    label: text(raw.label).trim() || relation.toLowerCase().replace(/_/g, ' '),
    weight: weight !== null && weight > 0 ? weight : 1,
    coMention: coMention || relation === 'CO_MENTIONED',
    size: Math.max(0, finite(raw.size) ?? 0),
    color: normalizeColor(raw.color) ?? '',
    evidence: evidenceList(raw.evidence),
  };
}

/** Places nodes without a position on a golden-angle spiral around the others (deterministic). */
function placeMissingPositions(graph: KgGraph): number {
  const placed = graph.filterNodes((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
  const missing = graph.filterNodes((_, a) => !Number.isFinite(a.x) || !Number.isFinite(a.y));
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const node of placed) {
    const { x, y } = graph.getNodeAttributes(node);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const cx = placed.length > 0 ? (minX + maxX) / 2 : 0;
  const cy = placed.length > 0 ? (minY + maxY) / 2 : 0;
  const radius = placed.length > 0 ? Math.max(maxX - minX, maxY - minY, 1) / 2 : 1;
  const step = (placed.length > 0 ? radius : 10) / Math.sqrt(Math.max(missing.length, 1));
  missing.forEach((node, i) => {
    const angle = i * 2.399963229728653;
    const distance = (placed.length > 0 ? radius : 0) + step * Math.sqrt(i + 1);
    graph.mergeNodeAttributes(node, { x: cx + distance * Math.cos(angle), y: cy + distance * Math.sin(angle) });
  });
  return missing.length;
}

/** Fills importance from the degree where the file has none. */
function fillImportance(graph: KgGraph): void {
  let maxDegree = 1;
  graph.forEachNode((node) => { maxDegree = Math.max(maxDegree, graph.degree(node)); });
  graph.forEachNode((node, a) => {
    if (!Number.isFinite(a.importance)) graph.setNodeAttribute(node, 'importance', graph.degree(node) / maxDegree);
  });
}

/** Builds a clean directed multigraph from a serialised graph; throws GraphFileError when `input` is no graph. */
export function sanitizeGraph(input: unknown, options: SanitizeOptions, fileName = 'graph'): SanitizedGraph {
  // 1. The shape: an object with a `nodes` array.
  if (!isObject(input) || !Array.isArray(input.nodes)) {
    throw new GraphFileError(`${fileName}: not a graph — expected a graphology JSON export (with "nodes" and "edges") or a GEXF file.`);
  }
  const graph: KgGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  const warnings: string[] = [];
  const attributes = isObject(input.attributes) ? input.attributes : {};
  graph.replaceAttributes({
    articles: articleList(attributes.articles),
    entityTypes: legend(attributes.entityTypes),
    relationTypes: legend(attributes.relationTypes),
  });

  // 2. Nodes: a key is required, unique and not a reserved name; unknown attributes are dropped.
  const entityTypes = graph.getAttribute('entityTypes');
  const typeColor = (type: string) => ownEntry(entityTypes, type)?.color ?? ownEntry(options.typeColors, type);
  let badNodes = 0, reservedNodes = 0;
  for (const item of input.nodes) {
    const key = isObject(item) ? text(item.key) : '';
    if (isReservedKey(key)) {
      reservedNodes++;
      continue;
    }
    if (key === '' || graph.hasNode(key)) {
      badNodes++;
      continue;
    }
    graph.addNode(key, nodeAttributes(key, isObject(item) && isObject(item.attributes) ? item.attributes : {}, options, typeColor));
  }
  if (badNodes > 0) warnings.push(`${badNodes} node(s) without a key or with a repeated key were skipped.`);
  if (reservedNodes > 0) warnings.push(`${reservedNodes} node(s) with a key reserved in JavaScript (__proto__, constructor, toString…) were skipped.`);

  // 3. Edges: both ends must exist; keys stay unique.
  let missingEnds = 0, loops = 0;
  for (const item of Array.isArray(input.edges) ? input.edges : []) {
    if (!isObject(item)) continue;
    const source = text(item.source), target = text(item.target);
    if (!graph.hasNode(source) || !graph.hasNode(target)) {
      missingEnds++;
      continue;
    }
    if (source === target) {
      loops++;
      continue;
    }
    const attrs = edgeAttributes(isObject(item.attributes) ? item.attributes : {});
    let key = text(item.key) || `${source}->${target}:${attrs.relation}`;
    for (let n = 2; graph.hasEdge(key); n++) key = `${text(item.key) || `${source}->${target}:${attrs.relation}`}#${n}`;
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  if (missingEnds > 0) warnings.push(`${missingEnds} edge(s) pointing to missing nodes were skipped.`);
  if (loops > 0) warnings.push(`${loops} self-loop(s) were skipped.`);

  // 4. Fill in what the file lacks.
  const placed = placeMissingPositions(graph);
  if (placed > 0) warnings.push(`${placed} node(s) had no position and were placed around the others.`);
  fillImportance(graph);
  return { graph, warnings };
}
