/** Domain types shared by every pipeline stage. */

/** The entity types the builder recognises. */
export const ENTITY_TYPES = [
  'Person',
  'Company',
  'ResearchInstitute',
  'GovernmentBody',
  'Organization',
  'Region',
  'DevelopmentZone',
  'IndustrialCluster',
  'IndustryField',
  'Product',
  'Technology',
  'Policy',
  'ApplicationScenario',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The relation vocabulary; CO_MENTIONED is the untyped fallback for two entities in one sentence. */
export const RELATION_TYPES = [
  'PART_OF',
  'LOCATED_IN',
  'DEVELOPED',
  'LAUNCHED',
  'APPROVED',
  'MEMBER_OF',
  'BASED_ON',
  'FOCUSES_ON',
  'ISSUED',
  'FOSTERS',
  'BUILT',
  'COOPERATES_WITH',
  'AWARDED',
  'VISITED',
  'CO_MENTIONED',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Metadata of one article, as stored in the graph's attributes. */
export interface ArticleMeta {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  /** Where it came from: the input path (relative), with `#line` for JSONL. */
  source: string;
}

/** An article after reading and cleaning: `text` is the cleaned body that every offset refers to. */
export interface Article extends ArticleMeta {
  text: string;
}

/** A sentence of an article; `start`/`end` are character offsets in the article text, end exclusive. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** How a mention was found, strongest first. */
export type MentionSource =
  | 'lexicon'
  | 'suffix'
  | 'enumeration'
  | 'quote'
  | 'title'
  | 'product'
  | 'gazetteer'
  | 'pos';

/** One occurrence of an entity name in an article text. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  source: MentionSource;
  /** Canonical name when the lexicon knows it, or the simplified form of a name written in traditional characters. */
  canonical?: string;
}

/** A mention after resolution: it points at an entity id. */
export interface ResolvedMention extends Mention {
  entity: string;
}

/** One entity of the graph: a node. */
export interface Entity {
  /** Stable id: the canonical Chinese name. */
  id: string;
  /** Canonical Chinese name. */
  name: string;
  /** English label: the lexicon's, else readable pinyin. */
  nameEn: string;
  type: EntityType;
  /** Every surface form seen, canonical name included, sorted. */
  aliases: string[];
  /** Number of mentions over the corpus. */
  mentions: number;
  /** Ids of the articles that mention it, sorted. */
  articles: string[];
}

/** Why the graph holds a relation: the sentence that states it. */
export interface Evidence {
  article: string;
  /** Sentence index in the article. */
  sentence: number;
  /** Offsets of the sentence in the article text, end exclusive. */
  start: number;
  end: number;
  /** The sentence text. */
  text: string;
  /** The trigger word or pattern ('' for CO_MENTIONED). */
  trigger: string;
  /** Offsets inside `text` of the source mention, the target mention and the trigger ([-1,-1] when absent). */
  sourceSpan: [number, number];
  targetSpan: [number, number];
  triggerSpan: [number, number];
}

/** One relation found in one sentence. */
export interface Relation {
  source: string;
  target: string;
  relation: RelationType;
  trigger: string;
  evidence: Evidence;
}

/** What extraction yields for one article. */
export interface ArticleExtraction {
  article: Article;
  sentences: Sentence[];
  mentions: ResolvedMention[];
  relations: Relation[];
}

/** The whole corpus, ready to become a graph. */
export interface Corpus {
  articles: ArticleMeta[];
  entities: Entity[];
  relations: Relation[];
}
