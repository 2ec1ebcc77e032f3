/** Attribute shapes of the knowledge graph shared by the graph, layout and export stages. */
import type { MultiDirectedGraph } from 'graphology';
import type { ArticleMeta, EntityType, Evidence, RelationType } from '../types.js';

/** Attributes of one node (an entity). Never holds `type`: sigma reads that as its render program. */
export interface NodeAttributes {
  /** Canonical Chinese name (the entity id). */
  label: string;
  labelEn: string;
  entityType: EntityType;
  /** Surface forms, sorted, deduplicated. */
  aliases: string[];
  mentions: number;
  /** Ids of the articles that mention the entity, sorted. */
  articles: string[];
  /** Louvain community, 0 = largest community. */
  community: number;
  /** PageRank divided by the graph's highest PageRank: 0 < importance ≤ 1. */
  importance: number;
  /** Number of distinct neighbouring entities, direction and relation ignored. */
  degree: number;
  x: number;
  y: number;
  size: number;
  /** '#rrggbb' from ENTITY_TYPE_COLORS. */
  color: string;
}

/** Attributes of one edge: every sentence stating `source relation target`. */
export interface EdgeAttributes {
  relation: RelationType;
  /** English label of the relation, e.g. 'member of'. */
  label: string;
  /** Number of distinct evidence sentences (article + sentence index). */
  weight: number;
  /** Deduplicated (article, sentence, trigger), sorted by article, sentence, trigger. */
  evidence: Evidence[];
  /** True only for CO_MENTIONED. */
  coMention: boolean;
  size: number;
  /** '#rrggbb' from RELATION_COLORS. */
  color: string;
}

/** Display facts about an entity or relation type, for legends. */
export interface TypeStyle {
  label: string;
  labelZh: string;
  color: string;
}

/** Attributes of the whole graph. */
export interface GraphAttributes {
  /** Every article of the corpus, sorted by id. */
  articles: ArticleMeta[];
  entityTypes: Record<EntityType, TypeStyle>;
  relationTypes: Record<RelationType, TypeStyle>;
}

/** The knowledge graph: directed, several edges per pair allowed (one per relation type), no self-loops. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Options of buildGraph; see DEFAULT_BUILD_OPTIONS for the defaults. */
export interface BuildGraphOptions {
  /** Seed of the Louvain community detection. */
  seed?: string;
  /** Node size range: size = min + (max − min)·√t, t = importance rescaled to 0..1 over the graph. */
  minNodeSize?: number;
  maxNodeSize?: number;
  /** Weight of a co-mention sentence relative to a typed-relation sentence in PageRank and Louvain. */
  coMentionWeight?: number;
  /** Louvain resolution: higher gives more, smaller communities. */
  resolution?: number;
  /** Receives one line per kind of skipped relation (self-loops, unknown entities). */
  onWarning?: (message: string) => void;
}
