import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPE_COLORS,
  ENTITY_TYPE_LABELS,
  RELATION_COLORS,
  RELATION_LABELS,
  RELATION_LABELS_ZH,
} from '../../src/graph/index.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/types.js';
import { closestPair, toLab, VISIONS } from './color-vision.js';

const HEX = /^#[0-9a-f]{6}$/;
const { CO_MENTIONED, ...TYPED_RELATION_COLORS } = RELATION_COLORS;

describe('entity type palette', () => {
  it('has one lower-case #rrggbb colour per entity type, all different', () => {
    expect(Object.keys(ENTITY_TYPE_COLORS).sort()).toEqual([...ENTITY_TYPES].sort());
    for (const color of Object.values(ENTITY_TYPE_COLORS)) expect(color).toMatch(HEX);
    expect(new Set(Object.values(ENTITY_TYPE_COLORS)).size).toBe(ENTITY_TYPES.length);
  });

  it.each(Object.keys(VISIONS))('keeps every pair of types apart (ΔE*ab ≥ 13) with %s vision', (vision) => {
    const { delta, pair } = closestPair(ENTITY_TYPE_COLORS, VISIONS[vision]);
    expect(delta, `closest pair ${pair}`).toBeGreaterThanOrEqual(13);
  });

  it('names every type in English and Chinese', () => {
    for (const type of ENTITY_TYPES) {
      expect(ENTITY_TYPE_LABELS[type].label).toMatch(/^[a-z ]+$/);
      expect(ENTITY_TYPE_LABELS[type].labelZh).toMatch(/^\p{Script=Han}+$/u);
    }
  });
});

describe('relation palette', () => {
  it('has one #rrggbb colour and an English and Chinese label per relation', () => {
    expect(Object.keys(RELATION_COLORS).sort()).toEqual([...RELATION_TYPES].sort());
    for (const relation of RELATION_TYPES) {
      expect(RELATION_COLORS[relation]).toMatch(HEX);
      expect(RELATION_LABELS[relation]).toMatch(/^[a-z -]+$/);
      expect(RELATION_LABELS_ZH[relation]).toMatch(/^\p{Script=Han}+$/u);
    }
  });

  it.each([
    ['MEMBER_OF', 'member of'],
    ['LOCATED_IN', 'located in'],
    ['COOPERATES_WITH', 'cooperates with'],
    ['CO_MENTIONED', 'co-mentioned with'],
  ] as const)('labels %s as "%s"', (relation, label) => {
    expect(RELATION_LABELS[relation]).toBe(label);
  });

  it('keeps typed relations apart in normal vision (ΔE*ab ≥ 13)', () => {
    const { delta, pair } = closestPair(TYPED_RELATION_COLORS, VISIONS.normal);
    expect(delta, `closest pair ${pair}`).toBeGreaterThanOrEqual(13);
  });

  it('draws CO_MENTIONED in a light grey, lighter than every typed relation', () => {
    const [lightness, a, b] = toLab(CO_MENTIONED);
    expect(Math.hypot(a, b)).toBeLessThan(3);
    for (const color of Object.values(TYPED_RELATION_COLORS)) expect(lightness).toBeGreaterThan(toLab(color)[0]);
  });
});
