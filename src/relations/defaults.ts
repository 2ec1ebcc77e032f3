import type { EntityType, RelationType } from '../types.js';

const ORGS: EntityType[] = ['Company', 'ResearchInstitute', 'GovernmentBody', 'Organization'];
const PLACES: EntityType[] = ['Region', 'DevelopmentZone'];
const HOSTS: EntityType[] = [...ORGS, ...PLACES, 'IndustrialCluster'];
const THINGS: EntityType[] = ['Product', 'Technology'];

/**
 * Where a pattern finds an argument: `before` = the nearest mention(s) before the trigger in its clause, else the
 * sentence's first mention, else (with an anaphor such as 该项目/这里) the previous sentences; `after` = the mention
 * group right after the trigger; `inner` = the mentions inside the trigger's `inner` group; `outer` = the first
 * mention after the whole match.
 */
export type ArgumentSlot = 'before' | 'after' | 'inner' | 'outer';

/** A trigger pattern: a regular expression over the sentence and where its source and target are. */
export interface RelationPattern {
  relation: RelationType;
  trigger: RegExp;
  source: ArgumentSlot;
  target: ArgumentSlot;
  sourceTypes: EntityType[];
  targetTypes: EntityType[];
  /** Only the last mention of the inner group is an argument (作为A、B联合推出的C的组成部分 → C). */
  innerLast?: boolean;
  /** With an inner place instead of a thing, the relation becomes this (以高新区为核心 → LOCATED_IN). */
  placeRelation?: RelationType;
}

/** The default trigger patterns, in order: for one pair in one sentence the first pattern that applies wins. */
export const RELATION_PATTERNS: RelationPattern[] = [
  { relation: 'PART_OF', trigger: /作为(?<inner>.{2,80}?)的(?:重要)?(?:组成部分|一部分)/g, source: 'before', target: 'inner', sourceTypes: [...THINGS, ...ORGS], targetTypes: [...THINGS, ...ORGS, 'IndustrialCluster'], innerLast: true },
  { relation: 'BASED_ON', trigger: /依托(?<inner>.{2,40}?)(?:建设|打造|建立|组建)的/g, source: 'outer', target: 'inner', sourceTypes: [...HOSTS, ...THINGS], targetTypes: [...HOSTS, ...THINGS] },
  { relation: 'BASED_ON', trigger: /以(?<inner>.{2,40}?)为(?:创新源头|源头|依托|基础|支撑|核心|龙头|主体|载体)/g, source: 'before', target: 'inner', sourceTypes: [...HOSTS, ...THINGS], targetTypes: [...HOSTS, ...THINGS], placeRelation: 'LOCATED_IN' },
  { relation: 'APPROVED', trigger: /(?:获得?|经|通过)(?<inner>.{2,30}?)(?:批准|审批|核准|认证|认定)/g, source: 'inner', target: 'before', sourceTypes: ['GovernmentBody', 'Organization'], targetTypes: [...THINGS, ...HOSTS, 'Policy'] },
  { relation: 'AWARDED', trigger: /获(?:得)?(?<inner>.{2,20}?)(?:督查激励|表彰|奖励|激励|嘉奖|称号|奖)/g, source: 'inner', target: 'before', sourceTypes: ['GovernmentBody', 'Organization'], targetTypes: [...HOSTS, ...THINGS, 'Person'] },
  { relation: 'LOCATED_IN', trigger: /^在(?<inner>[^，。]{2,30})，/g, source: 'outer', target: 'inner', sourceTypes: [...THINGS, ...ORGS, 'IndustrialCluster'], targetTypes: [...HOSTS] },
  { relation: 'LOCATED_IN', trigger: /在(?<inner>[^，。]{2,20}?)(?:发布|落地|落户|成立|亮相|揭牌)/g, source: 'before', target: 'inner', sourceTypes: [...THINGS, ...ORGS, 'IndustrialCluster'], targetTypes: [...HOSTS] },
  { relation: 'LOCATED_IN', trigger: /位于|坐落于?|落户于?|入驻/g, source: 'before', target: 'after', sourceTypes: [...ORGS, 'IndustrialCluster', 'DevelopmentZone'], targetTypes: [...PLACES, 'IndustrialCluster'] },
  { relation: 'COOPERATES_WITH', trigger: /(?:与|和|同)(?<inner>.{2,30}?)(?:合作|签约|签署|携手|共建)/g, source: 'before', target: 'inner', sourceTypes: ORGS, targetTypes: ORGS },
  { relation: 'VISITED', trigger: /视察|考察|调研|参观|走访|访问/g, source: 'before', target: 'after', sourceTypes: ['Person'], targetTypes: [...HOSTS] },
  { relation: 'ISSUED', trigger: /印发|出台|颁布|发布|制定/g, source: 'before', target: 'after', sourceTypes: ['GovernmentBody', 'Region', 'DevelopmentZone', 'Organization'], targetTypes: ['Policy'] },
  { relation: 'DEVELOPED', trigger: /(?:联合|自主|成功)?(?:推出|研发|研制|开发|发布|推出了)(?:的)?/g, source: 'before', target: 'after', sourceTypes: ORGS, targetTypes: THINGS },
  { relation: 'LAUNCHED', trigger: /开设|推出|发布|上线|启动|创办|设立/g, source: 'before', target: 'after', sourceTypes: [...ORGS, ...PLACES], targetTypes: [...THINGS, 'Organization', 'Policy'] },
  { relation: 'BUILT', trigger: /打造|建立|建设|构建|搭建|建成|组建/g, source: 'before', target: 'after', sourceTypes: [...HOSTS], targetTypes: [...THINGS, 'Organization', 'ApplicationScenario', 'IndustrialCluster', 'ResearchInstitute'] },
  { relation: 'FOSTERS', trigger: /培育|孵化|形成|扶持/g, source: 'before', target: 'after', sourceTypes: [...HOSTS], targetTypes: [...ORGS, 'IndustrialCluster', 'ApplicationScenario', 'IndustryField'] },
  { relation: 'MEMBER_OF', trigger: /集聚|聚集|吸纳|汇聚|吸引|入盟|加入/g, source: 'after', target: 'before', sourceTypes: ORGS, targetTypes: ['IndustrialCluster', 'DevelopmentZone', 'Organization', 'Region'] },
  { relation: 'FOCUSES_ON', trigger: /侧重|专注于?|聚焦于?|围绕|深耕|布局|瞄准|发力/g, source: 'before', target: 'after', sourceTypes: [...HOSTS], targetTypes: ['IndustryField', 'Technology'] },
];

/** Anaphors that point back to an entity of a previous sentence, and the types they can stand for. */
export const ANAPHORS: ReadonlyArray<readonly [RegExp, EntityType[]]> = [
  [/该项目|该产品|该模型|该平台|这款|此项|该系统/, [...THINGS, 'Organization']],
  [/这里|此地|该区|园区内|区内/, ['IndustrialCluster', 'DevelopmentZone', 'Region']],
  [/该企业|该公司/, ['Company']],
  [/该实验室|该院|该所|该中心/, ['ResearchInstitute', 'Organization']],
];

/** Characters that may stand between the members of one mention group (飞腾、麒麟、曙光和360). */
export const GROUP_JOINERS = /^[、和及与\s“”"]*$/;

/** How far after a trigger its first object may start, in characters (skipping 了, 的, 一款 …). */
export const MAX_OBJECT_GAP = 8;

/** How far before its trigger an anaphor (该公司…) may stand in the sentence, in characters. */
export const ANAPHOR_WINDOW = 200;

/** How many sentences back an anaphor may reach. */
export const ANAPHOR_REACH = 2;
