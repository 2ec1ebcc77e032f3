import type { EntityType } from '../types.js';

/** Words a company's short name drops (麒麟软件 = 麒麟, 合源生物科技 = 合源生物). */
export const COMPANY_WORDS = ['软件', '科技', '生物', '医药', '集团', '股份', '控股', '医疗', '信息', '技术', '电子', '网络', '智能', '有限公司', '股份有限公司'];

/** Suffixes of parents that a longer name can start with: 天津大学…实验室 is PART_OF 天津大学. */
export const PARENT_SUFFIXES = ['大学', '科学院', '工程院', '研究院', '集团', '有限公司', '学院'];

/** Place suffixes a longer name can start with: 经开区小核酸产业集群 is LOCATED_IN 经开区. */
export const PLACE_PREFIX_SUFFIXES = ['开发区', '高新区', '经开区', '保税区', '新区', '自贸区'];

/** Types whose names may start with a place (and then are LOCATED_IN it). */
export const LOCATABLE_TYPES = new Set<EntityType>(['IndustrialCluster', 'DevelopmentZone', 'Organization', 'Company']);

/** Types that may be PART_OF a parent organisation named at their start. */
export const PART_TYPES = new Set<EntityType>(['ResearchInstitute', 'Organization', 'Company']);

/** English words for name suffixes, used when a name has no English label: 信创谷 → "Xinchuang Valley". */
export const SUFFIX_ENGLISH: ReadonlyArray<readonly [string, string]> = [
  ['股份有限公司', 'Co., Ltd.'], ['有限责任公司', 'Co., Ltd.'], ['有限公司', 'Co., Ltd.'], ['公司', 'Company'], ['集团', 'Group'],
  ['全国重点实验室', 'State Key Laboratory'], ['重点实验室', 'Key Laboratory'], ['海河实验室', 'Haihe Laboratory'],
  ['实验室', 'Laboratory'], ['研究院', 'Research Institute'], ['研究所', 'Institute'], ['研究中心', 'Research Center'],
  ['大学', 'University'], ['科学院', 'Academy of Sciences'], ['工程院', 'Academy of Engineering'], ['学院', 'College'], ['委员会', 'Commission'], ['管理局', 'Administration'], ['局', 'Bureau'],
  ['人民政府', "People's Government"], ['政府办', 'Government Office'], ['政府', 'Government'], ['办公室', 'Office'],
  ['联盟', 'Alliance'], ['协会', 'Association'], ['社区', 'Community'], ['技术平台', 'Technology Platform'], ['平台', 'Platform'],
  ['中心', 'Center'], ['高新区', 'Hi-tech Zone'], ['经开区', 'Economic-Technological Development Zone'], ['开发区', 'Development Zone'],
  ['保税区', 'Bonded Zone'], ['新区', 'New Area'], ['产业集群', 'Industrial Cluster'], ['集群', 'Cluster'], ['谷', 'Valley'],
  ['技术', 'Technology'], ['系统', 'System'], ['工程', 'Project'], ['行动方案', 'Action Plan'], ['方案', 'Plan'],
];
