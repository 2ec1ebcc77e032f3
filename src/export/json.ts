/** graph.json: graphology's own serialisation (`graph.export()`), keys sorted, compact, one trailing newline. */
import type { KnowledgeGraph } from '../graph/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { JSON_INDENT } from './defaults.js';
import { checkOutputPath, toExportError } from './export-error.js';

/** Copies plain objects with their keys sorted; arrays keep their order. */
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(source).sort().map((key) => [key, source[key]]));
}

/** The graph as graph.json text: `Graph.from(JSON.parse(text))` gives it back; ends with a newline. */
export function toGraphJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export(), sortKeys, JSON_INDENT || undefined) + '\n';
}

/** Writes graph.json atomically; throws ExportError naming the file. */
export async function writeGraphJson(graph: KnowledgeGraph, file: string): Promise<void> {
  checkOutputPath(file, 'file');
  try {
    await writeFileAtomic(file, toGraphJson(graph));
  } catch (error) {
    throw toExportError(file, error);
  }
}
