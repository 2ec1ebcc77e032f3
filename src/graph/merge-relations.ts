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
  const groups = new Map<string, { source: string; target: string; relation: RelationType; evidence: Evidence[] }>();
  for (const { source, target, relation, evidence } of relations) {
    const missing = [source, target].filter((id) => !entityIds.has(id));
    if (missing.length > 0) {
      for (const id of new Set(missing)) skipped.unknownEnds.set(id, (skipped.unknownEnds.get(id) ?? 0) + 1);
      continue;
    }
    if (source === target) {
      skipped.selfLoops += 1;
      continue;
    }
    // Group by the exact triple (JSON), not by the key string, which ids containing '->' could make ambiguous.
    const group = JSON.stringify([source, target, relation]);
    const entry = groups.get(group) ?? { source, target, relation, evidence: [] };
    entry.evidence.push(evidence);
    groups.set(group, entry);
  }

  const edges: MergedEdge[] = [];
  const usedKeys = new Set<string>();
  const ordered = [...groups.values()].sort(
    (a, b) => compareStrings(a.source, b.source) || compareStrings(a.target, b.target) || compareStrings(a.relation, b.relation),
  );
  for (const { source, target, relation, evidence } of ordered) {
    let key = edgeKey(source, target, relation);
    for (let n = 2; usedKeys.has(key); n += 1) key = `${edgeKey(source, target, relation)}#${n}`;
    usedKeys.add(key);
    const merged = dedupeEvidence(evidence);
    const weight = new Set(merged.map((e) => `${e.article}\u0000${e.sentence}`)).size;
    edges.push({ key, source, target, relation, evidence: merged, weight });
  }
  edges.sort((a, b) => compareStrings(a.key, b.key));
  return { edges, skipped };
}
