import { describe, expect, it } from 'vitest';
import { segmentEvidence, segmentSharedEvidence, type SentencePiece } from '../../viewer/src/evidence.js';

const text = '“信创谷”以高新区为核心，集聚了飞腾、麒麟。';
const pieces = (source: [number, number], target: [number, number], trigger: [number, number]) =>
  segmentEvidence({ text, sourceSpan: source, targetSpan: target, triggerSpan: trigger });
const marked = (list: SentencePiece[]) => list.filter((piece) => piece.mark).map((piece) => `${piece.mark}:${piece.text}`);

describe('segmentEvidence', () => {
  it('marks source, target and trigger and keeps the whole sentence', () => {
    const list = pieces([16, 18], [1, 4], [13, 15]);
    expect(list.map((piece) => piece.text).join('')).toBe(text);
    expect(marked(list)).toEqual(['target:信创谷', 'trigger:集聚', 'source:飞腾']);
  });

  it.each([
    ['absent spans', [-1, -1], [-1, -1], [-1, -1], []],
    ['out of range', [0, 999], [5, 3], [-1, -1], []],
    ['trigger inside the source', [0, 5], [-1, -1], [1, 3], ['source:“信创谷”']],
    ['overlapping entities', [1, 4], [3, 8], [-1, -1], ['source:信创谷', 'target:”以高新']],
  ])('%s', (_name, source, target, trigger, expected) => {
    const list = pieces(source as [number, number], target as [number, number], trigger as [number, number]);
    expect(list.map((piece) => piece.text).join('')).toBe(text);
    expect(marked(list)).toEqual(expected);
  });

  it('handles an empty sentence', () => {
    expect(segmentEvidence({ text: '', sourceSpan: [-1, -1], targetSpan: [-1, -1], triggerSpan: [-1, -1] })).toEqual([]);
  });
});

describe('segmentSharedEvidence', () => {
  it('marks every member of a list and the shared entity once, in one sentence', () => {
    const text = '信创谷集聚了飞腾、麒麟等企业。';
    const member = (start: number, end: number) => ({ text, sourceSpan: [start, end] as [number, number], targetSpan: [0, 3] as [number, number], triggerSpan: [3, 5] as [number, number] });
    const pieces = segmentSharedEvidence([member(6, 8), member(9, 11)]);
    expect(pieces.filter((p) => p.mark !== null).map((p) => [p.text, p.mark])).toEqual([
      ['信创谷', 'target'],
      ['集聚', 'trigger'],
      ['飞腾', 'source'],
      ['麒麟', 'source'],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('gives nothing for no evidence', () => {
    expect(segmentSharedEvidence([])).toEqual([]);
  });
});
