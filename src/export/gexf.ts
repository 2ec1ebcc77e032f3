/** graph.gexf: GEXF 1.3 through graphology-gexf, valid against the official RELAX NG schema as written. */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../graph/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { GEXF_CREATOR, GEXF_EDGE_ATTRIBUTE_TYPES, GEXF_NODE_ATTRIBUTE_TYPES, LIST_SEPARATOR } from './defaults.js';
import { checkOutputPath, toExportError } from './export-error.js';
import { distinct, evidenceLines, hexToRgb, stripXmlIllegal, toToken } from './text.js';

/** `rgb(r,g,b)`: graphology-gexf then writes viz:color r/g/b, which networkx reads (it fails on `hex`). */
function vizColor(color: string): string | undefined {
  const rgb = hexToRgb(color);
  return rgb ? `rgb(${rgb.r},${rgb.g},${rgb.b})` : undefined;
}

const finiteOrUndefined = (value: number) => (Number.isFinite(value) ? value : undefined);
const integerOrUndefined = (value: number) => (Number.isFinite(value) ? Math.trunc(value) : undefined);

/** Node → GEXF label, typed attvalues and viz (colour, size, position). */
function formatNode(_key: string, a: NodeAttributes) {
  return {
    label: toToken(a.label),
    attributes: {
      entityType: toToken(a.entityType),
      labelEn: toToken(a.labelEn),
      aliases: stripXmlIllegal(a.aliases.join(LIST_SEPARATOR)),
      mentions: integerOrUndefined(a.mentions),
      articles: stripXmlIllegal(a.articles.join(LIST_SEPARATOR)),
      community: integerOrUndefined(a.community),
      importance: finiteOrUndefined(a.importance),
      degree: integerOrUndefined(a.degree),
    },
    viz: { color: vizColor(a.color), size: finiteOrUndefined(a.size), x: finiteOrUndefined(a.x), y: finiteOrUndefined(a.y) },
  };
}

/** Edge → GEXF label, kind (the relation), weight, attvalues and viz (colour, thickness). */
function formatEdge(_key: string, a: EdgeAttributes) {
  return {
    label: toToken(a.label),
    kind: toToken(a.relation),
    weight: a.weight,
    attributes: {
      relation: toToken(a.relation),
      trigger: stripXmlIllegal(distinct(a.evidence.map((e) => e.trigger)).join(LIST_SEPARATOR)),
      evidence: stripXmlIllegal(evidenceLines(a.evidence).join('\n')),
      coMention: a.coMention,
    },
    viz: { color: vizColor(a.color), thickness: finiteOrUndefined(a.size) },
  };
}

/** A copy whose node and edge keys are XML-legal and still unique (suffix `~2`, `~3`… on a clash). */
function withXmlKeys(graph: KnowledgeGraph): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const copy = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const unique = (key: string, taken: (k: string) => boolean) => {
    const base = stripXmlIllegal(key);
    let candidate = base;
    for (let n = 2; taken(candidate); n += 1) candidate = `${base}~${n}`;
    return candidate;
  };
  const nodeKeys = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    const key = unique(node, (k) => copy.hasNode(k));
    nodeKeys.set(node, key);
    copy.addNode(key, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    copy.addDirectedEdgeWithKey(unique(edge, (k) => copy.hasEdge(k)), nodeKeys.get(source)!, nodeKeys.get(target)!, attributes);
  });
  copy.replaceAttributes({
    creator: GEXF_CREATOR,
    description: `Knowledge graph: ${graph.order} entities, ${graph.size} relations, ${graph.getAttribute('articles')?.length ?? 0} articles`,
  });
  return copy;
}

/** Declares each attribute with its fixed type, since graphology-gexf infers types from the values present. */
function declareTypes(xml: string, types: Readonly<Record<string, string>>): string {
  return Object.entries(types).reduce(
    (text, [id, type]) => text.replace(new RegExp(`(<attribute id="${id}" title="${id}" type=")[a-z]+(")`), `$1${type}$2`),
    xml,
  );
}

/** The graph as GEXF 1.3 text (pure). */
export function toGexf(graph: KnowledgeGraph): string {
  // 1. graphology-gexf on an XML-safe copy.
  let xml = write(withXmlKeys(graph), { version: '1.3', pedantic: true, pretty: true, formatNode, formatEdge });
  // 2. The official schema allows no xsi:schemaLocation: drop it and its namespace.
  xml = xml.replace(/\s+xmlns:xsi="[^"]*"/, '').replace(/\s+xsi:schemaLocation="[^"]*"/, '');
  // 3. Fixed attribute types.
  xml = declareTypes(declareTypes(xml, GEXF_NODE_ATTRIBUTE_TYPES), GEXF_EDGE_ATTRIBUTE_TYPES);
  return xml.endsWith('\n') ? xml : `${xml}\n`;
}

/** Writes graph.gexf atomically; throws ExportError naming the file. */
export async function writeGexf(graph: KnowledgeGraph, file: string): Promise<void> {
  checkOutputPath(file, 'file');
  try {
    await writeFileAtomic(file, toGexf(graph));
  } catch (error) {
    throw toExportError(file, error);
  }
}
