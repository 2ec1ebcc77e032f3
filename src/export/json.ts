/** graph.json: graphology's own serialisation (`graph.export()`), keys sorted, compact, one trailing newline. */
import type { KnowledgeGraph } from '../graph/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { JSON_INDENT } from './defaults.js';
import { checkOutputPath, toExportError } from './export-error.js';

/** Copies plain objects with their keys sorted; arrays keep their order. */
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  // Objects whose keys are already in order (evidence objects are built so) are kept as they are: no copy.
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] < keys[i];
  return sorted ? value : Object.fromEntries(keys.sort().map((key) => [key, source[key]]));
}

/** The graph as graph.json text: `Graph.from(JSON.parse(text))` gives it back; ends with a newline. */
export function toGraphJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export(), sortKeys, JSON_INDENT || undefined) + '\n';
}

/**
 * toGraphJson's text chunk by chunk — one node or edge at a time, never the whole document in memory — for the
 * compact form (JSON_INDENT 0); the same bytes as `graph.export()` serialised whole.
 */
export function* graphJsonChunks(graph: KnowledgeGraph): Generator<string> {
  if (JSON_INDENT) {
    yield toGraphJson(graph);
    return;
  }
  const hasAttributes = (attributes: object) => Object.keys(attributes).length > 0;
  // Keys in sorted order, as sortKeys gives them: attributes, edges, nodes, options.
  yield `{"attributes":${JSON.stringify(graph.getAttributes(), sortKeys)},"edges":[`;
  let first = true;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const entry = { key: edge, source, target, ...(hasAttributes(attributes) ? { attributes } : {}), ...(graph.type === 'mixed' && undirected ? { undirected: true } : {}) };
    yield (first ? '' : ',') + JSON.stringify(entry, sortKeys);
    first = false;
  }
  yield '],"nodes":[';
  first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield (first ? '' : ',') + JSON.stringify(hasAttributes(attributes) ? { key: node, attributes } : { key: node }, sortKeys);
    first = false;
  }
  yield `],"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, sortKeys)}}\n`;
}

/** Writes graph.json atomically, streamed; throws ExportError naming the file. */
export async function writeGraphJson(graph: KnowledgeGraph, file: string): Promise<void> {
  checkOutputPath(file, 'file');
  try {
    await writeFileAtomic(file, graphJsonChunks(graph));
  } catch (error) {
    throw toExportError(file, error);
  }
}
