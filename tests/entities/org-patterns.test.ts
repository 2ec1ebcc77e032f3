import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/entities/index.js';
import { EMPTY_LEXICON } from '../../src/lexicon/index.js';
import { splitSentences } from '../../src/sentences/index.js';

const ORG_TYPES = new Set(['Company', 'ResearchInstitute', 'GovernmentBody', 'Organization']);
const organisations = (text: string) =>
  recognizeEntities(text, splitSentences(text), EMPTY_LEXICON)
    .filter((m) => ORG_TYPES.has(m.type))
    .map((m) => m.text);

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
];

const NUMBERED_UNITS: Array<[string, string[]]> = [
  // A body, a place and its numbered units are one name.
  ['武警河南二总队五支队十三中队的官兵赶到现场。', ['武警河南二总队五支队十三中队']],
  ['市公安局三分局民警迅速出警。', ['市公安局三分局']],
  ['胜利油田３２０５钻井队工人加班加点。', ['胜利油田３２０５钻井队']],
  ['解放军三师八团完成了演习。', ['解放军三师八团']],
  // One military unit alone is no unit: 一连 'in a row'.
  ['北京一连下了三天雨。', []],
];

describe('organisation patterns', () => {
  it.each(FIELD_KINDS)('reads a kind before a body word as its field in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(RESTAURANTS)('finds restaurants in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(SHORT_INSTITUTES)('finds short forms of institutes in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(COMMON_NOUNS)('finds no organisation in the common noun phrase of %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(NUMBERED_UNITS)('joins numbered units to their body in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(TITLES)('finds the body inside a title in %s', (text, names) => expect(organisations(text)).toEqual(names));
  it.each(NATIONAL_FIELDS)('keeps a national start before a verb in %s', (text, names) => expect(organisations(text)).toEqual(names));
});
