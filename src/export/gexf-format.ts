/**
 * The GEXF form of one node and one edge (label, typed attvalues, viz), in graphology-gexf's `formatNode` /
 * `formatEdge` shape: shared by the builder's streamed writer and the viewer's export of the filtered view, so both
 * write the same attributes. Pure, browser-safe.
 */
import { LIST_SEPARATOR } from './defaults.js';
import { distinct, evidenceLines, hexToRgb, stripXmlIllegal, toToken, type EvidenceLine } from './text.js';

/** What a node needs to be written (the builder's NodeAttributes and the viewer's both fit). */
export interface GexfNodeSource {
  label: string;
  labelEn: string;
  entityType: string;
  aliases: readonly string[];
  mentions: number;
  articles: readonly string[];
  community: number;
  importance: number;
  degree: number;
  x: number;
  y: number;
  size: number;
  /** '#rrggbb' or '#rgb'; another colour is left out. */
  color: string;
}

/** What an edge needs to be written. */
export interface GexfEdgeSource {
  label: string;
  relation: string;
  weight: number;
  coMention: boolean;
  size: number;
  color: string;
  evidence: ReadonlyArray<EvidenceLine & { trigger: string }>;
}

/** `rgb(r,g,b)`: graphology-gexf then writes viz:color r/g/b, which networkx reads (it fails on `hex`). */
function vizColor(color: string): string | undefined {
  const rgb = hexToRgb(color);
  return rgb ? `rgb(${rgb.r},${rgb.g},${rgb.b})` : undefined;
}

/**
 * A pure string function remembered for the few values repeated on every edge or node (relation names and labels,
 * entity types, colours); cleared when it reaches `limit` distinct values.
 */
function remembered<T>(compute: (value: string) => T, limit = 256): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    if (known.has(value)) return known.get(value) as T;
    if (known.size >= limit) known.clear();
    const result = compute(value);
    known.set(value, result);
    return result;
  };
}

const typeToken = remembered(toToken);
const vizColorOf = remembered(vizColor);

const finiteOrUndefined = (value: number) => (Number.isFinite(value) ? value : undefined);
const integerOrUndefined = (value: number) => (Number.isFinite(value) ? Math.trunc(value) : undefined);

/** Node → GEXF label, typed attvalues (GEXF_NODE_ATTRIBUTE_TYPES) and viz (colour, size, position). */
export function formatGexfNode(a: GexfNodeSource) {
  return {
    label: toToken(a.label),
    attributes: {
      entityType: typeToken(a.entityType),
      labelEn: toToken(a.labelEn),
      aliases: stripXmlIllegal(a.aliases.join(LIST_SEPARATOR)),
      mentions: integerOrUndefined(a.mentions),
      articles: stripXmlIllegal(a.articles.join(LIST_SEPARATOR)),
      community: integerOrUndefined(a.community),
      importance: finiteOrUndefined(a.importance),
      degree: integerOrUndefined(a.degree),
    },
    viz: { color: vizColorOf(a.color), size: finiteOrUndefined(a.size), x: finiteOrUndefined(a.x), y: finiteOrUndefined(a.y) },
  };
}

/** Edge → GEXF label, kind (the relation), weight, typed attvalues (GEXF_EDGE_ATTRIBUTE_TYPES) and viz (colour, thickness). */
export function formatGexfEdge(a: GexfEdgeSource) {
  return {
    label: typeToken(a.label),
    kind: typeToken(a.relation),
    weight: a.weight,
    attributes: {
      relation: typeToken(a.relation),
      trigger: stripXmlIllegal(distinct(a.evidence.map((e) => e.trigger)).join(LIST_SEPARATOR)),
      evidence: stripXmlIllegal(evidenceLines(a.evidence).join('\n')),
      coMention: a.coMention,
    },
    viz: { color: vizColorOf(a.color), thickness: finiteOrUndefined(a.size) },
  };
}
