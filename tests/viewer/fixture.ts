/** Loads the hand-made viewer fixture through the viewer's own sanitiser. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sanitizeGraph } from '../../viewer/src/sanitize.js';
import { DEFAULT_SETTINGS } from '../../viewer/src/settings.js';
import type { KgGraph } from '../../viewer/src/types.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/viewer/', import.meta.url));
export const HOSTILE_LABEL = '<img src=x onerror=alert(1)>';

/** The parsed JSON of small-graph.json. */
export function fixtureJson(): { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[]; attributes: Record<string, unknown> } {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}small-graph.json`, 'utf8'));
}

/** small-graph.json as the viewer's graph. */
export function fixtureGraph(): KgGraph {
  return sanitizeGraph(fixtureJson(), DEFAULT_SETTINGS).graph;
}
