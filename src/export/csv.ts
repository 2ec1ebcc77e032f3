/** nodes.csv and edges.csv: UTF-8 with BOM, RFC 4180 quoting, CRLF between records, LF inside evidence cells. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../graph/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { CSV_BOM, CSV_EOL, CSV_FORMULA_PREFIXES, EDGE_COLUMNS, FILE_NAMES, LIST_SEPARATOR, NODE_COLUMNS } from './defaults.js';
import { checkOutputPath, toExportError } from './export-error.js';
import { distinct, evidenceLines } from './text.js';

type Cell = string | number;

/** One CSV field: numbers as is; text guarded against formula execution, quoted when it holds `"`, `,`, CR or LF. */
export function csvField(value: Cell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = CSV_FORMULA_PREFIXES.some((prefix) => value.startsWith(prefix)) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, with its line end. */
function csvRecord(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + CSV_EOL;
}

/** nodes.csv, record by record (BOM and header first). */
export function* nodeCsvRecords(graph: KnowledgeGraph): Generator<string> {
  yield CSV_BOM + csvRecord(NODE_COLUMNS);
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield csvRecord([
      node, a.label, a.labelEn, a.entityType, a.aliases.join(LIST_SEPARATOR), a.mentions,
      a.articles.join(LIST_SEPARATOR), a.community, a.importance, a.x, a.y, a.size, a.color,
    ]);
  }
}

/** edges.csv, record by record: triggers joined by '|', evidence as `article#sentence: text` lines. */
export function* edgeCsvRecords(graph: KnowledgeGraph): Generator<string> {
  yield CSV_BOM + csvRecord(EDGE_COLUMNS);
  for (const { source, target, attributes: a } of graph.edgeEntries()) {
    yield csvRecord([
      source, target, a.relation, a.label, a.weight,
      distinct(a.evidence.map((e) => e.trigger)).join(LIST_SEPARATOR),
      evidenceLines(a.evidence).join('\n'),
    ]);
  }
}

/** nodes.csv as one string. */
export function toNodesCsv(graph: KnowledgeGraph): string {
  return [...nodeCsvRecords(graph)].join('');
}

/** edges.csv as one string. */
export function toEdgesCsv(graph: KnowledgeGraph): string {
  return [...edgeCsvRecords(graph)].join('');
}

/** Writes nodes.csv and edges.csv into `dir` (created if missing), each atomically; returns their paths. */
export async function writeCsv(graph: KnowledgeGraph, dir: string): Promise<string[]> {
  checkOutputPath(dir, 'folder');
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw toExportError(dir, error, 'create folder');
  }
  const files: [string, Iterable<string>][] = [
    [join(dir, FILE_NAMES.nodesCsv), nodeCsvRecords(graph)],
    [join(dir, FILE_NAMES.edgesCsv), edgeCsvRecords(graph)],
  ];
  for (const [file, records] of files) {
    try {
      await writeFileAtomic(file, records);
    } catch (error) {
      throw toExportError(file, error);
    }
  }
  return files.map(([file]) => file);
}
