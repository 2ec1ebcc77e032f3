/** Graph stage: corpus → graphology knowledge graph (nodes = entities, edges = relations with evidence). */
export { buildGraph, resolveBuildOptions } from './build-graph.js';
export { compareStrings } from './compare.js';
export {
  DEFAULT_BUILD_OPTIONS,
  EDGE_SIZE,
  ENTITY_TYPE_COLORS,
  ENTITY_TYPE_LABELS,
  RELATION_COLORS,
  RELATION_LABELS,
  RELATION_LABELS_ZH,
  UNKNOWN_ENTITY_COLOR,
  UNKNOWN_RELATION_COLOR,
} from './defaults.js';
export { dedupeEvidence, edgeKey, mergeRelations, type MergedEdge } from './merge-relations.js';
export { isReservedKey, nodeKey, RESERVED_KEY_SUFFIX } from './node-key.js';
export type { BuildGraphOptions, EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes, TypeStyle } from './types.js';
