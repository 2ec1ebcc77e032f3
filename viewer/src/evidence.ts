/** Splits an evidence sentence into plain and marked pieces (source entity, target entity, trigger). */
import type { EvidenceInfo } from './types.js';

/** What a piece of the sentence is. */
export type MarkKind = 'source' | 'target' | 'trigger';

/** One piece of a sentence, marked or not. */
export interface SentencePiece {
  text: string;
  mark: MarkKind | null;
}

/** Pieces of `evidence.text`; when spans overlap, the source wins over the target, the target over the trigger. */
export function segmentEvidence(evidence: Pick<EvidenceInfo, 'text' | 'sourceSpan' | 'targetSpan' | 'triggerSpan'>): SentencePiece[] {
  return segmentSpans(evidence.text, [
    ['trigger', evidence.triggerSpan],
    ['target', evidence.targetSpan],
    ['source', evidence.sourceSpan],
  ]);
}

/** Pieces of `text` with any number of marked spans; where spans overlap, the later one wins. */
export function segmentSpans(text: string, spans: ReadonlyArray<readonly [MarkKind, readonly [number, number]]>): SentencePiece[] {
  const marks: (MarkKind | null)[] = new Array<MarkKind | null>(text.length).fill(null);
  for (const [kind, [start, end]] of spans) {
    if (start < 0 || end <= start || end > text.length) continue;
    for (let i = start; i < end; i++) marks[i] = kind;
  }
  const pieces: SentencePiece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      pieces.push({ text: text.slice(start, i), mark: marks[start] ?? null });
      start = i;
    }
  }
  return pieces;
}

/**
 * One sentence that states several relations of the same kind (集聚了飞腾、麒麟、曙光 → three MEMBER_OF): every
 * source, target and trigger of them marked, so the sentence is shown once.
 */
export function segmentSharedEvidence(evidence: ReadonlyArray<Pick<EvidenceInfo, 'text' | 'sourceSpan' | 'targetSpan' | 'triggerSpan'>>): SentencePiece[] {
  if (evidence.length === 0) return [];
  const spans: Array<readonly [MarkKind, readonly [number, number]]> = [];
  for (const kind of ['trigger', 'target', 'source'] as const) {
    for (const e of evidence) spans.push([kind, kind === 'trigger' ? e.triggerSpan : kind === 'target' ? e.targetSpan : e.sourceSpan]);
  }
  return segmentSpans(evidence[0]!.text, spans);
}
