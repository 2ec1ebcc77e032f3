/**
 * Word lists of the synthetic corpus: real Chinese naming patterns (region + brand + industry + suffix), real city and
 * university names, industry fields, policy titles and news phrasing. The combinations are invented; any match with a
 * real organisation is a coincidence.
 */

/** Cities (prefecture level and above), the `region` part of names. */
export const CITIES = [
  '苏州', '无锡', '南京', '杭州', '宁波', '合肥', '武汉', '成都', '重庆', '西安', '天津', '青岛', '济南', '郑州', '长沙', '广州',
  '深圳', '东莞', '佛山', '厦门', '福州', '南昌', '昆明', '贵阳', '南宁', '海口', '沈阳', '大连', '长春', '哈尔滨', '石家庄',
  '太原', '兰州', '银川', '常州', '南通', '徐州', '扬州', '温州', '嘉兴', '绍兴', '台州', '金华', '烟台', '潍坊', '唐山',
  '洛阳', '襄阳', '宜昌', '株洲', '珠海', '中山', '惠州', '泉州', '漳州', '芜湖', '绵阳', '镇江', '湖州', '淄博',
] as const;

/** Districts and areas inside cities, used in zone names and as name prefixes. */
export const DISTRICTS = [
  '江宁', '滨海', '临港', '西湖', '南山', '龙岗', '浦口', '江北', '高淳', '新吴', '相城', '吴中', '萧山', '余杭', '鄞州',
  '北仑', '蜀山', '东湖', '双流', '两江', '沣东', '黄岛', '历城', '航空港', '岳麓', '黄埔', '光明', '松山湖', '顺德', '海沧',
  '马尾', '红谷滩', '呈贡', '观山湖', '五象', '江东', '浑南', '金州', '净月', '松北', '正定', '小店', '兰州新区', '金凤',
] as const;

/** Suffixes of development zones. */
export const ZONE_SUFFIXES = ['高新区', '经开区', '经济技术开发区', '综合保税区', '自由贸易试验区', '科技园', '产业园', '生态城'] as const;

/** First and second characters of invented two-character brands (华芯, 瑞达, 中科 …). */
export const BRAND_FIRST = [
  '华', '中', '海', '天', '博', '康', '凯', '英', '星', '恒', '鼎', '融', '智', '云', '数', '锐', '联', '迈', '拓', '新',
  '金', '晶', '润', '宏', '泰', '安', '信', '航', '诺', '思', '源', '瑞', '德', '尚', '嘉', '创', '弘', '同', '威', '龙',
] as const;
export const BRAND_SECOND = [
  '芯', '达', '科', '光', '启', '瑞', '宁', '信', '诺', '河', '源', '盛', '通', '联', '图', '安', '捷', '影', '普', '泰',
  '微', '德', '创', '峰', '驰', '维', '讯', '鑫', '辉', '远', '拓', '合', '元', '亿', '锦', '澜', '麟', '衡', '睿', '曜',
] as const;

/** Industry words between a brand and a company suffix. */
export const COMPANY_INDUSTRIES = [
  '生物', '科技', '生物科技', '新材料', '医药', '智能', '信息技术', '电子', '半导体', '新能源', '环保', '精密', '智能装备',
  '数据', '软件', '航空', '海洋', '基因', '医疗', '机器人', '储能', '光电', '通信', '汽车',
] as const;

/** Company suffixes with their relative frequency. */
export const COMPANY_SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['有限公司', 6], ['股份有限公司', 3], ['集团', 1], ['科技有限公司', 2],
];

/** Research-institute suffixes for brand- or city-named institutes. */
export const INSTITUTE_SUFFIXES = ['研究院', '实验室', '研究所', '研究中心', '重点实验室'] as const;

/** Universities (real names, used as parents of laboratories). */
export const UNIVERSITIES = [
  '天津大学', '南开大学', '浙江大学', '南京大学', '东南大学', '复旦大学', '同济大学', '上海交通大学', '武汉大学', '华中科技大学',
  '中山大学', '四川大学', '西安交通大学', '哈尔滨工业大学', '山东大学', '厦门大学', '中南大学', '湖南大学', '大连理工大学',
  '吉林大学', '北京大学', '清华大学', '中国科学技术大学', '电子科技大学', '西北工业大学', '华南理工大学', '苏州大学', '郑州大学',
] as const;

/** Industry fields (future industries, manufacturing, services). */
export const FIELDS = [
  '生物制造', '合成生物', '核酸药物', '细胞治疗', '基因检测', '集成电路', '人工智能', '脑机接口', '量子信息', '商业航天',
  '低空经济', '氢能', '新型储能', '海洋装备', '工业互联网', '信创', '智能网联汽车', '高端医疗器械', '创新药', '新材料',
  '北斗导航', '卫星互联网', '智能机器人', '先进计算', '光伏', '锂电池', '生物医药', '数字经济', '绿色低碳', '现代中药',
] as const;

/** Application scenarios. */
export const SCENARIOS = [
  '智慧港口', '智慧医疗', '无人驾驶', '智能制造', '智慧城市', '低空物流', '智慧交通', '数字孪生工厂', '远程诊疗', '智慧农业',
  '车路协同', '智慧能源', '无人配送', '智慧养老', '智慧文旅',
] as const;

/** Product heads: a product name is a brand or an invented word followed by one of these. */
export const PRODUCT_HEADS = ['芯片', '大模型', '操作系统', '注射液', '疫苗', '小程序', '机器人', '检测试剂盒', '无人机', '服务器'] as const;

/** Government bodies of a city (the city name goes first). */
export const CITY_BODIES = ['市科学技术局', '市工业和信息化局', '市发展和改革委员会', '市商务局', '市人民政府', '市市场监督管理局'] as const;

/** National bodies that approve, award and issue. */
export const NATIONAL_BODIES = ['国家药品监督管理局', '工业和信息化部', '科学技术部', '国家发展和改革委员会', '国务院', '国家知识产权局'] as const;

/** Policy title patterns; `{place}` and `{field}` are filled in. */
export const POLICY_PATTERNS = [
  '{place}关于加快{field}产业高质量发展的若干措施',
  '{place}{field}产业发展三年行动计划',
  '{place}培育{field}新赛道行动方案',
  '{place}支持{field}产业创新发展的实施意见',
  '{place}{field}产业集群建设规划',
] as const;

/** Common surnames and given-name characters of people in the news. */
export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'] as const;
export const GIVEN_CHARS = ['伟', '明', '华', '强', '军', '平', '国', '建', '志', '海', '晓', '丽', '静', '敏', '磊', '涛', '鹏', '飞', '宇', '婷', '文', '斌', '勇', '峰', '琳', '颖'] as const;

/** Titles of people quoted in the news. */
export const PERSON_TITLES = ['董事长', '总经理', '院士', '主任', '局长', '首席科学家', '副市长', '教授'] as const;

/** Collective nouns after an enumeration (集聚了A、B、C等龙头企业). */
export const COMPANY_GROUP_NOUNS = ['龙头企业', '重点企业', '链主企业', '高新技术企业', '专精特新企业'] as const;

/** Sentences without entities: news phrasing, figures and quotes that carry no names. `{n}`, `{p}`, `{year}` are filled in. */
export const FILLERS = [
  '记者在现场看到，生产线上的机械臂正在有序作业，工人们忙着调试新到的设备。',
  '据了解，该项目总投资约{n}亿元，预计{year}年建成投产，达产后年产值可达{n}亿元。',
  '数据显示，今年前三季度，全市规模以上工业增加值同比增长{p}%，高于全国平均水平。',
  '“我们最看重的是这里的产业生态和人才储备。”一位企业负责人告诉记者。',
  '下一步，当地将持续优化营商环境，在用地、融资、人才等方面给予全方位支持。',
  '截至目前，已累计引进高层次人才团队{n}个，新增发明专利授权{n}件。',
  '业内人士认为，随着技术不断成熟和成本持续下降，相关产品有望迎来规模化应用。',
  '今年以来，园区新签约项目{n}个，计划总投资超过{n}亿元。',
  '从实验室到生产线，科技成果转化的链条正在不断缩短。',
  '据介绍，相关产品已出口到东南亚、中东和欧洲等{n}多个国家和地区。',
  '与此同时，一批公共技术服务平台和中试基地陆续投入使用，为初创团队提供了有力支撑。',
  '走进展厅，一块巨大的屏幕上实时显示着各条产线的运行数据。',
  '专家指出，未来五年将是产业发展的关键窗口期，需要在核心技术上持续攻关。',
  '去年，该领域全年实现营业收入{n}亿元，同比增长{p}%。',
  '工作人员介绍，新的检测流程将原来需要{n}天的周期缩短到了几个小时。',
  '政策发布后，已有{n}家企业提交了申报材料。',
] as const;
