import { describe, expect, it } from 'vitest';
import { createLexicon, EMPTY_LEXICON, parseLexicon } from '../../src/lexicon/index.js';
import { resolveAliases, type ArticleMentions } from '../../src/resolve/index.js';
import type { EntityType, Mention } from '../../src/types.js';

/** The mentions of one article, found in `text` in order (each name at its first place after the previous one). */
function article(id: string, text: string, names: Array<[string, EntityType, string?]>): ArticleMentions {
  let from = 0;
  const mentions = names.map(([name, type, canonical]): Mention => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} is not in ${text}`);
    from = start + name.length;
    return { text: name, start, end: from, type, source: 'suffix', ...(canonical ? { canonical } : {}) };
  });
  return { article: id, mentions };
}

describe('resolveAliases', () => {
  it.each([
    ['a company and its short name', [article('a', '麒麟软件发布新品，麒麟表示', [['麒麟软件', 'Company'], ['麒麟', 'Company']])], '麒麟软件', ['麒麟', '麒麟软件']],
    ['a zone and its short form', [article('a', '滨海高新区和高新区', [['滨海高新区', 'DevelopmentZone'], ['高新区', 'DevelopmentZone']])], '滨海高新区', ['滨海高新区', '高新区']],
    ['a region with and without 市', [article('a', '天津市与天津', [['天津市', 'Region'], ['天津', 'Region']])], '天津', ['天津', '天津市']],
    ['an institute and its abbreviation', [article('a', '脑机交互与人机共融海河实验室即脑机交互海河实验室', [['脑机交互与人机共融海河实验室', 'ResearchInstitute'], ['脑机交互海河实验室', 'ResearchInstitute']])], '脑机交互与人机共融海河实验室', ['脑机交互与人机共融海河实验室', '脑机交互海河实验室']],
    ['a traditional surface under its simplified name', [article('a', '南開大學', [['南開大學', 'ResearchInstitute', '南开大学']]), article('b', '南开大学', [['南开大学', 'ResearchInstitute']])], '南开大学', ['南开大学', '南開大學']],
  ])('merges %s into one entity', (_, articles, id, aliases) => {
    const { entities, mentions } = resolveAliases(articles, EMPTY_LEXICON);
    const entity = entities.find((e) => e.id === id);
    expect(entity?.aliases).toEqual(aliases);
    for (const list of mentions.values()) for (const m of list) expect(m.entity).toBe(id);
  });

  it('keeps different companies apart even when one name starts with the other', () => {
    const { entities } = resolveAliases([article('a', '华为与华为云合作', [['华为', 'Company'], ['华为云', 'Company']])], EMPTY_LEXICON);
    expect(entities.map((e) => e.id)).toEqual(['华为', '华为云']);
  });

  it('states PART_OF and LOCATED_IN from names: a lab of a university, a cluster in a zone', () => {
    const text = '天津大学先进材料实验室和经开区小核酸产业集群';
    const { links } = resolveAliases([article('a', text, [['天津大学先进材料实验室', 'ResearchInstitute'], ['经开区小核酸产业集群', 'IndustrialCluster']])], EMPTY_LEXICON);
    expect(links.map((l) => [l.child, l.relation, l.parent])).toEqual([
      ['天津大学先进材料实验室', 'PART_OF', '天津大学'],
      ['经开区小核酸产业集群', 'LOCATED_IN', '经开区'],
    ]);
  });

  it('takes the name, type and English label of the lexicon, and counts mentions and articles', () => {
    const lexicon = createLexicon(parseLexicon('name\ttype\ten\taliases\n飞腾\tCompany\tPhytium\t飞腾信息技术有限公司\n', 'test.tsv'));
    const articles = [
      article('a', '飞腾信息技术有限公司位于滨海', [['飞腾信息技术有限公司', 'Organization']]),
      article('b', '飞腾发布新品，飞腾表示', [['飞腾', 'Company'], ['飞腾', 'Company']]),
    ];
    const { entities } = resolveAliases(articles, lexicon);
    expect(entities).toEqual([
      { id: '飞腾', name: '飞腾', nameEn: 'Phytium', type: 'Company', aliases: ['飞腾', '飞腾信息技术有限公司'], mentions: 3, articles: ['a', 'b'] },
    ]);
  });

  it('gives the type most mentions vote for', () => {
    const { entities } = resolveAliases([article('a', '信创谷、信创谷、信创谷', [['信创谷', 'IndustrialCluster'], ['信创谷', 'IndustrialCluster'], ['信创谷', 'Region']])], EMPTY_LEXICON);
    expect(entities[0]?.type).toBe('IndustrialCluster');
  });
});

describe('resolveAliases options', () => {
  it('leaves English labels out on request (kg extract prints none), the lexicon label kept', () => {
    const lexicon = createLexicon(parseLexicon('name\ttype\ten\taliases\n飞腾\tCompany\tPhytium\t\n', 'test.tsv'));
    const text = '飞腾与中电云脑合作';
    const { entities } = resolveAliases([article('a', text, [['飞腾', 'Company'], ['中电云脑', 'Company']])], lexicon, { englishLabels: false });
    expect(entities.map((e) => [e.id, e.nameEn])).toEqual([['中电云脑', ''], ['飞腾', 'Phytium']]);
  });
});
