/** Pure scoring for named-entity recognition: BIO tags → spans, exact-span matching, precision/recall/F1. */
import type { EntityType } from '../src/types.js';

/** The three coarse classes of MSRA-style NER data. */
export const NER_CLASSES = ['ORG', 'PER', 'LOC'] as const;
export type NerClass = (typeof NER_CLASSES)[number];

/** Which coarse class each of our entity types counts as; types not listed are not scored. */
export const NER_CLASS_OF: Partial<Record<EntityType, NerClass>> = {
  Company: 'ORG',
  ResearchInstitute: 'ORG',
  GovernmentBody: 'ORG',
  Organization: 'ORG',
  Person: 'PER',
  Region: 'LOC',
  DevelopmentZone: 'LOC',
};

/** A labelled span of one sentence: characters [start, end). */
export interface Span {
  type: string;
  start: number;
  end: number;
}

/** Counts and scores of one class (or of all, micro-averaged). */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Spans of a BIO tag sequence; an I- tag without a matching B- opens a span (the usual conlleval reading). */
export function bioToSpans(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  const close = (at: number) => {
    if (open) spans.push({ ...open, end: at });
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const [prefix, type] = tag.includes('-') ? [tag.slice(0, tag.indexOf('-')), tag.slice(tag.indexOf('-') + 1)] : [tag, ''];
    if (prefix === 'B' || (prefix === 'I' && open?.type !== type)) {
      close(i);
      open = { type, start: i, end: i + 1 };
    } else if (prefix !== 'I') {
      close(i);
    }
  });
  close(tags.length);
  return spans;
}

/** Spans of predicted mentions mapped to coarse classes; unscored types are dropped, duplicates merged. */
export function mentionsToSpans(mentions: ReadonlyArray<{ type: string; start: number; end: number }>): Span[] {
  const seen = new Set<string>();
  const spans: Span[] = [];
  for (const m of mentions) {
    const type = NER_CLASS_OF[m.type as EntityType];
    const key = `${type}:${m.start}:${m.end}`;
    if (!type || seen.has(key)) continue;
    seen.add(key);
    spans.push({ type, start: m.start, end: m.end });
  }
  return spans;
}

/** Precision, recall and F1 from counts (0 when undefined). */
export function scoreOf(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Exact-span scores per class and micro-averaged over `classes`: a prediction counts only with the same start, end and class. */
export function scoreSpans(gold: Span[][], predicted: Span[][], classes: readonly string[] = NER_CLASSES): Record<string, Score> {
  if (gold.length !== predicted.length) throw new Error(`scoreSpans: ${gold.length} gold sentences but ${predicted.length} predicted`);
  const counts = new Map(classes.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((goldSpans, i) => {
    const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(goldSpans.map(key));
    const predKeys = new Set(predicted[i].map(key));
    for (const s of predKeys) {
      const c = counts.get(s.slice(0, s.indexOf(':')));
      if (c && goldKeys.has(s)) c.tp++;
      else if (c) c.fp++;
    }
    for (const s of goldKeys) {
      const c = counts.get(s.slice(0, s.indexOf(':')));
      if (c && !predKeys.has(s)) c.fn++;
    }
  });
  const result: Record<string, Score> = {};
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const [c, { tp, fp, fn }] of counts) {
    result[c] = scoreOf(tp, fp, fn);
    total.tp += tp;
    total.fp += fp;
    total.fn += fn;
  }
  result.micro = scoreOf(total.tp, total.fp, total.fn);
  return result;
}
