import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/entities/index.js';
import { EMPTY_LEXICON, createLexicon, parseLexicon } from '../../src/lexicon/index.js';
import { splitSentences } from '../../src/sentences/index.js';

const recognize = (text: string, lexicon = EMPTY_LEXICON) => recognizeEntities(text, splitSentences(text), lexicon);
const names = (text: string) => recognize(text).map((m) => [m.canonical ?? m.text, m.type]);

// Sentences written for the tests (not from the seed article): the open recognisers must find these without a lexicon.
const CASES: Array<[string, Array<[string, string]>]> = [
  ['近日，苏州纳米科技有限公司与南京大学现代工程与应用科学学院签署协议。', [['苏州纳米科技有限公司', 'Company'], ['南京大学现代工程与应用科学学院', 'ResearchInstitute']]],
  ['据市工业和信息化局介绍，该项目获得国家发展和改革委员会支持。', [['市工业和信息化局', 'GovernmentBody'], ['国家发展和改革委员会', 'GovernmentBody']]],
  ['园区集聚了华为、中兴、大疆等龙头企业。', [['华为', 'Company'], ['中兴', 'Company'], ['大疆', 'Company']]],
  ['重点布局量子信息、合成生物、低空经济等未来产业领域。', [['量子信息', 'IndustryField'], ['合成生物', 'IndustryField'], ['低空经济', 'IndustryField']]],
  ['“光谷”以东湖高新区为核心。', [['光谷', 'IndustrialCluster'], ['东湖高新区', 'DevelopmentZone']]],
  ['市政府印发《关于加快发展低空经济的实施方案》。', [['关于加快发展低空经济的实施方案', 'Policy']]],
  ['一款名为安睿达®（CX-01）的新药获批。', [['安睿达', 'Product'], ['安睿达', 'Product']]],
  ['李强总理在上海考察。', [['李强', 'Person'], ['上海', 'Region']]],
];

describe('recognizeEntities without a lexicon', () => {
  it.each(CASES)('%s', (text, expected) => {
    const found = names(text);
    for (const e of expected) expect(found).toContainEqual(e);
  });

  it.each([
    ['我们要统筹全局，优化产业布局。'],
    ['加快建设创新平台和公共服务平台。'],
    ['推进重点领域关键技术攻关。'],
  ])('finds no name in generic text: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('gives offsets that point at the mention text', () => {
    const text = '天津市人民政府发布通知。康希诺、凯莱英等企业参加。';
    for (const m of recognize(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('recognizeEntities with a lexicon', () => {
  const lexicon = createLexicon(parseLexicon('name\ttype\ten\taliases\n麒麟软件有限公司\tCompany\tKylin Software\t麒麟软件|麒麟\n', 'test.tsv'));

  it('maps an alias to its canonical name and type', () => {
    const [m] = recognize('麒麟发布新版本。', lexicon);
    expect(m).toMatchObject({ text: '麒麟', canonical: '麒麟软件有限公司', type: 'Company', source: 'lexicon' });
  });
});
