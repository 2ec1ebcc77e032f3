import { describe, expect, it } from 'vitest';
import { bioToSpans, mentionsToSpans, scoreOf, scoreSpans } from '../../scripts/ner-score.js';

describe('bioToSpans', () => {
  it.each([
    [['O', 'B-LOC', 'I-LOC', 'O'], [{ type: 'LOC', start: 1, end: 3 }]],
    [['B-PER', 'B-PER', 'I-PER'], [{ type: 'PER', start: 0, end: 1 }, { type: 'PER', start: 1, end: 3 }]],
    [['B-ORG', 'I-ORG', 'I-ORG'], [{ type: 'ORG', start: 0, end: 3 }]],
    [['O', 'I-LOC', 'I-LOC'], [{ type: 'LOC', start: 1, end: 3 }]],
    [['B-ORG', 'I-LOC', 'O'], [{ type: 'ORG', start: 0, end: 1 }, { type: 'LOC', start: 1, end: 2 }]],
    [['O', 'O'], []],
  ])('%j', (tags, spans) => {
    expect(bioToSpans(tags)).toEqual(spans);
  });
});

describe('mentionsToSpans', () => {
  it('maps our types to ORG/PER/LOC, drops the others and duplicates', () => {
    const spans = mentionsToSpans([
      { type: 'Company', start: 0, end: 4 },
      { type: 'ResearchInstitute', start: 5, end: 9 },
      { type: 'Person', start: 10, end: 12 },
      { type: 'DevelopmentZone', start: 13, end: 16 },
      { type: 'Product', start: 17, end: 19 },
      { type: 'Region', start: 20, end: 22 },
      { type: 'Region', start: 20, end: 22 },
    ]);
    expect(spans.map((s) => s.type)).toEqual(['ORG', 'ORG', 'PER', 'LOC', 'LOC']);
  });
});

describe('scoreSpans', () => {
  it('counts exact matches of span and class only', () => {
    const gold = [[{ type: 'LOC', start: 0, end: 2 }, { type: 'PER', start: 3, end: 6 }], [{ type: 'ORG', start: 0, end: 4 }]];
    const predicted = [
      [{ type: 'LOC', start: 0, end: 2 }, { type: 'PER', start: 3, end: 5 }],
      [{ type: 'LOC', start: 0, end: 4 }],
    ];
    const s = scoreSpans(gold, predicted);
    expect(s.LOC).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(s.PER).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(s.ORG).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0 });
    expect(s.micro).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(s.micro.f1).toBeCloseTo(1 / 3);
  });

  it('refuses sentence lists of different lengths', () => {
    expect(() => scoreSpans([[]], [])).toThrow(/1 gold sentences but 0 predicted/);
  });
});

describe('scoreOf', () => {
  it.each([
    [3, 1, 2, 0.75, 0.6, 2 / 3],
    [0, 0, 0, 0, 0, 0],
  ])('tp %i fp %i fn %i', (tp, fp, fn, p, r, f) => {
    const s = scoreOf(tp, fp, fn);
    expect(s.precision).toBeCloseTo(p);
    expect(s.recall).toBeCloseTo(r);
    expect(s.f1).toBeCloseTo(f);
  });
});
