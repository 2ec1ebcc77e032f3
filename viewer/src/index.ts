/** Page entry: fetches ./graph.json beside the page, sanitises it and mounts the viewer. */
import { init } from './main.js';
import { GraphFileError, sanitizeGraph } from './sanitize.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { KgGraph } from './types.js';
import './style.css';

async function fetchGraph(url: string): Promise<{ graph: KgGraph; warnings: string[]; error?: string }> {
  const emptyGraph = () => sanitizeGraph({ nodes: [], edges: [] }, DEFAULT_SETTINGS).graph;
  const empty = (error: string) => ({
    graph: emptyGraph(),
    warnings: [],
    error,
  });
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    return empty(`${url}: cannot be fetched (${(error as Error).message}) — serve this folder over HTTP (kg serve) or open a graph file.`);
  }
  if (!response.ok) return empty(`${url}: HTTP ${response.status} — run \`kg build\` to write graph.json beside this page, or open a graph file.`);
  try {
    const { graph, warnings } = sanitizeGraph(await response.json(), DEFAULT_SETTINGS, 'graph.json');
    return { graph, warnings };
  } catch (error) {
    const message = error instanceof GraphFileError ? error.message : `graph.json: not valid JSON (${(error as Error).message}) — rebuild it with \`kg build\`.`;
    return empty(`${message} Open a graph file instead.`);
  }
}

const root = document.getElementById('app');
if (root) {
  const { graph, warnings, error } = await fetchGraph(DEFAULT_SETTINGS.graphUrl);
  init(root, graph, { warnings, error });
}
