/** A read-only handle on the canvas for the end-to-end tests and the benchmark (`document.getElementById('app').kgViewer`). */
import type { KgSigma } from './renderer.js';
import type { ViewState } from './types.js';

/** What can be read of the drawing. */
export interface ViewerInspection {
  nodeDisplay(key: string): { label: string | null; hidden: boolean; color: string; highlighted: boolean; x: number; y: number } | null;
  edgeDisplay(key: string): { label: string | null; hidden: boolean; color: string } | null;
  camera(): { x: number; y: number; ratio: number; angle: number };
  hovered(): { node: string | null; edge: string | null };
}

/** Attaches the handle to `root`; returns the function that removes it. */
export function attachInspection(root: HTMLElement, renderer: () => KgSigma, state: () => ViewState): () => void {
  const inspection: ViewerInspection = {
    nodeDisplay: (key) => {
      const sigma = renderer();
      const graph = sigma.getGraph();
      const data = graph.hasNode(key) ? sigma.getNodeDisplayData(key) : undefined;
      if (!data) return null;
      // Display data is normalised lazily; the graph position through the current frame is always right.
      const { x: graphX, y: graphY } = graph.getNodeAttributes(key) as { x: number; y: number };
      const { x, y } = sigma.graphToViewport({ x: graphX, y: graphY });
      return { label: data.label, hidden: data.hidden, color: data.color, highlighted: data.highlighted, x, y };
    },
    edgeDisplay: (key) => {
      const sigma = renderer();
      const data = sigma.getGraph().hasEdge(key) ? sigma.getEdgeDisplayData(key) : undefined;
      return data ? { label: data.label, hidden: data.hidden, color: data.color } : null;
    },
    camera: () => renderer().getCamera().getState(),
    hovered: () => ({ node: state().hoveredNode, edge: state().hoveredEdge }),
  };
  Object.defineProperty(root, 'kgViewer', { value: inspection, configurable: true });
  return () => {
    Reflect.deleteProperty(root, 'kgViewer');
  };
}
