import { describe, expect, it } from 'vitest';
import { recognize } from './recognized.js';

const found = (text: string) => recognize(text).map((m) => [m.text, m.type]);

// Made-up news sentences (not from any corpus): names no lexicon lists, with the boundaries a reader would draw.
const PEOPLE: Array<[string, string[]]> = [
  ['记者王晓明报道，当地农民收入明显增加。', ['王晓明']],
  ['院长刘振华代表医院向患者致歉。', ['刘振华']],
  ['克林顿总统昨天抵达伦敦。', ['克林顿']],
  ['约翰·史密斯说，谈判仍在继续。', ['约翰·史密斯']],
  ['他邀请陈志刚先生一同出席。', ['陈志刚']],
  ['张海燕、李秀英、赵建国参加了比赛。', ['张海燕', '李秀英', '赵建国']],
  ['市纪委书记林继业在会上讲话。', ['林继业']],
];

const PLACES: Array<[string, string[]]> = [
  ['他出生在江苏如皋市城西乡。', ['江苏', '如皋市', '城西乡']],
  ['华北地区明天有小雨。', ['华北']],
  ['中美两国关系保持稳定。', ['中', '美']],
  ['代表团在华期间参观了工厂。', ['华']],
  ['巴西和阿根廷举行会谈。', ['巴西', '阿根廷']],
  ['浙江省温州市电力公司今年扩建了变电站。', ['浙江省']],
  ['会见在首都体育馆举行。', ['首都体育馆']],
  ['会议在伊萨卡举行。', ['伊萨卡']],
  ['华北大部有雨，前苏联解体后…', ['华北', '苏联']],
];

const ORGANISATIONS: Array<[string, string[]]> = [
  ['他曾任洪泽县委书记。', ['洪泽县委']],
  ['据《人民日报》报道，会议今天闭幕。', ['人民日报']],
  ['巴西队以２∶１战胜苏格兰队。', ['巴西队', '苏格兰队']],
  ['中共十五大提出了新的目标。', ['中共十五大']],
  ['南京中医药大学与苏州纳米科技有限公司签约。', ['南京中医药大学', '苏州纳米科技有限公司']],
  // A body and its unit are one name; a session's ordinal belongs to the body.
  ['日本滑雪协会技术委员会昨天发表声明。', ['日本滑雪协会技术委员会']],
  ['联合国难民署发表报告。', ['联合国难民署']],
  ['他当选为民盟中央副主席。', ['民盟中央']],
  ['第三届全国人大第一次会议在京召开。', ['第三届全国人大']],
  // A province before a lower-level place is a place of its own.
  ['浙江省温州市电力公司今年扩建了变电站。', ['温州市电力公司']],
  // Transliterated company names, national teams, quoted names and periodicals with their kind.
  ['他在卡特勒公司工作。', ['卡特勒公司']],
  ['他担任国家队助理教练。', ['国家队']],
  ['“田园学校”开学了。', ['田园学校']],
  ['“春苗计划”组委会发出倡议。', ['“春苗计划”组委会']],
  ['据《绿野》杂志报道，活动很成功。', ['《绿野》杂志']],
  // A Chinese administration's government is named with its place; without a place it is no name.
  ['河北省人民政府发布通知。', ['河北省人民政府']],
  ['县政府和中央政府都表示支持。', []],
  // Not names: counted kinds of body, venues, a verb ending like a body after one (签署).
  ['天津大学与南开大学签署合作协议。', ['天津大学', '南开大学']],
  ['全市有１５家商业银行参加。', []],
  ['会见在首都体育馆举行。', []],
];

const ORG_TYPES = new Set(['Company', 'ResearchInstitute', 'GovernmentBody', 'Organization']);

describe('open recognisers on names no lexicon knows', () => {
  it.each(PEOPLE)('finds the people in %s', (text, names) => {
    const people = found(text).filter(([, type]) => type === 'Person').map(([name]) => name);
    expect(people).toEqual(names);
  });

  it.each(PLACES)('finds the places in %s', (text, names) => {
    const places = found(text).filter(([, type]) => type === 'Region').map(([name]) => name);
    expect(places).toEqual(names);
  });

  it.each(ORGANISATIONS)('finds the organisations in %s', (text, names) => {
    const orgs = found(text).filter(([, type]) => ORG_TYPES.has(type)).map(([name]) => name);
    expect(orgs).toEqual(names);
  });

  it('names a country by the country, not its government', () => {
    expect(found('美国政府宣布了新的关税。')).toEqual([['美国', 'Region']]);
  });

  it('takes a bare surname before an honorific as the person', () => {
    expect(found('吴先生到了北京。')).toEqual([['吴', 'Person'], ['北京', 'Region']]);
  });

  it.each([
    ['我们要把这件好事办好。'],
    ['城市的东西南北都在变化。'],
    ['大家积极参与社区活动。'],
  ])('finds no person, place or organisation in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('mention propagation', () => {
  it('finds a name again in a later sentence, but not inside another word', () => {
    const text = '记者王晓明报道。王晓明还说。王晓明们很好。';
    const spans = recognize(text).filter((m) => m.text === '王晓明').map((m) => m.start);
    expect(spans).toContain(2);
    expect(spans).toContain(8);
    for (const m of recognize(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
