/** Baseline for the viewer benchmark: sigma with default settings rendering ./graph.json, nothing else. */
import Graph from 'graphology';
import Sigma from 'sigma';

const response = await fetch('./graph.json');
const graph = Graph.from(await response.json());
new Sigma(graph, document.getElementById('graph')!);
requestAnimationFrame(() => performance.mark('kg-viewer:first-render'));
