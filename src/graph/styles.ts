/** Colour, label and size lookups for nodes and edges, tolerant of types outside the vocabulary. */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../types.js';
import { roundTo } from './compare.js';
import {
  EDGE_SIZE,
  ENTITY_TYPE_COLORS,
  ENTITY_TYPE_LABELS,
  RELATION_COLORS,
  RELATION_LABELS,
  RELATION_LABELS_ZH,
  SIZE_DECIMALS,
  UNKNOWN_ENTITY_COLOR,
  UNKNOWN_RELATION_COLOR,
} from './defaults.js';
import type { TypeStyle } from './types.js';

const isEntityType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value);
const isRelationType = (value: string): value is RelationType => (RELATION_TYPES as readonly string[]).includes(value);

/** Node colour of an entity type. */
export function entityColor(type: string): string {
  return isEntityType(type) ? ENTITY_TYPE_COLORS[type] : UNKNOWN_ENTITY_COLOR;
}

/** Edge colour of a relation. */
export function relationColor(relation: string): string {
  return isRelationType(relation) ? RELATION_COLORS[relation] : UNKNOWN_RELATION_COLOR;
}

/** English label of a relation; unknown ones read as their lower-cased words ('SUPPLIES_TO' → 'supplies to'). */
export function relationLabel(relation: string): string {
  return isRelationType(relation) ? RELATION_LABELS[relation] : relation.toLowerCase().replace(/_/g, ' ');
}

/** Legend of the entity types, in ENTITY_TYPES order. */
export function entityTypeStyles(): Record<EntityType, TypeStyle> {
  return Object.fromEntries(
    ENTITY_TYPES.map((type) => [type, { ...ENTITY_TYPE_LABELS[type], color: ENTITY_TYPE_COLORS[type] }]),
  ) as Record<EntityType, TypeStyle>;
}

/** Legend of the relations, in RELATION_TYPES order. */
export function relationTypeStyles(): Record<RelationType, TypeStyle> {
  return Object.fromEntries(
    RELATION_TYPES.map((relation) => [
      relation,
      { label: RELATION_LABELS[relation], labelZh: RELATION_LABELS_ZH[relation], color: RELATION_COLORS[relation] },
    ]),
  ) as Record<RelationType, TypeStyle>;
}

/**
 * Node size: min + (max − min)·√t where t rescales importance from [lowest, highest] of the graph to
 * [0, 1], so that area grows linearly with importance; when every node is equally important, t = ¼
 * (the middle size).
 */
export function nodeSize(importance: number, lowest: number, highest: number, min: number, max: number): number {
  const t = highest > lowest ? (importance - lowest) / (highest - lowest) : 0.25;
  return roundTo(min + (max - min) * Math.sqrt(t), SIZE_DECIMALS);
}

/** Edge size: min(max, min + log2(weight)), halved for co-mentions. */
export function edgeSize(weight: number, coMention: boolean): number {
  const size = Math.min(EDGE_SIZE.max, EDGE_SIZE.min + Math.log2(Math.max(1, weight)));
  return roundTo(coMention ? size * EDGE_SIZE.coMentionScale : size, SIZE_DECIMALS);
}
