/** Creates the sigma renderer: arrow and curved-arrow edge programs, CJK labels without overlaps, reducers. */
import { createDrawCurvedEdgeLabel, createEdgeCurveProgram, DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, drawStraightEdgeLabel, EdgeArrowProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { createLabelDrawer } from './labels.js';
import { movementSettings, type ViewerSettings } from './settings.js';
import type { EdgeAttributes, KgGraph, NodeAttributes } from './types.js';

/** The viewer's sigma instance. */
export type KgSigma = Sigma;

/** Reducers supplied by the caller (they read the current view state). */
export interface Reducers {
  node(node: string, data: NodeAttributes): Partial<NodeDisplayData>;
  edge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData>;
}

/** Mounts sigma in `container`; `flushLabels` also serves the PNG export's temporary renderer. */
export function createRenderer(graph: KgGraph, container: HTMLElement, settings: ViewerSettings, reducers: Reducers): { renderer: KgSigma; flushLabels(): void } {
  const labels = createLabelDrawer();
  // EdgeCurvedArrowProgram's options, its label drawn through the collision-aware drawer.
  const curveOptions = { ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS, arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS };
  const EdgeCurvedArrowProgram = createEdgeCurveProgram({
    ...curveOptions,
    drawLabel: labels.wrapEdgeLabel(createDrawCurvedEdgeLabel(curveOptions), curveOptions.curvatureAttribute),
  });
  const renderer: KgSigma = new Sigma(graph, container, {
    defaultDrawNodeLabel: labels.drawNodeLabel,
    defaultDrawEdgeLabel: labels.wrapEdgeLabel(drawStraightEdgeLabel),
    nodeReducer: (node, data) => reducers.node(node, data as NodeAttributes),
    edgeReducer: (edge, data) => reducers.edge(edge, data as EdgeAttributes),
    edgeProgramClasses: { arrow: EdgeArrowProgram, curvedArrow: EdgeCurvedArrowProgram },
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: settings.labelFont,
    labelSize: settings.labelSize,
    labelWeight: '500',
    labelColor: { color: settings.labelColor },
    labelDensity: settings.labelDensity,
    labelGridCellSize: settings.labelGridCellSize,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
    edgeLabelFont: settings.labelFont,
    edgeLabelSize: settings.edgeLabelSize,
    edgeLabelColor: { color: '#57606a' },
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    ...movementSettings(graph.size, settings),
  });
  // The constructor rendered once already.
  labels.flush();
  renderer.on('afterRender', labels.flush);
  return { renderer, flushLabels: labels.flush };
}

/** Centres the camera on `node`, zoomed so that its neighbours over `visibleEdge` edges fit. */
export function moveCameraTo(renderer: KgSigma, node: string, visibleEdge: (edge: string) => boolean, settings: ViewerSettings): void {
  const graph = renderer.getGraph();
  const data = renderer.getNodeDisplayData(node);
  if (!data) return;
  let reach = 0;
  graph.forEachEdge(node, (edge, _, source, target) => {
    const other = visibleEdge(edge) ? renderer.getNodeDisplayData(source === node ? target : source) : undefined;
    if (other) reach = Math.max(reach, Math.abs(other.x - data.x), Math.abs(other.y - data.y));
  });
  const ratio = Math.min(2, Math.max(settings.focusCameraRatio * 0.3, reach * 2.6 || settings.focusCameraRatio));
  renderer.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: settings.cameraDuration });
}
