/** Node labels that do not overlap: sigma's label pass is collected, then drawn biggest node first, skipping labels that would cover one already drawn (forced labels always show). */
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type LabelCall = Parameters<NodeLabelDrawingFunction>;

const MARGIN = 2;

const overlaps = (boxes: Box[], box: Box) =>
  boxes.some((other) => box.x1 < other.x2 && box.x2 > other.x1 && box.y1 < other.y2 && box.y2 > other.y1);

function draw(calls: LabelCall[]): void {
  const boxes: Box[] = [];
  calls.sort(([, a], [, b]) => Number(Boolean(b.forceLabel)) - Number(Boolean(a.forceLabel)) || b.size - a.size);
  for (const [context, data, settings] of calls) {
    const size = settings.labelSize;
    const label = data.label ?? '';
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(label).width;
    const x = data.x + data.size + 3;
    const box = { x1: x - MARGIN, y1: data.y - size / 2 - MARGIN, x2: x + width + MARGIN, y2: data.y + size / 2 + MARGIN };
    if (!data.forceLabel && overlaps(boxes, box)) continue;
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

/** A collecting drawLabel for sigma, and `flush` to call once sigma's frame is done (afterRender). */
export function createLabelDrawer(): { drawLabel: NodeLabelDrawingFunction; flush(): void } {
  let pending: LabelCall[] = [];
  return {
    drawLabel: (context, data, settings) => {
      if (data.label) pending.push([context, data, settings]);
    },
    flush() {
      const byCanvas = new Map<CanvasRenderingContext2D, LabelCall[]>();
      for (const call of pending) {
        const calls = byCanvas.get(call[0]);
        if (calls) calls.push(call);
        else byCanvas.set(call[0], [call]);
      }
      pending = [];
      for (const calls of byCanvas.values()) draw(calls);
    },
  };
}
