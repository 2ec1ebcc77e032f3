import type { EntityType, MentionSource } from '../types.js';

/** Organisation and place suffixes, longest first per type; a candidate name ends with one of them. */
export const NAME_SUFFIXES: ReadonlyArray<readonly [string, EntityType]> = [
  ['股份有限公司', 'Company'], ['有限责任公司', 'Company'], ['有限公司', 'Company'], ['公司', 'Company'],
  ['集团', 'Company'], ['银行', 'Company'], ['控股', 'Company'],
  ['全国重点实验室', 'ResearchInstitute'], ['重点实验室', 'ResearchInstitute'], ['实验室', 'ResearchInstitute'],
  ['研究院', 'ResearchInstitute'], ['研究所', 'ResearchInstitute'], ['研究中心', 'ResearchInstitute'],
  ['科学院', 'ResearchInstitute'], ['工程院', 'ResearchInstitute'], ['大学', 'ResearchInstitute'],
  ['学院', 'ResearchInstitute'], ['超算中心', 'ResearchInstitute'], ['计算中心', 'ResearchInstitute'],
  ['委员会', 'GovernmentBody'], ['管委会', 'GovernmentBody'], ['人民政府', 'GovernmentBody'], ['政府', 'GovernmentBody'],
  ['政府办', 'GovernmentBody'], ['办公室', 'GovernmentBody'], ['办公厅', 'GovernmentBody'], ['管理局', 'GovernmentBody'],
  ['局', 'GovernmentBody'], ['厅', 'GovernmentBody'], ['部', 'GovernmentBody'], ['委', 'GovernmentBody'],
  ['署', 'GovernmentBody'], ['法院', 'GovernmentBody'], ['检察院', 'GovernmentBody'], ['海关', 'GovernmentBody'],
  ['联盟', 'Organization'], ['协会', 'Organization'], ['学会', 'Organization'], ['商会', 'Organization'],
  ['基金会', 'Organization'], ['联合会', 'Organization'], ['促进会', 'Organization'], ['社区', 'Organization'],
  ['平台', 'Organization'], ['中心', 'Organization'], ['医院', 'Organization'], ['报社', 'Organization'],
  ['电视台', 'Organization'], ['通讯社', 'Organization'], ['新闻社', 'Organization'],
  ['综合保税区', 'DevelopmentZone'], ['自由贸易试验区', 'DevelopmentZone'], ['开发区', 'DevelopmentZone'],
  ['高新区', 'DevelopmentZone'], ['经开区', 'DevelopmentZone'], ['保税区', 'DevelopmentZone'], ['自贸区', 'DevelopmentZone'],
  ['产业园', 'DevelopmentZone'], ['科技园', 'DevelopmentZone'], ['工业园', 'DevelopmentZone'], ['生态城', 'DevelopmentZone'],
  ['新区', 'Region'],
  ['产业集群', 'IndustrialCluster'], ['集群', 'IndustrialCluster'], ['谷', 'IndustrialCluster'],
  ['技术平台', 'Technology'], ['技术', 'Technology'],
  ['注射液', 'Product'], ['疫苗', 'Product'], ['芯片', 'Product'], ['操作系统', 'Product'], ['系统', 'Product'],
  ['大模型', 'Product'], ['小程序', 'Product'],
];

/** Suffixes that are only names when the part before them looks like a proper name (not generic words). */
export const WEAK_SUFFIXES = new Set(['系统', '技术', '平台', '中心', '部', '委', '局', '厅', '署', '谷', '集群', '社区']);

/** Words that end with a suffix character but are not names. */
export const NOT_NAMES = new Set([
  '布局', '格局', '大局', '全局', '结局', '开局', '当局', '局面', '全部', '内部', '外部', '东部', '西部', '南部', '北部',
  '中部', '总部', '干部', '局部', '头部', '底部', '部分', '本部', '党委', '山谷', '低谷', '峡谷', '谷底', '体系',
  '中心', '平台', '社区', '技术', '系统', '集群', '产业集群', '公司', '集团', '大学', '学院',
]);

/** Generic words: a name made only of these and a suffix is a common noun ("创新平台", "未来产业发展平台"). */
export const GENERIC_WORDS = new Set([
  '创新', '产业', '发展', '服务', '公共', '综合', '重点', '未来', '新兴', '前沿', '关键', '核心', '先进', '技术',
  '研发', '科技', '数据', '信息', '管理', '共享', '国际', '国内', '全国', '国家', '国家级', '省级', '市级', '区级',
  '相关', '有关', '领域', '服务', '公共服务', '优化', '统筹', '创新型', '引领型', '未来技术', '医疗', '人才', '各类', '各', '多个', '一批', '一个', '首个', '新', '新型', '高新', '高新技术', '典型', '专业', '特色',
  '龙头', '骨干', '优质', '领军', '上下游', '配套', '示范', '试点', '集聚', '产业化', '成果', '转化', '合作', '交流',
  '创业', '孵化', '应用', '工程', '建设', '运营', '平台', '网络', '智能', '数字', '数字化', '卡脖子', '硬核', '其他',
  '全球', '领先', '率先', '该', '这', '此', '本', '我', '我国', '全市', '全区', '全省', '区内', '市内', '一', '两', '三', '大', '小', '新一代',
]);

/** Function words and verbs that end a name when walking left from its suffix. */
export const LEFT_STOP_WORDS = new Set([
  '作为', '在', '从', '到', '据', '由', '向', '对', '以', '为', '是', '的', '了', '等', '及', '并', '将', '已', '于',
  '把', '被', '让', '给', '和', '或', '而', '但', '也', '还', '都', '就', '即', '再', '又', '其', '该', '这', '那',
  '推出', '发布', '联合', '建立', '打造', '研发', '开发', '研制', '获得', '获', '依托', '开设', '培育', '集聚', '聚集',
  '吸纳', '构建', '形成', '围绕', '聚焦', '布局', '视察', '印发', '制定', '批准', '支持', '通过', '包括', '如', '其中',
  '位于', '来自', '成立', '设立', '组建', '建设', '签约', '合作', '携手', '共同', '落户', '入驻', '引进', '参与', '加入',
  '牵头', '主办', '承办', '举办', '召开', '出席', '表示', '介绍', '认为', '指出', '提出', '成为', '属于', '隶属', '包含',
  '拥有', '实现', '完成', '开展', '推动', '促进', '加快', '引领', '获批', '名为', '叫做', '称为', '同', '跟',
  '与其', '向着', '面向', '针对', '关于', '根据', '按照', '随着', '目前', '近日', '日前', '当前', '如今', '今年', '去年',
  '记者', '报道', '据悉', '显示', '称', '说', '看到', '走进', '来到', '前往', '访问', '考察', '调研', '参观', '探索',
  '率先', '填补', '推进', '实施', '挖掘', '攻克', '攻关', '提升', '加强', '深化', '发挥', '增强', '构筑', '承担', '启动',
  '依靠', '借助', '利用', '依据', '旗下', '所属', '下属', '一款', '一家', '一批', '首台', '首款', '首个', '新一代',
]);

/** Leading modifiers dropped from a name's left edge. */
export const LEADING_MODIFIERS = ['国家级', '省级', '市级', '区级', '首个', '首批', '一批', '多家', '一家', '一个', '新建', '新一代'];

/** Enumeration head nouns (the last word decides) and the type they give to the members. */
export const ENUMERATION_HEADS: ReadonlyArray<readonly [string, EntityType]> = [
  ['应用场景', 'ApplicationScenario'], ['场景', 'ApplicationScenario'],
  ['产业领域', 'IndustryField'], ['领域', 'IndustryField'], ['产业', 'IndustryField'], ['行业', 'IndustryField'],
  ['产业集聚区', 'IndustrialCluster'], ['集聚区', 'IndustrialCluster'], ['产业集群', 'IndustrialCluster'], ['集群', 'IndustrialCluster'],
  ['企业', 'Company'], ['公司', 'Company'], ['集团', 'Company'], ['厂商', 'Company'], ['药企', 'Company'],
  ['高校', 'ResearchInstitute'], ['院校', 'ResearchInstitute'], ['大学', 'ResearchInstitute'], ['科研院所', 'ResearchInstitute'],
  ['实验室', 'ResearchInstitute'], ['研究机构', 'ResearchInstitute'], ['科研机构', 'ResearchInstitute'],
  ['部门', 'GovernmentBody'], ['部委', 'GovernmentBody'], ['机构', 'Organization'], ['协会', 'Organization'],
  ['城市', 'Region'], ['省份', 'Region'], ['省市', 'Region'], ['地区', 'Region'], ['国家', 'Region'],
  ['开发区', 'DevelopmentZone'], ['园区', 'DevelopmentZone'], ['产品', 'Product'], ['技术', 'Technology'], ['技术平台', 'Technology'],
];

/** Quote contents ending with these, or quotes followed by these heads, are names of that type. */
export const QUOTE_HEADS: ReadonlyArray<readonly [string, EntityType]> = [
  ['小程序', 'Product'], ['大模型', 'Product'], ['模型', 'Product'], ['系统', 'Product'], ['体系', 'Product'],
  ['App', 'Product'], ['APP', 'Product'], ['芯片', 'Product'], ['品牌', 'Product'], ['产品', 'Product'],
  ['工程', 'Policy'], ['计划', 'Policy'], ['行动', 'Policy'], ['政策体系', 'Policy'], ['战略', 'Policy'], ['专项', 'Policy'],
];

/** Policy words: a 《title》 ending with one of them is a Policy; other titles are Products (books, columns, programmes). */
export const POLICY_WORDS = [
  '方案', '规划', '意见', '办法', '通知', '条例', '计划', '纲要', '政策', '措施', '决定', '法', '规定', '指南', '指引',
  '细则', '白皮书', '若干规定', '公告', '决议', '清单', '目录', '标准',
];

/** Titles and roles that follow or precede a person's name. */
export const PERSON_TITLES = [
  '总书记', '书记', '主席', '总理', '副总理', '市长', '副市长', '区长', '省长', '部长', '局长', '主任', '院士', '教授',
  '研究员', '董事长', '总经理', '总裁', '首席执行官', 'CEO', '博士', '先生', '女士', '同志', '委员', '代表', '院长', '校长', '所长',
];

/** Place-name endings that make a jieba `ns` token a Region. */
export const REGION_ENDINGS = ['省', '市', '县', '区', '州', '镇', '乡', '村', '国', '盟', '旗'];

/** Place tokens jieba tags `ns` that are not regions worth a node. */
export const NOT_REGIONS = new Set([
  '全国', '我国', '国内', '国际', '全球', '海外', '全市', '全区', '全省', '上市', '深水', '海洋', '海河', '云', '华', '瑞',
  '区内', '市区', '城区', '地区', '东部', '西部', '中部', '北方', '南方', '国外', '境外', '本市', '本区', '该市', '该区',
]);

/** Priority of mention sources when spans overlap with equal length (higher wins). */
export const SOURCE_PRIORITY: Record<MentionSource, number> = {
  lexicon: 7,
  title: 6,
  product: 5,
  quote: 4,
  gazetteer: 4,
  suffix: 3,
  enumeration: 2,
  pos: 1,
};

/** Longest name the open recognisers accept, in characters. */
export const MAX_NAME_LENGTH = 32;
