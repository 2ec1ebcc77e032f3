/**
 * Labels that do not overlap. Sigma's label passes are collected, then drawn once the frame is done:
 * node labels first (the highlighted node always, then the biggest nodes), then relation labels, each
 * skipped when it would cover a label already drawn.
 */
import type { Attributes } from 'graphology-types';
import type { EdgeLabelDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type NodeCall = Parameters<NodeLabelDrawingFunction>;
interface EdgeCall {
  context: CanvasRenderingContext2D;
  box: Box;
  draw(): void;
}

const MARGIN = 2;

const overlaps = (boxes: Box[], box: Box) =>
  boxes.some((other) => box.x1 < other.x2 && box.x2 > other.x1 && box.y1 < other.y2 && box.y2 > other.y1);

/** The canvases of one sigma instance share a container: labels on both must avoid each other. */
const frameOf = (context: CanvasRenderingContext2D) => context.canvas.parentElement ?? context.canvas;

function drawNodeLabels(calls: NodeCall[], boxes: Box[]): void {
  const rank = (data: NodeCall[1]) => (data.highlighted ? 2 : data.forceLabel ? 1 : 0);
  calls.sort(([, a], [, b]) => rank(b) - rank(a) || b.size - a.size);
  for (const [context, data, settings] of calls) {
    const size = settings.labelSize;
    const label = data.label ?? '';
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(label).width;
    const x = data.x + data.size + 3;
    const box = { x1: x - MARGIN, y1: data.y - size / 2 - MARGIN, x2: x + width + MARGIN, y2: data.y + size / 2 + MARGIN };
    if (!data.highlighted && overlaps(boxes, box)) continue;
    boxes.push(box);
    // A white halo keeps the text readable over edges.
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    context.strokeText(label, x, data.y + size / 3);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(label, x, data.y + size / 3);
  }
}

/** Collects node and edge labels during sigma's render; `flush` draws them (call it on afterRender). */
export function createLabelDrawer(): {
  drawNodeLabel: NodeLabelDrawingFunction;
  wrapEdgeLabel(draw: EdgeLabelDrawingFunction, curvatureAttribute?: string): EdgeLabelDrawingFunction;
  flush(): void;
} {
  let nodeCalls: NodeCall[] = [];
  let edgeCalls: EdgeCall[] = [];
  return {
    drawNodeLabel: (context, data, settings) => {
      if (data.label) nodeCalls.push([context, data, settings]);
    },
    wrapEdgeLabel: (draw, curvatureAttribute) => (context, edgeData, sourceData, targetData, settings) => {
      if (!edgeData.label) return;
      // Box around the label's centre (the middle of the curve), widened to hold the rotated text.
      context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
      const width = context.measureText(edgeData.label).width;
      const height = settings.edgeLabelSize;
      const dx = targetData.x - sourceData.x, dy = targetData.y - sourceData.y;
      const curvature = curvatureAttribute ? Number((edgeData as Attributes)[curvatureAttribute]) || 0 : 0;
      const cx = (sourceData.x + targetData.x) / 2 + (dy * curvature) / 2;
      const cy = (sourceData.y + targetData.y) / 2 - (dx * curvature) / 2;
      const angle = Math.atan2(dy, dx);
      const halfWidth = (Math.abs(Math.cos(angle)) * width + Math.abs(Math.sin(angle)) * height) / 2;
      const halfHeight = (Math.abs(Math.sin(angle)) * width + Math.abs(Math.cos(angle)) * height) / 2;
      edgeCalls.push({
        context,
        box: { x1: cx - halfWidth, y1: cy - halfHeight, x2: cx + halfWidth, y2: cy + halfHeight },
        draw: () => draw(context, edgeData, sourceData, targetData, settings),
      });
    },
    flush() {
      const frames = new Map<Element, { nodes: NodeCall[]; edges: EdgeCall[] }>();
      const frame = (context: CanvasRenderingContext2D) => {
        const key = frameOf(context);
        let entry = frames.get(key);
        if (!entry) frames.set(key, (entry = { nodes: [], edges: [] }));
        return entry;
      };
      for (const call of nodeCalls) frame(call[0]).nodes.push(call);
      for (const call of edgeCalls) frame(call.context).edges.push(call);
      nodeCalls = [];
      edgeCalls = [];
      for (const { nodes, edges } of frames.values()) {
        const boxes: Box[] = [];
        drawNodeLabels(nodes, boxes);
        for (const edge of edges) {
          if (overlaps(boxes, edge.box)) continue;
          boxes.push(edge.box);
          edge.draw();
        }
      }
    },
  };
}
