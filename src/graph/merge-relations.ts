/** Groups relations into graph edges: one per (source, target, relation), with all their evidence. */
import type { Evidence, Relation, RelationType } from '../types.js';
import { compareStrings } from './compare.js';

/** One future edge of the graph. */
export interface MergedEdge {
  key: string;
  source: string;
  target: string;
  relation: RelationType;
  /** Deduplicated by (article, sentence, trigger), sorted. */
  evidence: Evidence[];
  /** Distinct (article, sentence) pairs among the evidence. */
  weight: number;
}

/** What mergeRelations dropped, for warnings. */
export interface SkippedRelations {
  selfLoops: number;
  /** Relations with an end that is not an entity, keyed by that missing id. */
  unknownEnds: Map<string, number>;
}

/** Deterministic edge key; graph stages and the viewer rely on this shape. */
export function edgeKey(source: string, target: string, relation: string): string {
  return `${source}->${target}:${relation}`;
}

/** Evidence order: article, sentence, trigger, then spans so that ties are stable too. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    compareStrings(a.article, b.article) ||
    a.sentence - b.sentence ||
    compareStrings(a.trigger, b.trigger) ||
    a.sourceSpan[0] - b.sourceSpan[0] ||
    a.targetSpan[0] - b.targetSpan[0] ||
    a.triggerSpan[0] - b.triggerSpan[0]
  );
}

/** Sorts evidence and keeps the first of each (article, sentence, trigger). */
export function dedupeEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const kept: Evidence[] = [];
  for (const item of [...evidence].sort(compareEvidence)) {
    const id = `${item.article}\u0000${item.sentence}\u0000${item.trigger}`;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push(item);
  }
  return kept;
}

/** Merges relations into edges sorted by key; skips self-loops and relations whose ends are not in `entityIds`. */
export function mergeRelations(
  relations: readonly Relation[],
  entityIds: ReadonlySet<string>,
): { edges: MergedEdge[]; skipped: SkippedRelations } {
  const skipped: SkippedRelations = { selfLoops: 0, unknownEnds: new Map() };
  // Grouped by the exact triple, by source then target (ids whose hashes are already known: no key string to
  // build), then among the few relations of that pair; not by the edge key, which ids containing '->' could make
  // ambiguous.
  type Group = { source: string; target: string; relation: RelationType; evidence: Evidence[] };
  const groups: Group[] = [];
  const bySource = new Map<string, Map<string, Group[]>>();
  for (const { source, target, relation, evidence } of relations) {
    if (!entityIds.has(source) || !entityIds.has(target)) {
      for (const id of new Set([source, target])) if (!entityIds.has(id)) skipped.unknownEnds.set(id, (skipped.unknownEnds.get(id) ?? 0) + 1);
      continue;
    }
    if (source === target) {
      skipped.selfLoops += 1;
      continue;
    }
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    let pair = byTarget.get(target);
    if (!pair) byTarget.set(target, (pair = []));
    let group = pair.find((g) => g.relation === relation);
    if (!group) {
      pair.push((group = { source, target, relation, evidence: [] }));
      groups.push(group);
    }
    group.evidence.push(evidence);
  }

  // Keys: a triple whose key another triple already has gets `#2`, `#3`… in (source, target, relation) order; the
  // ordering pass is only needed when keys collide.
  const keys = groups.map((g) => edgeKey(g.source, g.target, g.relation));
  if (new Set(keys).size < keys.length) {
    const order = groups.map((_, i) => i).sort((a, b) => compareTriples(groups[a], groups[b]));
    const usedKeys = new Set<string>();
    for (const i of order) {
      let key = keys[i];
      for (let n = 2; usedKeys.has(key); n += 1) key = `${keys[i]}#${n}`;
      usedKeys.add(key);
      keys[i] = key;
    }
  }
  const edges: MergedEdge[] = groups.map(({ source, target, relation, evidence }, i) => {
    // Most edges of a big corpus have one sentence: nothing to sort or merge.
    if (evidence.length === 1) return { key: keys[i], source, target, relation, evidence, weight: 1 };
    const merged = dedupeEvidence(evidence);
    const weight = new Set(merged.map((e) => `${e.article}\u0000${e.sentence}`)).size;
    return { key: keys[i], source, target, relation, evidence: merged, weight };
  });
  return { edges: sortByKey(edges), skipped };
}

const byKey = (a: MergedEdge, b: MergedEdge) => compareStrings(a.key, b.key);

/**
 * Edges in key order. A key is `source->…`: keys of different sources compare as the sources do, unless a source is
 * a prefix of the next one followed by a character up to '-' (then one sort of all keys). So the sources are sorted,
 * and the few edges of each source among themselves: far fewer comparisons of long keys than one sort of them all.
 */
function sortByKey(edges: MergedEdge[]): MergedEdge[] {
  const bySource = new Map<string, MergedEdge[]>();
  for (const edge of edges) {
    const list = bySource.get(edge.source);
    if (list) list.push(edge);
    else bySource.set(edge.source, [edge]);
  }
  const sources = [...bySource.keys()].sort(compareStrings);
  for (let i = 1; i < sources.length; i++) {
    const [previous, next] = [sources[i - 1], sources[i]];
    if (next.startsWith(previous) && next.charCodeAt(previous.length) <= KEY_ARROW_CODE) return edges.sort(byKey);
  }
  const sorted: MergedEdge[] = [];
  for (const source of sources) {
    const list = bySource.get(source)!;
    if (list.length > 1) list.sort(byKey);
    for (const edge of list) sorted.push(edge);
  }
  return sorted;
}

/** The first character after the source in an edge key ('-' of '->'). */
const KEY_ARROW_CODE = 0x2d;

function compareTriples(a: { source: string; target: string; relation: string }, b: { source: string; target: string; relation: string }): number {
  return compareStrings(a.source, b.source) || compareStrings(a.target, b.target) || compareStrings(a.relation, b.relation);
}
