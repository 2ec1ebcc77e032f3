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
  ['大学', 'University'], ['科学院', 'Academy of Sciences'], ['工程院', 'Academy of Engineering'], ['学院', 'College'], ['委员会', 'Commission'],
  ['管委会', 'Administrative Committee'], ['管理委员会', 'Administrative Committee'], ['管理局', 'Administration'], ['局', 'Bureau'], ['厅', 'Department'],
  ['部', 'Ministry'], ['署', 'Administration'], ['总局', 'General Administration'], ['研究会', 'Society'], ['学会', 'Society'], ['商会', 'Chamber of Commerce'],
  ['医院', 'Hospital'], ['银行', 'Bank'], ['基金会', 'Foundation'], ['出版社', 'Press'], ['报社', 'Newspaper'], ['电视台', 'Television'],
  ['人民政府', "People's Government"], ['政府办', 'Government Office'], ['政府', 'Government'], ['办公室', 'Office'],
  ['联盟', 'Alliance'], ['协会', 'Association'], ['社区', 'Community'], ['技术平台', 'Technology Platform'], ['平台', 'Platform'],
  ['中心', 'Center'], ['高新区', 'Hi-tech Zone'], ['经开区', 'Economic-Technological Development Zone'],
  ['经济技术开发区', 'Economic-Technological Development Area'], ['高新技术产业开发区', 'Hi-tech Industrial Development Zone'], ['开发区', 'Development Zone'],
  ['自由贸易试验区', 'Pilot Free Trade Zone'], ['产业园', 'Industrial Park'], ['园区', 'Park'], ['港区', 'Port Area'], ['码头', 'Terminal'],
  ['保税区', 'Bonded Zone'], ['新区', 'New Area'], ['产业集群', 'Industrial Cluster'], ['集群', 'Cluster'], ['谷', 'Valley'],
  ['技术', 'Technology'], ['系统', 'System'], ['工程', 'Project'], ['行动方案', 'Action Plan'], ['方案', 'Plan'],
];

/**
 * English for common words inside institutional, policy and industry names, used word by word (jieba's words) where
 * a name has no English label: 天津市交通运输委员会 → "Tianjin Municipal Transport Commission". General vocabulary,
 * no entity names: the lexicon gives those.
 */
export const WORD_ENGLISH: ReadonlyMap<string, string> = new Map([
  ['中国', 'China'], ['中华', 'China'], ['国家', 'National'], ['全国', 'National'], ['国际', 'International'], ['中央', 'Central'], ['人民', "People's"],
  ['和', 'and'], ['与', 'and'], ['及', 'and'], ['暨', 'and'],
  ['发展', 'Development'], ['改革', 'Reform'], ['科学技术', 'Science and Technology'], ['科技', 'Science and Technology'], ['科学', 'Science'],
  ['技术', 'Technology'], ['工业', 'Industry'], ['产业', 'Industry'], ['信息化', 'Informatization'], ['信息', 'Information'], ['商务', 'Commerce'],
  ['交通运输', 'Transport'], ['交通', 'Transport'], ['运输', 'Transport'], ['生态环境', 'Ecology and Environment'], ['环境', 'Environment'],
  ['财政', 'Finance'], ['金融', 'Finance'], ['教育', 'Education'], ['卫生', 'Health'], ['健康', 'Health'], ['农业', 'Agriculture'], ['农村', 'Rural'],
  ['水利', 'Water Resources'], ['自然资源', 'Natural Resources'], ['住房', 'Housing'], ['城乡建设', 'Urban-Rural Development'], ['市场监督管理', 'Market Regulation'],
  ['人力资源', 'Human Resources'], ['社会保障', 'Social Security'], ['公安', 'Public Security'], ['司法', 'Justice'], ['审计', 'Audit'], ['统计', 'Statistics'],
  ['海关', 'Customs'], ['税务', 'Taxation'], ['应急管理', 'Emergency Management'], ['文化', 'Culture'], ['旅游', 'Tourism'], ['体育', 'Sports'],
  ['知识产权', 'Intellectual Property'], ['药品', 'Drug'], ['医疗器械', 'Medical Device'], ['医疗', 'Medical'], ['医药', 'Pharmaceutical'], ['医学', 'Medicine'],
  ['生物', 'Bio'], ['生物医药', 'Biomedicine'], ['化工', 'Chemical'], ['材料', 'Materials'], ['新材料', 'New Materials'], ['能源', 'Energy'], ['新能源', 'New Energy'],
  ['汽车', 'Automotive'], ['电子', 'Electronics'], ['软件', 'Software'], ['网络', 'Network'], ['数据', 'Data'], ['数字', 'Digital'], ['智能', 'Intelligent'],
  ['人工智能', 'Artificial Intelligence'], ['智慧', 'Smart'], ['港口', 'Port'], ['航运', 'Shipping'], ['海洋', 'Marine'], ['航空', 'Aviation'], ['航天', 'Aerospace'],
  ['装备', 'Equipment'], ['制造', 'Manufacturing'], ['先进', 'Advanced'], ['创新', 'Innovation'], ['研究', 'Research'], ['工程', 'Engineering'], ['测试', 'Testing'],
  ['检测', 'Testing'], ['安全', 'Safety'], ['质量', 'Quality'], ['标准', 'Standards'], ['建设', 'Construction'], ['建筑', 'Construction'], ['投资', 'Investment'],
  ['控股', 'Holdings'], ['股份', 'Stock'], ['服务', 'Services'], ['管理', 'Management'], ['监督', 'Supervision'], ['促进', 'Promotion'], ['合作', 'Cooperation'],
  ['联合', 'Joint'], ['重点', 'Key'], ['未来', 'Future'], ['经济', 'Economic'], ['社会', 'Social'], ['行动', 'Action'], ['计划', 'Plan'], ['规划', 'Plan'],
  ['实施', 'Implementation'], ['意见', 'Opinions'], ['办法', 'Measures'], ['措施', 'Measures'], ['通知', 'Notice'], ['条例', 'Regulations'], ['政策', 'Policies'],
  ['食品', 'Food'], ['药物', 'Drugs'], ['细胞', 'Cell'], ['基因', 'Gene'], ['城市', 'City'], ['计算', 'Computing'], ['体系', 'System'], ['中医', 'Chinese Medicine'],
  ['市', 'Municipal'], ['省', 'Provincial'], ['区', 'District'], ['县', 'County'], ['三年', 'Three-Year'], ['五年', 'Five-Year'], ['加快', 'Accelerating'], ['推动', 'Promoting'], ['高质量', 'High-Quality'], ['新区', 'New Area'],
]);

/** Place-name endings: inside a longer name (天津市…委员会 → Tianjin Municipal …) and as the whole name (河北省 → Hebei Province). */
export const PLACE_ENDINGS: ReadonlyArray<readonly [string, string, string]> = [
  ['市', 'Municipal', ''], ['省', 'Provincial', 'Province'], ['县', 'County', 'County'], ['自治区', 'Autonomous Region', 'Autonomous Region'],
];
