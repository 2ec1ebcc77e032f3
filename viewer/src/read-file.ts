/** Reads the text of a graph file (graphology JSON or GEXF) into a sanitised graph. */
import Graph from 'graphology';
import { GraphFileError, sanitizeGraph, type SanitizedGraph, type SanitizeOptions } from './sanitize.js';

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

function readGexf(name: string, content: string, options: SanitizeOptions, xml: XmlReaders): SanitizedGraph {
  // 1. Well-formed XML whose root is <gexf>.
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

  // 2. Parse; edges to undeclared nodes are dropped by the sanitiser rather than failing the file.
  const declared = new Set(Array.from(document.getElementsByTagName('node'), (node) => node.getAttribute('id') ?? ''));
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
