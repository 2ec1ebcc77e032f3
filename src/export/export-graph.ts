/** exportGraph: writes every requested format into one folder. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { OptionsError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { removeStaleTempFiles } from './atomic-write.js';
import { writeCsv } from './csv.js';
import { EXPORT_FORMATS, FILE_NAMES, type ExportFormat } from './defaults.js';
import { checkOutputPath, toExportError } from './export-error.js';
import { writeGexf } from './gexf.js';
import { writeGraphJson } from './json.js';

/** Options of exportGraph. */
export interface ExportOptions {
  /** Formats to write (default all): json → graph.json, gexf → graph.gexf, csv → nodes.csv + edges.csv. */
  formats?: readonly ExportFormat[];
}

/** Checks the formats; throws OptionsError on an unknown or empty list. Returns them in writing order. */
export function resolveFormats(formats: readonly string[] = EXPORT_FORMATS): ExportFormat[] {
  if (!Array.isArray(formats) || formats.length === 0) {
    throw new OptionsError(`export options: formats must list at least one of ${EXPORT_FORMATS.join(', ')} — pass e.g. --format json,gexf`);
  }
  const unknown = formats.filter((format) => !(EXPORT_FORMATS as readonly string[]).includes(format));
  if (unknown.length > 0) {
    throw new OptionsError(`export options: unknown format ${JSON.stringify(unknown[0])} — use ${EXPORT_FORMATS.join(', ')}`);
  }
  return EXPORT_FORMATS.filter((format) => formats.includes(format));
}

/** Writes the graph into `outDir` (created if missing) in each format; returns the written paths; throws ExportError naming the file. */
export async function exportGraph(graph: KnowledgeGraph, outDir: string, options: ExportOptions = {}): Promise<string[]> {
  // 1. Options and folder.
  const formats = resolveFormats(options.formats);
  checkOutputPath(outDir, 'folder');
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw toExportError(outDir, error, 'create folder');
  }
  // Temp files of an earlier build that was killed while writing.
  await removeStaleTempFiles(outDir, Object.values(FILE_NAMES));

  // 2. One writer per format, each file atomic.
  const written: string[] = [];
  for (const format of formats) {
    if (format === 'json') {
      const file = join(outDir, FILE_NAMES.json);
      await writeGraphJson(graph, file);
      written.push(file);
    } else if (format === 'gexf') {
      const file = join(outDir, FILE_NAMES.gexf);
      await writeGexf(graph, file);
      written.push(file);
    } else {
      written.push(...(await writeCsv(graph, outDir)));
    }
  }
  return written;
}
