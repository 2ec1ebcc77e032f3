/** Reads the text of a graph file (graphology JSON or GEXF) into a sanitised graph. */
import Graph from 'graphology';
import { GraphFileError, isReservedKey, sanitizeGraph, type SanitizedGraph, type SanitizeOptions } from './sanitize.js';

/** The XML parts, injected so the module runs in the browser (DOMParser) and in Node (@xmldom/xmldom); the GEXF parser reads the text itself. */
export interface XmlReaders {
  parseXml(text: string): Document;
  parseGexf(graphClass: typeof Graph, source: string, options: { addMissingNodes: boolean; allowUndeclaredAttributes: boolean }): Graph;
}

const FIX = 'pick a graphology JSON export (graph.json) or a GEXF file (graph.gexf)';

/** True when the file looks like XML rather than JSON. */
function looksLikeXml(name: string, content: string): boolean {
  return /\.(gexf|xml)$/i.test(name) || content.trimStart().startsWith('<');
}

function readJson(name: string, content: string, options: SanitizeOptions): SanitizedGraph {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new GraphFileError(`${name}: not valid JSON (${(error as Error).message}) — ${FIX}.`);
  }
  return sanitizeGraph(data, options, name);
}

/** Comments, processing instructions and white space that may come before a DOCTYPE. */
const PROLOG_ITEM = /\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->/y;

/** True when the XML prolog holds a DOCTYPE (the only place where entities or an external DTD can be declared). */
export function hasDoctype(content: string): boolean {
  let at = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    PROLOG_ITEM.lastIndex = at;
    if (!PROLOG_ITEM.exec(content)) break;
    at = PROLOG_ITEM.lastIndex;
  }
  return content.slice(at, at + 9).toUpperCase() === '<!DOCTYPE';
}

function readGexf(name: string, content: string, options: SanitizeOptions, xml: XmlReaders): SanitizedGraph {
  // 1. No DOCTYPE: its entities can expand without bound (billion laughs) and its external parts could load other files.
  if (hasDoctype(content)) {
    throw new GraphFileError(`${name}: has a DOCTYPE (entity or DTD declarations), refused as it could expand without bound or load other files — GEXF needs none; remove it, or ${FIX}.`);
  }

  // 2. Well-formed XML whose root is <gexf>.
  let document: Document;
  try {
    document = xml.parseXml(content);
  } catch (error) {
    throw new GraphFileError(`${name}: not well-formed XML (${(error as Error).message.split('\n')[0]}) — ${FIX}.`);
  }
  const root = document.documentElement;
  if (!root || document.getElementsByTagName('parsererror').length > 0) throw new GraphFileError(`${name}: not well-formed XML — ${FIX}.`);
  if (root.localName !== 'gexf' || document.getElementsByTagName('graph').length === 0) {
    throw new GraphFileError(`${name}: XML but not GEXF (root element <${root.localName}>) — ${FIX}.`);
  }

  // 3. No node (declared or at an edge's end) named like an Object.prototype member: the GEXF parser would hand it to graphology as is.
  const declared = new Set(Array.from(document.getElementsByTagName('node'), (node) => node.getAttribute('id') ?? ''));
  const ends = Array.from(document.getElementsByTagName('edge'), (edge) => [edge.getAttribute('source') ?? '', edge.getAttribute('target') ?? '']);
  const reserved = [...declared, ...ends.flat()].find(isReservedKey);
  if (reserved !== undefined) throw new GraphFileError(`${name}: node id "${reserved}" is reserved in JavaScript and cannot be loaded — rename that node.`);

  // 4. Parse; edges to undeclared nodes are dropped by the sanitiser rather than failing the file.
  let parsed: Graph;
  try {
    parsed = xml.parseGexf(Graph, content, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new GraphFileError(`${name}: GEXF that cannot be read (${(error as Error).message}) — ${FIX}.`);
  }
  const data = parsed.export();
  return sanitizeGraph({ ...data, nodes: data.nodes.filter((node) => declared.has(node.key)) }, options, name);
}

/** Parses and sanitises a graph file; throws GraphFileError with a one-line message when it cannot be read. */
export function readGraphFile(name: string, content: string, options: SanitizeOptions, xml: XmlReaders): SanitizedGraph {
  if (content.trim() === '') throw new GraphFileError(`${name}: the file is empty — ${FIX}.`);
  return looksLikeXml(name, content) ? readGexf(name, content, options, xml) : readJson(name, content, options);
}
