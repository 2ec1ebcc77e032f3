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

/** The keys of the last object sortedCopy saw, and the same keys sorted (every edge of a graph has the same keys). */
let lastKeys: string[] = [];
let lastSorted: string[] = [];

/** The object itself when its keys are in sorted order, else a shallow copy with sorted keys. */
function sortedCopy(value: object): object {
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  let same = keys.length === lastKeys.length;
  for (let i = 0; i < keys.length && same; i++) same = keys[i] === lastKeys[i];
  if (!same) [lastKeys, lastSorted] = [keys, [...keys].sort()];
  let sorted = true;
  for (let i = 0; i < keys.length && sorted; i++) sorted = keys[i] === lastSorted[i];
  if (sorted) return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of lastSorted) copy[key] = source[key];
  return copy;
}

/** The last key list of each length found in sorted order: the objects of a graph come in a few shapes. */
const SORTED_KEY_LISTS = new Map<number, string[]>();

/** Whether an object's own keys (those JSON.stringify writes) are in sorted order; a known list is compared by identity. */
function ownKeysInOrder(keys: string[]): boolean {
  const known = SORTED_KEY_LISTS.get(keys.length);
  let same = known !== undefined;
  for (let i = 0; i < keys.length && same; i++) same = keys[i] === known![i];
  if (same) return true;
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1] < keys[i])) return false;
  SORTED_KEY_LISTS.set(keys.length, keys);
  return true;
}

/**
 * True when every object inside `value` already has its keys in sorted order (JSON.stringify then needs no replacer).
 * Loops, not a call per value: the evidence of a big graph has millions of numbers and strings.
 */
function keysInOrder(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object' && !keysInOrder(item)) return false;
    }
    return true;
  }
  const keys = Object.keys(value);
  if (!ownKeysInOrder(keys)) return false;
  for (let i = 0; i < keys.length; i++) {
    const item = (value as Record<string, unknown>)[keys[i]];
    if (item !== null && typeof item === 'object' && !keysInOrder(item)) return false;
  }
  return true;
}

/** JSON.stringify(value, sortKeys), without the replacer's cost when the keys are in order already. */
function stringifySorted(value: unknown): string {
  return keysInOrder(value) ? JSON.stringify(value) : JSON.stringify(value, sortKeys);
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
  yield* batched(graphJsonParts(graph));
}

function* graphJsonParts(graph: KnowledgeGraph): Generator<string> {
  const hasAttributes = (attributes: object) => Object.keys(attributes).length > 0;
  // Keys in sorted order, as sortKeys gives them: attributes, edges, nodes, options.
  yield `{"attributes":${JSON.stringify(graph.getAttributes(), sortKeys)},"edges":[`;
  let first = true;
  const mixed = graph.type === 'mixed';
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    // What JSON.stringify of { attributes, key, source, target, undirected } writes, without building that object.
    const head = hasAttributes(attributes) ? `{"attributes":${stringifySorted(sortedCopy(attributes))},` : '{';
    const tail = mixed && undirected ? ',"undirected":true}' : '}';
    yield `${first ? '' : ','}${head}"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${tail}`;
    first = false;
  }
  yield '],"nodes":[';
  first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield (first ? '' : ',') + stringifySorted(hasAttributes(attributes) ? { attributes: sortedCopy(attributes), key: node } : { key: node });
    first = false;
  }
  yield `],"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, sortKeys)}}\n`;
}

/** Joins small parts into strings of about BATCH_CHARS: one encoding and one buffer per batch, not per part. */
export function* batched(parts: Iterable<string>): Generator<string> {
  let batch = '';
  for (const part of parts) {
    batch += part;
    if (batch.length >= BATCH_CHARS) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}

const BATCH_CHARS = 1 << 15;

/** Writes graph.json atomically, streamed; throws ExportError naming the file. */
export async function writeGraphJson(graph: KnowledgeGraph, file: string): Promise<void> {
  checkOutputPath(file, 'file');
  try {
    await writeFileAtomic(file, graphJsonChunks(graph));
  } catch (error) {
    throw toExportError(file, error);
  }
}
