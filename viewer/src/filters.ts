/** Filters: which nodes and edges the current filters keep (pure; the graph is never changed). */
import type { EdgeAttributes, Filters, KgGraph, NodeAttributes } from './types.js';

/** What the filters hide. */
export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/** True when the graph has at least one typed (not CO_MENTIONED) relation. */
export function hasTypedRelations(graph: KgGraph): boolean {
  return graph.someEdge((_, attributes) => !attributes.coMention);
}

/** The filters of a freshly loaded graph: everything shown, CO_MENTIONED off when typed relations exist. */
export function defaultFilters(graph: KgGraph): Filters {
  return { types: null, relations: null, coMentioned: !hasTypedRelations(graph), minMentions: 0, focus: 0 };
}

/** True when a node passes the type and mention filters. */
export function nodePasses(attributes: NodeAttributes, filters: Filters): boolean {
  if (filters.types !== null && !filters.types.includes(attributes.entityType)) return false;
  return attributes.mentions >= filters.minMentions;
}

/** True when an edge passes the relation and CO_MENTIONED filters (its ends are checked apart). */
export function edgePasses(attributes: EdgeAttributes, filters: Filters): boolean {
  if (attributes.coMention) return filters.coMentioned;
  return filters.relations === null || filters.relations.includes(attributes.relation);
}

/** Nodes within `depth` hops of `start` over edges and nodes that pass the filters. */
export function neighbourhood(graph: KgGraph, start: string, depth: number, filters: Filters): Set<string> {
  const reached = new Set<string>([start]);
  let frontier = [start];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_, attributes, source, target, sourceAttributes, targetAttributes) => {
        if (!edgePasses(attributes, filters)) return;
        const [other, otherAttributes] = source === node ? [target, targetAttributes] : [source, sourceAttributes];
        if (reached.has(other) || !nodePasses(otherAttributes, filters)) return;
        reached.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return reached;
}

/** The nodes and edges hidden by `filters`, with focus around `selectedNode` when asked. */
export function computeVisibility(graph: KgGraph, filters: Filters, selectedNode: string | null): Visibility {
  const focus = filters.focus > 0 && selectedNode !== null && graph.hasNode(selectedNode)
    ? neighbourhood(graph, selectedNode, filters.focus, filters)
    : null;
  const hiddenNodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (focus ? !focus.has(node) : !nodePasses(attributes, filters)) hiddenNodes.add(node);
  });
  const hiddenEdges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || !edgePasses(attributes, filters)) hiddenEdges.add(edge);
  });
  return { hiddenNodes, hiddenEdges };
}
