import { describe, expect, it } from 'vitest';
import { organisations } from './recognized.js';

// Made-up news sentences (not from any corpus), one table per pattern: the organisations a reader would mark.
const TITLES: Array<[string, string[]]> = [
  // A country, a field jieba cuts into characters and 部长 before a name: the body is country + field + 部.
  ['委内瑞拉农牧部长佩雷斯近日表示，产量回升。', ['委内瑞拉农牧部']],
  ['秘鲁交通通信部长加西亚抵达北京。', ['秘鲁交通通信部']],
  // No place before the field, or no name after the title: no body.
  ['农牧部长佩雷斯近日表示，产量回升。', []],
];

const NATIONAL_FIELDS: Array<[string, string[]]> = [
  // A verb that opens a national body's field is inside its name.
  ['国家出版基金管理委员会今天发布公告。', ['国家出版基金管理委员会']],
];

const FIELD_KINDS: Array<[string, string[]]> = [
  // A kind of body before a body word is the body's field (the banks' supervisor), not a name of its own.
  ['联邦银行监管局发布了新规。', ['联邦银行监管局']],
  // A kind first in the text does not stop the walk from failing (it once read a token before the first).
  ['公司华北中心负责销售。', ['华北中心']],
  // Before a proper name a bare kind still ends the name.
  ['民间银行法国兴业银行表示关注。', ['法国兴业银行']],
];

const RESTAURANTS: Array<[string, string[]]> = [
  // Restaurants named after a proper name are companies; a bare kind is not.
  ['广州北园酒家生意兴隆。', ['广州北园酒家']],
  ['这家酒楼生意兴隆。', []],
];

const SHORT_INSTITUTES: Array<[string, string[]]> = [
  // A place, a field cut short and 所 or 院 as a word of its own: an institute's short form.
  ['他是华东民院毕业生。', ['华东民院']],
  ['成都电子所为企业提供服务。', ['成都电子所']],
  // 所 before a verb is a particle.
  ['这种做法为上海市民所喜爱。', []],
];

const COMMON_NOUNS: Array<[string, string[]]> = [
  // A verb before a determiner takes the phrase as its object: no name starts at the verb.
  ['这笔投入将改善整个社区的环境。', []],
  // Graded, a kind of body is a class of bodies.
  ['全省甲级设计院都参加了评比。', []],
  // jieba tags some activities nt; a body's name does not end with a verb.
  ['市民观看了花车游行。', []],
  // A suffix word before an aspect particle is a verb (学会|了), and a situation is no bureau (僵局, 时局).
  ['这位店主学会了三种语言。', []],
  ['双方打破了谈判僵局。', []],
  // A bureau whose name ends like one of those words is still a bureau (财政局 ends 政局, not a listed word).
  ['深圳市财政局筹集了资金。', ['深圳市财政局']],
];

const NUMBERED_UNITS: Array<[string, string[]]> = [
  // A body, a place and its numbered units are one name.
  ['武警河南二总队五支队十三中队的官兵赶到现场。', ['武警河南二总队五支队十三中队']],
  ['市公安局三分局民警迅速出警。', ['市公安局三分局']],
  ['胜利油田３２０５钻井队工人加班加点。', ['胜利油田３２０５钻井队']],
  ['解放军三师八团完成了演习。', ['解放军三师八团']],
  // One military unit alone is no unit: 一连 'in a row'.
  ['北京一连下了三天雨。', []],
  // Schools and works named by a number, with their place; a count (三所中学) or a field before the number is not one.
  ['天津市８２中学举行了运动会。', ['天津市８２中学']],
  ['她在第十二中学任教。', ['第十二中学']],
  ['３０５厂完成了任务。', ['３０５厂']],
  ['全县有三所中学。', []],
  ['她租用了市机械二厂的厂房。', []],
];

const LEFT_EDGES: Array<[string, string[]]> = [
  // A time or a session before a body says when, not who.
  ['近年来国家体委加大了对青少年体育的投入。', ['国家体委']],
  ['上届执委会通过了新章程。', []],
  // An era is a word of a name (jieba tags 现代 a time).
  ['他考入南京大学现代工程与应用科学学院。', ['南京大学现代工程与应用科学学院']],
  // A body jieba knows whole takes a place or a level before it, not a verb or a common noun jieba mistags.
  ['他荣获中宣部颁发的奖项。', ['中宣部']],
  ['这次活动的主题中国作协很重视。', ['中国作协']],
  ['加拿大严惩犯罪加拿大司法部表示支持。', ['加拿大司法部']],
  ['国家质量技术监督局发布了抽查结果。', ['国家质量技术监督局']],
  // Two parties joined by 与 are two names, not one (a place, a person or an adverb before 与); a country beside a team
  // in a match is a team too.
  ['昨天法国与南非队进行了比赛。', ['法国', '南非队']],
  ['中国图片社正与中国人民保险公司洽谈合作。', ['中国图片社', '中国人民保险公司']],
  // A verb right after a body's name is what the body does.
  ['美国航空集团结成业务联盟。', ['美国航空集团', '业务联盟']],
  // After a country that opens the clause, a verb or a stop word a few words on is a word of the body's field.
  ['韩国对外贸易促进协会会长来访。', ['韩国对外贸易促进协会']],
  ['德国出口信用担保公司决定投资。', ['德国出口信用担保公司']],
  // A function word is not (…公司|将|公司…中心).
  ['这家摩托车公司将公司西南中心迁往重庆。', ['摩托车公司', '西南中心']],
];

const TEAMS: Array<[string, string[]]> = [
  // Places paired by 对 in a fixture list are teams.
  ['第二轮河南对湖北、浙江对福建。', ['河南', '湖北', '浙江', '福建']],
  // A list of places followed by a count of teams, or after a tournament's group, lists teams.
  ['本次邀请赛有荷兰、比利时和瑞士三支球队参加。', ['荷兰', '比利时', '瑞士']],
  ['Ｂ组的智利、秘鲁出线。', ['智利', '秘鲁']],
  // One place before a count of teams owns them (Asia's three teams), and a trade between two places is no match.
  ['本届比赛，非洲三支球队全部出局。', []],
  ['今年日本对韩国出口增长了两成。', []],
  // Playing for a place makes it the team.
  ['他们将代表智利出战。', ['智利']],
  ['他将代表智利访问北京。', []],
];

const PERIODICALS: Array<[string, string[]]> = [
  // A title that reports, publishes or is counted among periodicals is a periodical, named inside its marks.
  ['据《环球观察》报道，会议推迟。', ['环球观察']],
  ['《少年科学》、《数学天地》和《小发明家》等三家期刊联合发起。', ['少年科学', '数学天地', '小发明家']],
  ['那篇文章发表在《物理前沿》上。', ['物理前沿']],
  // A book read is no periodical.
  ['他读完了《围城》。', []],
];

const SHARED_SUFFIXES: Array<[string, string[]]> = [
  // A suffix written once for a list makes its members read as people companies too.
  ['参与竞标的有美国的埃克斯、阿莫斯、霍普金斯公司。', ['埃克斯', '阿莫斯', '霍普金斯公司']],
  ['如卡洛斯·斯坦利、美林集团等公司表现上乘。', ['卡洛斯·斯坦利', '美林集团']],
  // Chinese people, or people joined by 和, stay people.
  ['王建国、李明和霍普金斯公司的代表出席。', ['霍普金斯公司']],
  ['王建国、李明、霍普金斯公司的代表出席。', ['霍普金斯公司']],
];

describe('organisation patterns', () => {
  it.each(SHARED_SUFFIXES)('gives the suffix written once to the members of %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(PERIODICALS)('reads the periodicals of %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(TEAMS)('reads the places of %s as teams where they play', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(LEFT_EDGES)('starts each organisation where its name starts in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(FIELD_KINDS)('reads a kind before a body word as its field in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(RESTAURANTS)('finds restaurants in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(SHORT_INSTITUTES)('finds short forms of institutes in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(COMMON_NOUNS)('finds no organisation in the common noun phrase of %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(NUMBERED_UNITS)('joins numbered units to their body in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(TITLES)('finds the body inside a title in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(NATIONAL_FIELDS)('keeps a national start before a verb in %s', (text, names) => expect(organisations(text)).toEqual(names));
});
