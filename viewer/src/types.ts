/** Attribute and state types of the viewer. */
import type Graph from 'graphology';

/** One article of the graph's `articles` attribute. */
export interface ArticleInfo {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  source: string;
}

/** Evidence of a relation; spans are offsets inside `text`, [-1, -1] when absent. */
export interface EvidenceInfo {
  article: string;
  sentence: number;
  text: string;
  trigger: string;
  sourceSpan: [number, number];
  targetSpan: [number, number];
  triggerSpan: [number, number];
}

/** Node attributes after sanitising. */
export interface NodeAttributes {
  label: string;
  labelEn: string;
  entityType: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  community: number;
  importance: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Edge attributes after sanitising. */
export interface EdgeAttributes {
  relation: string;
  label: string;
  weight: number;
  coMention: boolean;
  size: number;
  color: string;
  evidence: EvidenceInfo[];
}

/** A legend entry the builder writes for each entity type and relation. */
export interface TermStyle {
  color?: string;
  label?: string;
  labelZh?: string;
}

/** Graph attributes after sanitising. */
export interface GraphAttributes {
  articles: ArticleInfo[];
  entityTypes: Record<string, TermStyle>;
  relationTypes: Record<string, TermStyle>;
}

/** The graph the viewer renders. */
export type KgGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Label language. */
export type Lang = 'zh' | 'en';

/** What is selected: a node or an edge. */
export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string };

/** Filters; `null` lists mean "all". */
export interface Filters {
  types: string[] | null;
  relations: string[] | null;
  coMentioned: boolean;
  minMentions: number;
  /** Neighbourhood depth around the selected node, 0 = off. */
  focus: 0 | 1 | 2;
}

/** The whole view state. */
export interface ViewState {
  selection: Selection | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  lang: Lang;
  filters: Filters;
}

/** The part of the state the URL hash holds. */
export type SharedState = Pick<ViewState, 'selection' | 'lang' | 'filters'>;
