import { describe, expect, it } from 'vitest';
import { organisations, places, recognize } from './recognized.js';

// Made-up news sentences (not from any corpus): each rule with a case it fixes and a case it must leave alone.
const CASES: Array<[string, string, string[]]> = [
  // A known place with its level is a place, whatever its first character.
  ['a known place with its level', '调查表明，上海市有很多志愿者。', ['上海市']],
  ['a place word that is a verb phrase', '他们上山下乡多年。', []],
  // A one-character short form jieba leaves alone, before a state's word or 的.
  ['a short form before a state word', '俄总理今天宣布了新的预算。', ['俄']],
  ['a short form before 的', '到明年，澳的债务将减少一半。', ['澳']],
  ['a short form and 方', '葡方还向对方提供了草案。', ['葡']],
  ['an adjective, not a short form', '这里的风景很美的。', []],
  // A foreign place in transliteration characters before an administrative suffix, however jieba cut it.
  ['a transliterated city', '阿比林市的气温降到五摄氏度。', ['阿比林市']],
  ['a transliterated province', '这是普沃茨克省第一次举办文化月。', ['普沃茨克省']],
  ['a Chinese city is not taken further', '他在杭州市工作。', ['杭州市']],
  // A county of one character that jieba reads as a surname.
  ['a one-character county', '山东省曹县初步实现了小康。', ['山东省', '曹县']],
  ['a large county is no name', '这是一个农业大县。', []],
  // An ordinary word before a town's level, right after its city, is the town's name.
  ['a town after its city', '广东省中山市小榄镇有很多工厂。', ['广东省', '中山市', '小榄镇']],
  ['a town word without a city before it', '小榄镇上有很多工厂。', []],
  // Levels of other times and countries after a place jieba knows, and a subcontinent.
  ['a town level of another country', '他们的研究阵地位于岐阜县神冈町。', ['岐阜县', '神冈町']],
  ['a subcontinent', '印度次大陆的军备竞赛已经开始。', ['印度次大陆']],
  ['a mainland is no subcontinent', '他从大陆来。', []],
  ['a government is no old level', '市政府很重视这件事。', []],
  // A word jieba tags as a person's, ending like a place and opening with no common surname.
  ['a street jieba reads as a person', '记者来到红星路四段街口。', ['红星路']],
  ['a person whose name ends like a place', '王宝山说，明天下雨。', []],
  ['a family village jieba reads as a person', '走进余家村时，天已经黑了。', ['余家村']],
  // A list before a count of administrative units is a list of places.
  ['a list before a count of counties', '安多、聂荣两县恢复了生产。', ['安多', '聂荣']],
  ['a list before 等 and a count', '普兰店、庄河、盖州市等三市交界处很偏僻。', ['普兰店', '庄河', '盖州市']],
  ['a list before a count of other things', '张明、李华两个人来了。', []],
  // A place jieba tags as a person's, with its level, before a body: the body's name starts there.
  ['a county before its bureau', '北京市怀柔县民政局发出通知。', ['北京市']],
  // Short forms jieba cut into single characters, one tagged a place: two countries side by side.
  ['a pair cut into characters', '双方恪守中美三个联合公报。', ['中', '美']],
  ['a day and noon, not a pair', '今天５日中午他来了。', []],
  // A verb, a short form and a word in one token (在京举行, 对华政策).
  ['a short form inside a visit word', '代表团昨天在京举行会谈。', ['京']],
  ['a short form inside a policy word', '两国的对华政策不同。', ['华']],
  ['a word that only starts like one', '他在京剧院工作。', []],
  // A one-character place after a travel verb, whatever follows.
  ['a short form after 在', '他在京召集各方开会。', ['京']],
  ['a one-character common word after 在', '他们在云里飞行。', []],
  // A known place and 人: its people.
  ['a country and 人', '新加坡人很高兴。', ['新加坡']],
  ['an ordinary word and 人', '这是个好人。', []],
  // A venue's name starts after a one-character verb, a direction or common place noun, and a place before another.
  ['a venue after a verb', '他陪客人去西山植物园看花。', ['西山植物园']],
  ['a venue after a country and its city', '意大利米兰自然历史博物馆最近发表报告。', ['意大利', '米兰自然历史博物馆']],
  ['a venue after a direction and a common noun', '飞机降落在巴南部城市海德拉巴机场。', ['巴', '海德拉巴机场']],
  ['a venue named with its city', '他参观了上海博物馆。', ['上海博物馆']],
  ['a city before a venue jieba knows whole', '奥地利维也纳国家图书馆馆长取出了资料。', ['奥地利', '维也纳', '国家图书馆']],
  // A pair of short forms that is also a region's name, before dealings between two parties: two places.
  ['a pair before dealings', '中欧贸易额逐年增长。', ['中', '欧']],
  ['a region before a word that is no dealing', '中欧的天气很好。', ['中欧']],
  // The place in a dateline, between the paper and the date.
  ['a dateline place', '本报桂林４月６日电记者报道，比赛开始了。', ['桂林']],
  ['a dateline without a place', '本报四月七日电记者报道，比赛开始了。', []],
  // A known place and what is said of it in one place word: the place alone.
  ['a place and an event in one word', '香港回归纪念活动今天举行。', ['香港']],
  ['a place and a river stretch in one word', '雨带仍在长江中下游地区。', ['长江']],
  ['a country and its government in one word', '突尼斯政府发表声明。', ['突尼斯']],
  ['a place and a generic head in one word', '三峡库区共有一百多种鱼。', ['三峡']],
  ['a district is no generic head', '营口市鲅鱼圈区发展很快。', ['鲅鱼圈区']],
  ['a common word and a generic head in one word', '在我国北方地区，乡镇企业很多。', []],
  ['a province with its level stays whole', '西藏自治区成立四十周年。', ['西藏自治区']],
  ['a foreign name going on with a rare word stays whole', '几内亚比绍与塞内加尔举行会谈。', ['几内亚比绍', '塞内加尔']],
  // A known place inside a book's title is a mention of its own; the title stays whole.
  ['a place inside a title', '他写了《北京历史地图》一书。', ['北京']],
  ['a title without a known place', '他写了《走向未来》一书。', []],
  ['a title that is a place name names the work', '剧团演出了《天鹅湖》。', []],
  // A counted kind of body is no name, but the place before it still is one.
  ['a place before a counted kind of body', '有１２家墨西哥银行受到指控。', ['墨西哥']],
  ['a common word before a counted kind of body', '全市有１５家商业银行参加。', []],
];

describe('places by general rules', () => {
  it.each(CASES)('%s: %s', (_, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['北京市怀柔县民政局发出通知。', ['怀柔县民政局']],
    ['他在王明民政局工作。', ['民政局']],
    ['尽管印中央银行采取了措施，汇率仍在下跌。', ['印中央银行']],
    ['包括国家宗教党在内的右翼议员强烈反对。', ['国家宗教党']],
    ['国家海岸警卫队正在通力合作。', ['国家海岸警卫队']],
    ['这是一家国家工厂。', []],
  ])('a county jieba tags as a person, a country short form or 国家 opens the body after it, a person does not: %s', (text, expected) => {
    const bodies = organisations(text);
    expect(bodies).toEqual(expected);
  });

  it.each([
    ['他读了《王晓明回忆录》。', [['《王晓明回忆录》', 'Product'], ['王晓明', 'Person']]],
    ['书店里有《鲅鱼圈区地名志》。', [['《鲅鱼圈区地名志》', 'Product'], ['鲅鱼圈区', 'Region']]],
    ['他重读了《共产党宣言》。', [['《共产党宣言》', 'Product'], ['共产党', 'Organization']]],
    ['剧团演出了《天鹅湖》。', [['《天鹅湖》', 'Product']]],
  ])('finds the people, places and organisations named inside a title: %s', (text, expected) => {
    expect(recognize(text).map((m) => [m.text, m.type])).toEqual(expected);
  });

  it('keeps the title whole around the place it names', () => {
    const text = '他写了《北京历史地图》一书。';
    const mentions = recognize(text).map((m) => [m.text, m.type]);
    expect(mentions).toEqual([['《北京历史地图》', 'Product'], ['北京', 'Region']]);
  });
});
