/** Sigma nodeReducer/edgeReducer as pure functions of the graph, the view state and precomputed styles. */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Visibility } from './filters.js';
import { shortName } from './names.js';
import type { ViewerSettings } from './settings.js';
import type { GraphStyles } from './styles.js';
import type { EdgeAttributes, KgGraph, NodeAttributes, ViewState } from './types.js';

/** The emphasised part of the graph: around the hovered node, else the selected node or edge. */
export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
  /** The node the highlight is centred on (drawn with a label box). */
  centre: string | null;
}

/** Everything the reducers read. */
export interface ReducerContext {
  graph: KgGraph;
  settings: ViewerSettings;
  state: ViewState;
  visibility: Visibility;
  highlight: Highlight | null;
  styles: GraphStyles;
}

/** Node display data with the attributes sigma reads. */
export type NodeDisplay = Partial<NodeDisplayData> & { x: number; y: number };
/** Edge display data with the curvature read by @sigma/edge-curve. */
export type EdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number };

/** The nodes and edges to emphasise for the current hover or selection (hidden ones excluded). */
export function computeHighlight(graph: KgGraph, state: ViewState, visibility: Visibility): Highlight | null {
  const hovered = state.hoveredNode !== null && graph.hasNode(state.hoveredNode) && !visibility.hiddenNodes.has(state.hoveredNode)
    ? state.hoveredNode
    : null;
  const selection = state.selection;
  const centre = hovered ?? (selection?.kind === 'node' && graph.hasNode(selection.key) ? selection.key : null);
  if (centre !== null) {
    const nodes = new Set<string>([centre]);
    const edges = new Set<string>();
    graph.forEachEdge(centre, (edge, _, source, target) => {
      if (visibility.hiddenEdges.has(edge)) return;
      edges.add(edge);
      nodes.add(source === centre ? target : source);
    });
    return { nodes, edges, centre };
  }
  if (selection?.kind === 'edge' && graph.hasEdge(selection.key)) {
    return { nodes: new Set(graph.extremities(selection.key)), edges: new Set([selection.key]), centre: null };
  }
  return null;
}

/** Display data of a node: label in the chosen language, type colour, size by importance, dimmed outside the highlight. */
export function reduceNode(context: ReducerContext, node: string, data: NodeAttributes): NodeDisplay {
  const { settings, state, visibility, highlight, styles } = context;
  const display: NodeDisplay = {
    x: data.x,
    y: data.y,
    label: shortName(state.lang === 'en' ? data.labelEn || data.label : data.label),
    size: styles.nodeSize.get(node) ?? settings.minNodeSize,
    color: styles.vocabulary.typeColor(data.entityType) ?? data.color ?? settings.defaultNodeColor,
    zIndex: 1,
  };
  if (visibility.hiddenNodes.has(node)) return { ...display, hidden: true };
  if (highlight) {
    if (!highlight.nodes.has(node)) return { ...display, color: settings.dimmedNodeColor, label: null, zIndex: 0 };
    display.forceLabel = true;
    display.zIndex = 2;
  }
  const selected = state.selection?.kind === 'node' && state.selection.key === node;
  if (selected || highlight?.centre === node) display.highlighted = true;
  return display;
}

/** Display data of an edge: arrow or curved arrow, relation label when emphasised, dimmed outside the highlight. */
export function reduceEdge(context: ReducerContext, edge: string, data: EdgeAttributes): EdgeDisplay {
  const { settings, state, visibility, highlight, styles } = context;
  const curvature = styles.edgeCurvature.get(edge);
  const display: EdgeDisplay = {
    size: styles.edgeSize.get(edge) ?? settings.minEdgeSize,
    color: data.coMention ? settings.coMentionEdgeColor : styles.vocabulary.relationColor(data.relation) ?? data.color ?? settings.edgeColor,
    type: curvature === undefined ? 'arrow' : 'curvedArrow',
    label: null,
    zIndex: 1,
  };
  if (curvature !== undefined) display.curvature = curvature;
  if (visibility.hiddenEdges.has(edge)) return { ...display, hidden: true };
  const emphasised = highlight?.edges.has(edge) || state.hoveredEdge === edge;
  if (emphasised) {
    return { ...display, color: settings.highlightEdgeColor, label: styles.vocabulary.relationName(data.relation, state.lang, data.label), forceLabel: true, zIndex: 2 };
  }
  if (highlight) return { ...display, color: settings.dimmedEdgeColor, zIndex: 0 };
  return display;
}
