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
  const { text } = evidence;
  const marks: (MarkKind | null)[] = new Array<MarkKind | null>(text.length).fill(null);
  const spans: [MarkKind, [number, number]][] = [
    ['trigger', evidence.triggerSpan],
    ['target', evidence.targetSpan],
    ['source', evidence.sourceSpan],
  ];
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
