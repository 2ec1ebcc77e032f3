/** Defaults of the graph stage: the one colour palette, relation labels, sizes and metric settings. */
import type { EntityType, RelationType } from '../types.js';

/**
 * Node colour by entity type. The seven most frequent types take the Okabe–Ito palette
 * (blue, vermillion, bluish green, orange, sky blue, reddish purple, yellow); the six rarer ones
 * take Paul Tol's wine, indigo, olive, light pink, brown and dark green. Checked in
 * tests/graph/palette.test.ts: every pair differs by ΔE*ab ≥ 13 in normal vision and in simulated
 * protanopia, deuteranopia and tritanopia (Machado 2009). Colour is never the only cue: the
 * viewer's legend and labels name the type.
 */
export const ENTITY_TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  Company: '#0072b2',
  GovernmentBody: '#d55e00',
  Region: '#009e73',
  DevelopmentZone: '#e69f00',
  ResearchInstitute: '#56b4e9',
  Person: '#cc79a7',
  IndustryField: '#f0e442',
  Organization: '#882255',
  IndustrialCluster: '#332288',
  Technology: '#999933',
  Product: '#ffaabb',
  Policy: '#661100',
  ApplicationScenario: '#117733',
};

/** Colour of a node whose type is outside ENTITY_TYPES (bad input that still gets drawn). */
export const UNKNOWN_ENTITY_COLOR = '#888888';

/** English and Chinese names of the entity types, for legends. */
export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, { label: string; labelZh: string }>> = {
  Person: { label: 'person', labelZh: '人物' },
  Company: { label: 'company', labelZh: '企业' },
  ResearchInstitute: { label: 'research institute', labelZh: '科研机构' },
  GovernmentBody: { label: 'government body', labelZh: '政府机构' },
  Organization: { label: 'organization', labelZh: '社会组织' },
  Region: { label: 'region', labelZh: '地区' },
  DevelopmentZone: { label: 'development zone', labelZh: '开发区' },
  IndustrialCluster: { label: 'industrial cluster', labelZh: '产业集群' },
  IndustryField: { label: 'industry field', labelZh: '产业领域' },
  Product: { label: 'product', labelZh: '产品' },
  Technology: { label: 'technology', labelZh: '技术' },
  Policy: { label: 'policy', labelZh: '政策' },
  ApplicationScenario: { label: 'application scenario', labelZh: '应用场景' },
};

/**
 * Edge colour by relation, from Paul Tol's bright, muted and vibrant schemes; CO_MENTIONED is a
 * light grey so typed relations stand out. Typed colours differ by ΔE*ab ≥ 13 in normal vision;
 * under colour-vision deficiency some pairs come close, so the viewer also labels edges.
 */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  PART_OF: '#4477aa',
  LOCATED_IN: '#66ccee',
  DEVELOPED: '#ee6677',
  LAUNCHED: '#aa3377',
  APPROVED: '#cc3311',
  MEMBER_OF: '#228833',
  BASED_ON: '#ccbb44',
  FOCUSES_ON: '#009988',
  ISSUED: '#882255',
  FOSTERS: '#999933',
  BUILT: '#ee7733',
  COOPERATES_WITH: '#332288',
  AWARDED: '#aa4499',
  VISITED: '#661100',
  CO_MENTIONED: '#cccccc',
};

/** Colour of an edge whose relation is outside RELATION_TYPES. */
export const UNKNOWN_RELATION_COLOR = '#888888';

/** English reading of each relation, `source <label> target`. */
export const RELATION_LABELS: Readonly<Record<RelationType, string>> = {
  PART_OF: 'part of',
  LOCATED_IN: 'located in',
  DEVELOPED: 'developed',
  LAUNCHED: 'launched',
  APPROVED: 'approved',
  MEMBER_OF: 'member of',
  BASED_ON: 'based on',
  FOCUSES_ON: 'focuses on',
  ISSUED: 'issued',
  FOSTERS: 'fosters',
  BUILT: 'built',
  COOPERATES_WITH: 'cooperates with',
  AWARDED: 'awarded',
  VISITED: 'visited',
  CO_MENTIONED: 'co-mentioned with',
};

/** Chinese reading of each relation, for legends. */
export const RELATION_LABELS_ZH: Readonly<Record<RelationType, string>> = {
  PART_OF: '隶属于',
  LOCATED_IN: '位于',
  DEVELOPED: '研发',
  LAUNCHED: '发布',
  APPROVED: '批准',
  MEMBER_OF: '成员',
  BASED_ON: '基于',
  FOCUSES_ON: '聚焦',
  ISSUED: '印发',
  FOSTERS: '培育',
  BUILT: '建设',
  COOPERATES_WITH: '合作',
  AWARDED: '授予',
  VISITED: '考察',
  CO_MENTIONED: '共现',
};

/** Default build options. */
export const DEFAULT_BUILD_OPTIONS = {
  seed: 'binhai-kg',
  minNodeSize: 4,
  maxNodeSize: 24,
  coMentionWeight: 0.5,
  resolution: 1,
} as const;

/** PageRank damping factor and convergence settings (graphology-metrics). */
export const PAGERANK_SETTINGS = { alpha: 0.85, maxIterations: 200, tolerance: 1e-9 } as const;

/** Edge size = min(max, min + log2(weight)); co-mention edges are then scaled by coMentionScale. */
export const EDGE_SIZE = { min: 1, max: 6, coMentionScale: 0.5 } as const;

/** Decimals kept for importance and sizes, so output is stable across platforms. */
export const METRIC_DECIMALS = 6;
export const SIZE_DECIMALS = 3;
