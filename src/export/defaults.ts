/** Defaults of the export stage: file names, formats, columns and GEXF attribute types. */

/** The formats exportGraph can write, in writing order. */
export const EXPORT_FORMATS = ['json', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File names inside the output folder (the viewer server serves these names). */
export const FILE_NAMES = {
  json: 'graph.json',
  gexf: 'graph.gexf',
  nodesCsv: 'nodes.csv',
  edgesCsv: 'edges.csv',
} as const;

/**
 * graph.json indentation: none. Indenting doubles the file (evidence objects dominate it) and the
 * viewer downloads it; `jq . graph/out/graph.json` pretty-prints it for reading.
 */
export const JSON_INDENT = 0;

/** Columns of nodes.csv and edges.csv, in order. */
export const NODE_COLUMNS = [
  'id', 'label', 'labelEn', 'entityType', 'aliases', 'mentions', 'articles',
  'community', 'importance', 'x', 'y', 'size', 'color',
] as const;
export const EDGE_COLUMNS = ['source', 'target', 'relation', 'label', 'weight', 'triggers', 'evidence'] as const;

/** CSV: UTF-8 with a byte-order mark (Excel then reads Chinese correctly) and CRLF records (RFC 4180). */
export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

/** Separator of list values (aliases, articles, triggers) inside one CSV cell or GEXF string. */
export const LIST_SEPARATOR = '|';

/** Text cells starting with one of these get a leading apostrophe so spreadsheets do not run them as formulas. */
export const CSV_FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'] as const;

/** GEXF attribute types, declared whatever values the graph happens to hold. */
export const GEXF_NODE_ATTRIBUTE_TYPES = {
  entityType: 'string',
  labelEn: 'string',
  aliases: 'string',
  mentions: 'integer',
  articles: 'string',
  community: 'integer',
  importance: 'double',
  degree: 'integer',
} as const;
export const GEXF_EDGE_ATTRIBUTE_TYPES = {
  relation: 'string',
  trigger: 'string',
  evidence: 'string',
  coMention: 'boolean',
} as const;

/** Written in the GEXF `<meta><creator>` element. */
export const GEXF_CREATOR = 'binhai-kg';
