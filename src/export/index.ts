/** Export stage: graph.json, graph.gexf, nodes.csv and edges.csv, each written atomically. */
export { removeStaleTempFiles, writeFileAtomic, type FileContents } from './atomic-write.js';
export { csvField, edgeCsvRecords, nodeCsvRecords, toEdgesCsv, toNodesCsv, writeCsv } from './csv.js';
export {
  CSV_BOM,
  CSV_EOL,
  EDGE_COLUMNS,
  EXPORT_FORMATS,
  FILE_NAMES,
  GEXF_EDGE_ATTRIBUTE_TYPES,
  GEXF_NODE_ATTRIBUTE_TYPES,
  LIST_SEPARATOR,
  NODE_COLUMNS,
  type ExportFormat,
} from './defaults.js';
export { exportGraph, resolveFormats, type ExportOptions } from './export-graph.js';
export { toExportError } from './export-error.js';
export { toGexf, writeGexf } from './gexf.js';
export { formatGexfEdge, formatGexfNode, type GexfEdgeSource, type GexfNodeSource } from './gexf-format.js';
export { toGraphJson, writeGraphJson } from './json.js';
export { stripXmlIllegal } from './text.js';
