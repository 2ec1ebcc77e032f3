/** buildGraph: turns the extracted corpus into the knowledge graph (pure; no layout yet, x = y = 0). */
import { MultiDirectedGraph } from 'graphology';
import { InputError, OptionsError } from '../errors.js';
import type { Corpus, Entity } from '../types.js';
import { compareStrings, sortedUnique } from './compare.js';
import { DEFAULT_BUILD_OPTIONS } from './defaults.js';
import { computeMetrics } from './metrics.js';
import { mergeRelations, type SkippedRelations } from './merge-relations.js';
import { isReservedKey, nodeKey } from './node-key.js';
import { edgeSize, entityColor, entityTypeStyles, nodeSize, relationColor, relationLabel, relationTypeStyles } from './styles.js';
import type { BuildGraphOptions, EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from './types.js';

type ResolvedOptions = Required<Omit<BuildGraphOptions, 'onWarning'>> & Pick<BuildGraphOptions, 'onWarning'>;

/** Checks the options and fills in defaults; throws OptionsError naming the bad option. */
export function resolveBuildOptions(options: BuildGraphOptions = {}): ResolvedOptions {
  const resolved = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const positive = (name: keyof ResolvedOptions, value: unknown, allowZero = false) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
      throw new OptionsError(`graph options: ${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${String(value)} — fix the value passed to buildGraph`);
    }
  };
  if (typeof resolved.seed !== 'string' || resolved.seed === '') {
    throw new OptionsError(`graph options: seed must be a non-empty string, got ${JSON.stringify(resolved.seed)} — pass e.g. --seed kg`);
  }
  positive('minNodeSize', resolved.minNodeSize);
  positive('maxNodeSize', resolved.maxNodeSize);
  positive('coMentionWeight', resolved.coMentionWeight, true);
  positive('resolution', resolved.resolution);
  if (resolved.minNodeSize > resolved.maxNodeSize) {
    throw new OptionsError(`graph options: minNodeSize ${resolved.minNodeSize} exceeds maxNodeSize ${resolved.maxNodeSize} — swap them`);
  }
  if (resolved.onWarning !== undefined && typeof resolved.onWarning !== 'function') {
    throw new OptionsError('graph options: onWarning must be a function — pass (message) => …');
  }
  return resolved;
}

/** Sorts entities by id; throws InputError when two share an id (the resolve stage must merge them). */
function sortEntities(corpus: Corpus): Entity[] {
  if (!corpus || !Array.isArray(corpus.entities) || !Array.isArray(corpus.relations) || !Array.isArray(corpus.articles)) {
    throw new InputError('corpus: expected { articles, entities, relations } arrays — pass the output of the extraction stages');
  }
  const entities = [...corpus.entities].sort((a, b) => compareStrings(a.id, b.id));
  for (let i = 1; i < entities.length; i += 1) {
    if (entities[i].id === entities[i - 1].id) {
      throw new InputError(`corpus: entity id ${JSON.stringify(entities[i].id)} appears twice — merge duplicate entities before building the graph`);
    }
  }
  return entities;
}

/** One warning line per kind of skipped relation. */
function describeSkipped(skipped: SkippedRelations): string[] {
  const lines: string[] = [];
  if (skipped.selfLoops > 0) lines.push(`graph: skipped ${skipped.selfLoops} relation(s) from an entity to itself`);
  if (skipped.unknownEnds.size > 0) {
    const ids = [...skipped.unknownEnds.keys()].sort(compareStrings);
    const total = [...skipped.unknownEnds.values()].reduce((a, b) => a + b, 0);
    const shown = ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ');
    lines.push(`graph: skipped ${total} relation(s) whose ends are not entities (${shown}${ids.length > 5 ? ', …' : ''})`);
  }
  return lines;
}

/** Builds the knowledge graph of a corpus: nodes sorted by id, edges sorted by key, metrics and colours set. */
export function buildGraph(corpus: Corpus, options: BuildGraphOptions = {}): KnowledgeGraph {
  // 1. Options and input; entity ids a JavaScript object reserves (__proto__…) become safe node keys.
  const settings = resolveBuildOptions(options);
  const sorted = sortEntities(corpus);
  const anyReserved = sorted.some((entity) => isReservedKey(entity.id));
  const entities = anyReserved ? sorted.map((entity) => ({ ...entity, id: nodeKey(entity.id) })) : sorted;
  const ids = entities.map((entity) => entity.id);
  // Relations are copied only in the rare corpus that has such an entity (a big corpus has hundreds of thousands).
  const relations = anyReserved ? corpus.relations.map((r) => ({ ...r, source: nodeKey(r.source), target: nodeKey(r.target) })) : corpus.relations;

  // 2. Edges: merge relations, dropping self-loops and unknown ends.
  const { edges, skipped } = mergeRelations(relations, new Set(ids));
  for (const line of describeSkipped(skipped)) settings.onWarning?.(line);

  // 3. Metrics on the merged edges.
  const metrics = computeMetrics(ids, edges, settings);
  const importances = [...metrics.values()].map((m) => m.importance);
  // A loop, not Math.min(...values): spreading 10⁵+ arguments overflows the stack.
  const lowest = importances.reduce((a, b) => Math.min(a, b), Infinity);
  const highest = importances.reduce((a, b) => Math.max(a, b), -Infinity);

  // 4. The graph: attributes first, then nodes and edges in sorted order.
  const attributes: GraphAttributes = {
    articles: [...corpus.articles].sort((a, b) => compareStrings(a.id, b.id)),
    entityTypes: entityTypeStyles(),
    relationTypes: relationTypeStyles(),
  };
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes(attributes);
  for (const entity of entities) {
    const { importance, community, degree } = metrics.get(entity.id)!;
    graph.addNode(entity.id, {
      label: entity.name || entity.id,
      labelEn: entity.nameEn ?? '',
      entityType: entity.type,
      aliases: sortedUnique(entity.aliases ?? [entity.name]),
      mentions: entity.mentions ?? 0,
      articles: sortedUnique(entity.articles ?? []),
      community,
      importance,
      degree,
      x: 0,
      y: 0,
      size: nodeSize(importance, lowest, highest, settings.minNodeSize, settings.maxNodeSize),
      color: entityColor(entity.type),
    });
  }
  for (const edge of edges) {
    const coMention = edge.relation === 'CO_MENTIONED';
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      relation: edge.relation,
      label: relationLabel(edge.relation),
      weight: edge.weight,
      evidence: edge.evidence,
      coMention,
      size: edgeSize(edge.weight, coMention),
      color: relationColor(edge.relation),
    });
  }
  return graph;
}
