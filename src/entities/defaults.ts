import { CharSet } from './char-set.js';
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
  ['党委', 'GovernmentBody'], ['省委', 'GovernmentBody'], ['市委', 'GovernmentBody'], ['县委', 'GovernmentBody'], ['区委', 'GovernmentBody'],
  ['地委', 'GovernmentBody'], ['纪委', 'GovernmentBody'], ['团委', 'GovernmentBody'], ['常委会', 'GovernmentBody'], ['党中央', 'Organization'],
  ['政协', 'GovernmentBody'], ['人大', 'GovernmentBody'], ['国会', 'GovernmentBody'], ['议会', 'GovernmentBody'], ['内阁', 'GovernmentBody'],
  ['领事馆', 'GovernmentBody'], ['大使馆', 'GovernmentBody'], ['司令部', 'GovernmentBody'], ['军区', 'GovernmentBody'], ['妇联', 'Organization'],
  ['残联', 'Organization'], ['工会', 'Organization'], ['红十字会', 'Organization'], ['赛马会', 'Organization'], ['研究会', 'Organization'],
  ['理事会', 'Organization'], ['俱乐部', 'Organization'], ['代表团', 'Organization'], ['代表队', 'Organization'], ['考察团', 'Organization'],
  ['艺术团', 'Organization'], ['歌舞团', 'Organization'], ['剧团', 'Organization'], ['乐团', 'Organization'], ['剧院', 'Organization'],
  ['女队', 'Organization'], ['男队', 'Organization'], ['男排', 'Organization'], ['女排', 'Organization'], ['男篮', 'Organization'], ['女篮', 'Organization'], ['男足', 'Organization'], ['女足', 'Organization'], ['空军', 'Organization'], ['海军', 'Organization'], ['陆军', 'Organization'], ['球队', 'Organization'], ['队', 'Organization'], ['大队', 'Organization'],
  ['中队', 'Organization'], ['支队', 'Organization'], ['总队', 'Organization'], ['出版社', 'Company'], ['杂志社', 'Organization'],
  ['图片社', 'Organization'], ['日报', 'Organization'], ['晚报', 'Organization'], ['时报', 'Organization'], ['周报', 'Organization'],
  ['商报', 'Organization'], ['电台', 'Organization'], ['厂', 'Company'], ['证券', 'Company'], ['商店', 'Company'], ['书店', 'Company'],
  ['饭店', 'Company'], ['宾馆', 'Company'], ['酒家', 'Company'], ['酒楼', 'Company'], ['酒店', 'Company'], ['商场', 'Company'], ['储蓄所', 'Company'], ['支行', 'Company'],
  ['分行', 'Company'], ['学校', 'ResearchInstitute'], ['中学', 'ResearchInstitute'], ['小学', 'ResearchInstitute'], ['高中', 'ResearchInstitute'],
  ['分校', 'ResearchInstitute'], ['公学', 'ResearchInstitute'], ['党', 'Organization'], ['组织', 'Organization'], ['基金', 'Organization'],
  ['设计院', 'ResearchInstitute'], ['卫生院', 'Organization'], ['福利院', 'Organization'], ['敬老院', 'Organization'], ['气象台', 'GovernmentBody'],
  ['足协', 'Organization'], ['体协', 'Organization'], ['篮协', 'Organization'], ['乒协', 'Organization'], ['田协', 'Organization'],
  ['排协', 'Organization'], ['泳协', 'Organization'], ['棋协', 'Organization'], ['书协', 'Organization'], ['美协', 'Organization'],
  ['音协', 'Organization'], ['剧协', 'Organization'], ['影协', 'Organization'], ['记协', 'Organization'], ['作协', 'Organization'], ['科协', 'Organization'], ['侨联', 'Organization'],
  ['文联', 'Organization'], ['工商联', 'Organization'], ['青联', 'Organization'], ['学联', 'Organization'], ['组委会', 'Organization'],
  ['筹委会', 'Organization'], ['村委会', 'GovernmentBody'], ['居委会', 'GovernmentBody'], ['执委会', 'Organization'], ['党组', 'GovernmentBody'],
  ['党支部', 'Organization'], ['党总支', 'Organization'], ['集团军', 'Organization'], ['部队', 'Organization'], ['交易所', 'Company'],
  ['事务所', 'Company'], ['派出所', 'GovernmentBody'], ['公安局', 'GovernmentBody'], ['检察署', 'GovernmentBody'], ['书局', 'Company'],
  ['联合体', 'Organization'], ['办公厅', 'GovernmentBody'], ['侨办', 'GovernmentBody'], ['台办', 'GovernmentBody'], ['港澳办', 'GovernmentBody'],
  ['综合保税区', 'DevelopmentZone'], ['自由贸易试验区', 'DevelopmentZone'], ['开发区', 'DevelopmentZone'],
  ['高新区', 'DevelopmentZone'], ['经开区', 'DevelopmentZone'], ['保税区', 'DevelopmentZone'], ['自贸区', 'DevelopmentZone'],
  ['产业园', 'DevelopmentZone'], ['科技园', 'DevelopmentZone'], ['工业园', 'DevelopmentZone'], ['生态城', 'DevelopmentZone'],
  ['新区', 'Region'], ['博物馆', 'Region'], ['美术馆', 'Region'], ['纪念馆', 'Region'], ['展览馆', 'Region'], ['图书馆', 'Region'],
  ['大会堂', 'Region'], ['植物园', 'Region'], ['公园', 'Region'], ['机场', 'Region'],
  ['产业集群', 'IndustrialCluster'], ['集群', 'IndustrialCluster'], ['谷', 'IndustrialCluster'],
  ['技术平台', 'Technology'], ['技术', 'Technology'],
  ['注射液', 'Product'], ['疫苗', 'Product'], ['芯片', 'Product'], ['操作系统', 'Product'], ['系统', 'Product'],
  ['大模型', 'Product'], ['小程序', 'Product'],
];

/** Suffixes that are only names when the part before them looks like a proper name (not generic words). */
export const WEAK_SUFFIXES = new Set(['系统', '技术', '平台', '中心', '部', '委', '局', '厅', '署', '谷', '集群', '社区', '队', '厂', '党', '组织', '基金', '人大', '政协']);

/** Words that end with a suffix character but are not names. */
export const NOT_NAMES = new Set([
  '布局', '格局', '大局', '全局', '结局', '开局', '当局', '局面', '时局', '僵局', '残局', '骗局', '变局', '困局', '出局', '全部', '内部', '外部', '东部', '西部', '南部', '北部',
  '中部', '总部', '干部', '局部', '头部', '底部', '部分', '本部', '党委', '山谷', '低谷', '峡谷', '谷底', '体系',
  '中心', '平台', '社区', '技术', '系统', '集群', '产业集群', '公司', '集团', '大学', '学院',
  '大部', '全党', '我党', '本党', '该党', '政党', '入党', '建党', '执政党', '反对党', '在野党', '两党', '各党', '军队', '部队', '团队',
  '排队', '梯队', '舰队', '乐队', '车队', '球队', '工厂', '厂房', '组织', '基金', '学校', '中学', '小学', '高中', '饭店', '宾馆',
  '商店', '书店', '酒店', '商场', '证券', '代表团', '代表队', '女队', '男队', '国会', '议会', '内阁', '工会', '剧院', '剧团',
  '常委', '政委', '评委', '治党', '参政党', '友党', '列队', '归队', '组队', '带队', '入队', '离队', '站队', '党组织', '基层组织', '结合部', '高等学校', '生产队', '突击队', '连队', '强队', '船队',
  '大厅', '候机厅', '餐厅', '客厅', '舞厅', '展厅', '门厅', '歌厅',
]);

/** Generic words: a name made only of these and a suffix is a common noun ("创新平台", "未来产业发展平台"). */
export const GENERIC_WORDS = new Set([
  '创新', '产业', '发展', '服务', '公共', '综合', '重点', '未来', '新兴', '前沿', '关键', '核心', '先进', '技术',
  '研发', '科技', '数据', '信息', '管理', '共享', '国际', '国内', '全国', '国家', '国家级', '省级', '市级', '区级',
  '相关', '有关', '领域', '服务', '公共服务', '优化', '统筹', '创新型', '引领型', '未来技术', '医疗', '人才', '各类', '各', '多个', '一批', '一个', '首个', '新', '新型', '高新', '高新技术', '典型', '专业', '特色',
  '龙头', '骨干', '优质', '领军', '上下游', '配套', '示范', '试点', '集聚', '产业化', '成果', '转化', '合作', '交流',
  '创业', '孵化', '应用', '工程', '建设', '运营', '平台', '网络', '智能', '数字', '数字化', '卡脖子', '硬核', '其他',
  '全球', '领先', '率先', '该', '这', '此', '本', '我', '我国', '全市', '全区', '全省', '区内', '市内', '一', '两', '三', '大', '小', '新一代',
  '中央', '地方', '联邦', '联合', '双方', '外国', '社会', '专门', '军事', '国营', '个体', '基层', '当地', '整个', '周围', '报业', '金融',
  '职业', '培训', '一流', '世界', '乡镇', '各级', '有关', '上级', '下级', '主管', '职能', '政府', '部门', '企业', '国有', '民营', '私营',
  '民间', '商业', '大型', '中型', '小型', '大中型', '中小', '中小型', '许多', '一些', '很多', '不少', '有的', '这些', '那些', '其他', '其它', '所有',
]);

/** The entity types scored and related as organisations. */
export const ORGANISATION_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['Company', 'ResearchInstitute', 'GovernmentBody', 'Organization']);

/** jieba tags of the words a body's field is made of (体育, 国际贸易, 海外投资, 信息服务): nouns, verbal nouns, abbreviations, idioms. */
export const FIELD_WORD_TAGS: ReadonlySet<string> = new Set(['n', 'ng', 'nz', 'vn', 'j', 'l', 'an']);

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
  '应', '已经', '曾经', '正在', '本报讯', '电', '讯', '用于', '敦促', '希望', '赞赏', '维护', '借入', '驻',
  '战胜', '击败', '负于', '输给', '力克', '迎战', '对阵', '逼平', '遇', '打', '使', '数', '牢记', '加入', '参加', '会见', '会晤', '领导',
  '帮助', '邀请', '接受', '提交', '申请', '退出', '进入', '返回', '回到', '离开', '访问', '致函', '致电', '写信', '宣布', '要求', '呼吁',
  '谴责', '批评', '指责', '赞扬', '感谢', '祝贺', '欢迎', '反对', '担任', '出任', '当选', '就任', '上任', '辞去', '任', '兼', '兼任',
  '走出', '走进', '考上', '创建', '创办', '兴办', '建', '办', '做', '买', '卖', '购买', '出卖', '经营', '鼓励', '具有', '贯彻', '落实',
  '治', '毅然', '重新', '先后', '历届', '此前', '卫冕', '冠军', '领头羊', '连同', '上周', '后果', '全市', '全省', '全县', '全区',
  '日电', '日讯', '请', '当', '正值', '代理', '参与', '积极', '种子', '上半场', '下半场', '卫冕冠军', '会同', '同意', '决定', '通过', '认定', '评为', '授予', '隶属于', '下属', '原',
  '代表', '有', '来', '历任', '曾任', '现任', '先后任', '调任', '升任',
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

/** Place tokens jieba tags `ns` that are not regions worth a node. */
export const NOT_REGIONS = new Set([
  '全国', '我国', '国内', '国际', '全球', '海外', '全市', '全区', '全省', '上市', '深水', '海洋', '海河', '云', '华', '瑞',
  '区内', '市区', '城区', '地区', '东部', '西部', '中部', '北方', '南方', '国外', '境外', '本市', '本区', '该市', '该区',
  // Common nouns jieba's dictionary tags `ns`.
  '城市', '东西', '南北', '爱国', '英雄', '朝廷', '太阳', '哥哥', '海洋', '湖泊', '大桥', '高原', '美丽', '建国', '山区', '江湖',
  '大街', '王国', '开国', '共和国', '城镇', '大都', '京城', '阿哥', '庆典', '深度', '山脉', '回国', '治安', '大国', '新鲜', '古城',
  '海峡', '河口', '冰川', '长度', '山水', '长大', '琉璃瓦', '莫非', '普及', '商城', '内河', '古典', '阴阳', '江山', '高山', '大海',
  '山坡', '河谷', '上马', '太平', '福利', '日志', '云集', '青春', '山河', '神圣', '桥头堡', '中路', '新建', '法西斯', '河水', '中断',
  '山洞', '都城', '关联', '海湾', '上半场', '湖水', '广义', '大圣', '上山', '兴国', '南门', '新城', '海关', '江水', '人山人海', '诸国',
  '沿河', '正南', '正北', '正东', '正西', '城乡', '乡村', '农村', '外地', '各地', '异国', '他乡', '故乡', '家乡', '老家', '下乡',
  '外国', '各国', '邻国', '本国', '两国', '强国', '小国', '城关', '城郊', '近郊', '远郊', '郊区', '山村', '渔村', '小镇', '集镇',
  '湖畔', '河畔', '江畔', '海边', '河边', '山下', '山上', '山中', '岛上', '海上', '国土', '疆土', '领土', '首都', '省城', '县城',
  '自治区', '直辖市', '特区', '经济区', '市县', '县市', '省市', '省区', '港澳同胞', '台胞', '侨乡',
  '大城市', '山城', '深海', '海滩', '沧桑', '密封', '大哥大', '台风', '商海', '大山', '四海', '下海', '上门', '上台', '上街', '深山',
  '山川', '江河', '冰山', '内海', '北国', '新春', '黑洞', '西瓜', '朝野', '长跑', '安宁', '滑坡', '珍藏', '回城', '山乡', '海滨', '蛟龙',
  '山崖', '山峰', '美化', '缅怀', '赞美', '贵宾', '上岗', '塞车', '中考', '延时', '广为', '科教兴国', '依法治国', '第三国', '七雄', '三国',
  '两汉', '莫大', '斐然成章', '原班人马', '一班人马', '重大意义', '半壁江山', '大江南北', '五壮士', '华滋', '福寿', '古建', '石坝', '南郊',
  '大部', '北方', '南方', '登山', '漫山', '落后', '扎根', '古庙', '灯塔', '深渊', '下坡', '千古', '北郊', '东郊', '西郊', '广开', '松脂', '五岳', '文明城市', '友好城市', '歇斯底里', '广漠', '广大干部', '台上台下', '日益壮大', '沧桑感',
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

/**
 * Common Chinese surnames (general knowledge: the most frequent single-character family names, and the double ones).
 * A person name is a surname followed by one or two given-name characters.
 */
export const SURNAMES = new CharSet(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍喻祁蒲房滕屈饶解牟艾尤穆卓古吉缪简项芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查苑迟邝谈匡鞠惠荆乐冀郁胥储栗燕楚鄢谌奚粟冼蔺厉阚',
);
export const DOUBLE_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '令狐', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '端木', '西门', '独孤', '南宫', '轩辕', '呼延']);

/** Characters used to transliterate foreign names (克林顿, 奥尔布赖特, 阿拉法特): a run of them is a foreign name. */
export const TRANSLITERATION_CHARS = new CharSet(
  '阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡菲费芬丰夫弗伏福富盖甘冈高戈哥格根古瓜圭哈海汉豪赫黑亨洪胡华怀霍基吉加贾杰捷金津卡凯坎康考柯科可克肯库奎昆拉腊莱赖兰朗劳勒雷蕾里理丽利莉连列林琳留柳卢鲁路吕伦罗洛马玛迈麦曼芒梅美门蒙米密明摩莫墨默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘佩蓬皮普齐奇恰乔切琴丘屈热茹瑞若萨塞桑瑟森沙莎善尚绍舍什施史斯松苏索塔泰坦汤唐特滕提图托瓦旺威韦维温文沃乌伍武西希锡谢辛休许雅亚扬耶伊因英尤于约泽扎詹兹佐卓茨帕伦顿圣涅堡罕珀撒逊翰桑瓜夸令芙卜契士佛通汗延别',
);

/** Words right after a name that show it is a person's (he said, comrade, Mr, a title). */
export const PERSON_CUES_AFTER = [
  '说', '表示', '指出', '认为', '强调', '介绍', '告诉', '称', '说道', '问', '答', '笑', '回忆', '透露', '宣布', '谈', '提出', '主持',
  '会见', '会晤', '接见', '出席', '致辞', '讲话', '发言', '等人', '一行', '夫妇', '夫人', '同志', '先生', '女士', '小姐', '教授',
  '老师', '师傅', '大夫', '医生', '博士', '院士', '总统', '总理', '首相', '主席', '书记', '部长', '外长', '议长', '省长', '市长',
  '县长', '局长', '厂长', '校长', '院长', '所长', '主任', '经理', '董事长', '总裁', '委员', '代表', '大使', '将军', '同学', '老人',
  '领导', '率领', '带领', '获得', '夺得', '担任', '当选', '签署', '访问', '抵达', '离开', '逝世', '去世', '生前', '本人', '自己',
  '曾', '也', '还', '则', '便', '又', '早已', '已经', '正在', '今年', '当时', '连续', '独得', '认真',
];
/** Titles and roles right before a name (总统克林顿, 记者王刚, 院长吴弦光). */
export const PERSON_CUES_BEFORE = [
  '总统', '总理', '首相', '主席', '副主席', '书记', '部长', '外长', '议长', '省长', '市长', '县长', '局长', '厂长', '校长', '院长',
  '所长', '主任', '经理', '董事长', '总裁', '委员', '代表', '大使', '将军', '教授', '记者', '通讯员', '作者', '编辑', '导演', '演员',
  '歌手', '选手', '队员', '运动员', '教练', '队长', '国务卿', '秘书长', '总干事', '发言人', '司令', '司令员', '政委', '主教', '国王',
  '王子', '公主', '女王', '皇帝', '老师', '同学', '医生', '护士', '农民', '工人', '画家', '作家', '诗人', '学者', '专家', '老人',
  '妻子', '丈夫', '儿子', '女儿', '父亲', '母亲', '哥哥', '姐姐', '弟弟', '妹妹', '会见', '会晤', '接见', '陪同', '询问', '看望', '慰问',
  '主帅', '前锋', '后卫', '中锋', '门将', '球员', '主教练', '总经理', '副总经理', '专员', '处长', '科长', '村长', '镇长', '乡长', '组长',
  '班长', '连长', '团长', '师长', '军长', '会长', '社长', '行长', '董事', '律师', '法官', '检察官', '战士', '烈士', '英雄', '模范',
  '冠军', '亚军', '名将', '棋手', '小将', '老将', '新秀', '得主', '主演', '演唱', '作曲', '指挥', '编剧', '摄影', '撰稿', '题词', '由',
  '民警', '警察', '干警', '村民', '市民', '居民', '职工', '客户', '学生', '农民工', '老板', '厂长', '司机', '工程师', '技术员', '会计',
  '女士', '少年', '姑娘', '小伙子', '孩子', '青年', '大学生', '研究生', '店主', '户主', '党员', '干部', '外长', '总书记', '报道', '摄',
];
/** Characters that do not end a given name (particles, suffixes of common words): 史诗性, 王霸之; authorship after a name (赵诚|著, 李松|译). */
export const NOT_GIVEN_CHARS = new CharSet('之性们者等里内外后时日年月以为所将被把从对向在于与和及或而但也又都就才很最更太再还已不没无是个这那其此每各某该本的了着过地得说们吗呢吧啊一二三四五六七八九十百千万亿两几第著译');

/** Honorifics after a bare surname (吴先生, 唐知县, 老王): the surname alone names the person. */
export const SURNAME_HONORIFICS = ['总书记', '主席', '医生', '某', '家', '先生', '女士', '小姐', '太太', '夫人', '老', '总', '同志', '知县', '大夫', '师傅', '老师', '教授', '书记', '主任', '局长', '县长', '市长', '省长', '厂长', '部长', '经理', '大娘', '大爷', '大妈', '大伯', '大姐', '大哥', '嫂',
  '总理', '副总理', '总统', '副主席', '委员长', '秘书长', '院长', '校长', '行长', '处长', '科长', '队长', '司令', '政委'];

/** One-character administrative levels that end a place's name (上海市, 河北省, 怀柔县). */
export const ADMIN_LEVEL_CHARS = new CharSet('省市县区州');
/** Single characters that end a place name (江苏如皋市, 城西乡, 黎明村, 泰山, 黄河). */
export const PLACE_SUFFIX_CHARS = new CharSet('省市县区乡镇村州岛山峰岭江河湖海湾港洲屯寨庄堡峪沟坡塬滩');
/** Multi-character endings of place names. */
export const PLACE_SUFFIX_WORDS = ['自治区', '自治州', '自治县', '特别行政区', '盆地', '山脉', '半岛', '群岛', '海峡', '沙漠', '草原', '大街', '水库', '次大陆'];
/** Generic heads after a place that are not part of its name (华北|地区, 淮河|流域, 江汉|平原). */
export const PLACE_HEADS = ['地区', '流域', '高原', '平原', '库区', '一带', '沿岸', '境内', '全境', '各地', '山区', '城区', '市区', '郊区', '农村', '边境', '上空', '海域'];

/** One-character short forms of countries, regions and provinces used in pairs and lists (中美, 港澳, 赣、粤、闽). */
export const PLACE_ABBREVIATIONS = new CharSet('中华美日英法德俄苏意韩朝印巴澳加越泰菲欧亚非港澳台京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕甘陇青宁新蒙哈卢智坦叙黎约伊葡荷挪匈墨孟缅柬埃');
/** Words after a pair of short forms that show they are places (中美两国, 港澳同胞, 中印边境). */
export const ABBREVIATION_HEADS = ['和谈', '谈判', '三方', '双方会谈', '之战', '两国', '关系', '双方', '友好', '合作', '两党', '边境', '边界', '贸易', '经贸', '会谈', '首脑', '峰会', '联合', '之间', '人民', '同胞', '地区', '对话', '建交', '外长', '合资', '战争', '军队', '双边', '三国', '四国', '各国', '等国', '两地', '三地', '高原', '流域', '铁路', '公路', '高速'];
/** A verb of travel before a one-character place (访华, 来京, 抵沪, 在华期间). */
export const TRAVEL_VERBS = ['访', '来', '抵', '赴', '在', '离', '返', '回', '驻', '援', '反', '旅', '留'];

/** Endings of venues and buildings (美术馆, 图书大厦, 国际机场): places, not organisations. */
export const VENUE_ENDINGS = ['美术馆', '博物馆', '纪念馆', '展览馆', '图书馆', '科技馆', '体育馆', '大厦', '机场', '广场', '体育场', '大厅', '候机厅', '展厅', '大会堂', '植物园', '动物园', '公园'];

/** China's provincial-level regions (general knowledge): before a lower-level place they are a place of their own. */
export const PROVINCES = new Set([
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆',
  '香港', '澳门', '广西壮族', '宁夏回族', '新疆维吾尔',
]);

/** Words of sub-units that follow their parent body's name and make one name with it (民盟|中央, 中国记协|主席团). */
export const UNIT_WORDS = new Set([
  '中央', '党组', '党委', '党团', '党支部', '党总支', '支部', '总支', '主席团', '书记处', '秘书处', '常委会', '团委', '纪委', '分会', '分社',
  '编辑部', '编辑室', '研究室', '办公室', '议会党团', '代表团', '代表队', '考察团', '访问团', '领导小组', '工作组', '专家组', '课题组', '创作组', '调查组',
]);

/** A word of Han characters only (CJK Unified Ideographs). */
export const HAN_WORD = /^[\u4e00-\u9fff]+$/u;
