/** Names and colours of entity types and relations in both label languages; a graph's own legend wins over the built-in one. */
import { shortName } from './names.js';
import { ownEntry } from './sanitize.js';
import type { GraphAttributes, Lang, TermStyle } from './types.js';

const TYPE_NAMES: Record<string, [zh: string, en: string]> = {
  Person: ['人物', 'Person'],
  Company: ['企业', 'Company'],
  ResearchInstitute: ['科研机构', 'Research institute'],
  GovernmentBody: ['政府机构', 'Government body'],
  Organization: ['组织', 'Organization'],
  Region: ['地区', 'Region'],
  DevelopmentZone: ['开发区', 'Development zone'],
  IndustrialCluster: ['产业集群', 'Industrial cluster'],
  IndustryField: ['产业领域', 'Industry field'],
  Product: ['产品', 'Product'],
  Technology: ['技术', 'Technology'],
  Policy: ['政策', 'Policy'],
  ApplicationScenario: ['应用场景', 'Application scenario'],
};

const RELATION_NAMES: Record<string, [zh: string, en: string]> = {
  PART_OF: ['隶属', 'part of'],
  LOCATED_IN: ['位于', 'located in'],
  DEVELOPED: ['研发', 'developed'],
  LAUNCHED: ['推出', 'launched'],
  APPROVED: ['批准', 'approved'],
  MEMBER_OF: ['成员', 'member of'],
  BASED_ON: ['基于', 'based on'],
  FOCUSES_ON: ['聚焦', 'focuses on'],
  ISSUED: ['发布', 'issued'],
  FOSTERS: ['培育', 'fosters'],
  BUILT: ['建设', 'built'],
  COOPERATES_WITH: ['合作', 'cooperates with'],
  AWARDED: ['授予', 'awarded'],
  VISITED: ['考察', 'visited'],
  CO_MENTIONED: ['共现', 'co-mentioned'],
};

/** Names and colours for one graph. */
export interface Vocabulary {
  typeName(type: string, lang: Lang): string;
  typeColor(type: string): string | undefined;
  relationName(relation: string, lang: Lang, fallback?: string): string;
  relationColor(relation: string): string | undefined;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function name(own: TermStyle | undefined, builtIn: [string, string] | undefined, lang: Lang, fallback: string): string {
  if (lang === 'zh') return own?.labelZh || builtIn?.[0] || fallback;
  return own?.label || builtIn?.[1] || fallback;
}

/** The vocabulary of a graph: its `entityTypes`/`relationTypes` legend first, then the built-in names and `typeColors`; names are cut for display. */
export function createVocabulary(attributes: Pick<GraphAttributes, 'entityTypes' | 'relationTypes'>, typeColors: Record<string, string>): Vocabulary {
  const types = attributes.entityTypes;
  const relations = attributes.relationTypes;
  return {
    typeName: (type, lang) => shortName(capitalise(name(ownEntry(types, type), ownEntry(TYPE_NAMES, type), lang, type))),
    typeColor: (type) => ownEntry(types, type)?.color || ownEntry(typeColors, type),
    relationName: (relation, lang, fallback = '') => shortName(name(ownEntry(relations, relation), ownEntry(RELATION_NAMES, relation), lang, fallback || relation)),
    relationColor: (relation) => ownEntry(relations, relation)?.color,
  };
}
