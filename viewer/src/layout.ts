/** Layout controls: ForceAtlas2 in a web worker, noverlap, and back to the precomputed positions (positions only). */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { KgGraph } from './types.js';

/** Controls the layout of one graph. */
export interface LayoutController {
  isRunning(): boolean;
  startForceAtlas2(): void;
  stopForceAtlas2(): void;
  /** Removes overlaps; `sizeOf` gives each node's radius in graph units. */
  removeOverlaps(sizeOf: (node: string) => number, iterations: number, margin: number): void;
  restoreOriginal(): void;
  kill(): void;
}

/** Keeps the loaded x/y so the precomputed layout can come back. */
export function createLayoutController(graph: KgGraph): LayoutController {
  const original = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, a) => original.set(node, { x: a.x, y: a.y }));
  let supervisor: FA2LayoutSupervisor | null = null;

  const stop = () => supervisor?.stop();
  return {
    isRunning: () => supervisor?.isRunning() ?? false,
    startForceAtlas2() {
      if (!supervisor) {
        const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 500 };
        supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: 'weight' });
      }
      supervisor.start();
    },
    stopForceAtlas2: stop,
    removeOverlaps(sizeOf, iterations, margin) {
      stop();
      noverlap.assign(graph, {
        maxIterations: iterations,
        inputReducer: (node, a) => ({ x: a.x as number, y: a.y as number, size: sizeOf(node) }),
        settings: { margin, ratio: 1, expansion: 1.1 },
      });
    },
    restoreOriginal() {
      stop();
      graph.updateEachNodeAttributes((node, a) => ({ ...a, ...original.get(node) }), { attributes: ['x', 'y'] });
    },
    kill() {
      supervisor?.kill();
      supervisor = null;
    },
  };
}
