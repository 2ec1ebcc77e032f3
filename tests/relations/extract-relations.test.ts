import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../src/lexicon/index.js';
import { extractCorpus, recognizeArticle } from '../../src/pipeline/index.js';

/** Relations found in one made-up article (not from the seed), without a lexicon. */
function relationsOf(text: string) {
  const article = { id: 't', title: '', url: null, date: null, source: 't', text };
  const { corpus } = extractCorpus([recognizeArticle(article, EMPTY_LEXICON)], EMPTY_LEXICON);
  return corpus.relations;
}

const CASES: Array<[string, string, string, string]> = [
  ['“光谷”以东湖高新区为核心，集聚了华为、中兴等龙头企业。', '华为', 'MEMBER_OF', '光谷'],
  ['“光谷”以东湖高新区为核心，集聚了华为、中兴等龙头企业。', '光谷', 'LOCATED_IN', '东湖高新区'],
  ['一款名为安睿达®的药物获得国家药品监督管理局批准上市。', '国家药品监督管理局', 'APPROVED', '安睿达'],
  ['武汉经开区侧重智能网联汽车领域。', '武汉经开区', 'FOCUSES_ON', '智能网联汽车'],
  ['苏州纳米研究所开发新一代固态电池技术。', '苏州纳米研究所', 'DEVELOPED', '固态电池技术'],
  ['北京大学先进材料实验室发布了成果。', '北京大学先进材料实验室', 'PART_OF', '北京大学'],
  ['合肥市政府印发《关于加快发展低空经济的实施方案》。', '合肥市政府', 'ISSUED', '关于加快发展低空经济的实施方案'],
];

describe('extractRelations', () => {
  it.each(CASES)('%s → %s %s %s', (text, source, relation, target) => {
    const found = relationsOf(text).find((r) => r.source === source && r.target === target && r.relation === relation);
    expect(found, JSON.stringify(relationsOf(text).map((r) => [r.source, r.relation, r.target]))).toBeDefined();
    // The evidence marks both entities and the sentence.
    const ev = found!.evidence;
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    if (ev.sourceSpan[0] >= 0) expect(ev.text.slice(...ev.sourceSpan).length).toBeGreaterThan(0);
  });

  it('gives an enumeration relation to each member', () => {
    const members = relationsOf('“光谷”集聚了华为、中兴、大疆等龙头企业。').filter((r) => r.relation === 'MEMBER_OF').map((r) => r.source);
    expect(members.sort()).toEqual(['中兴', '华为', '大疆']);
  });

  it('does not co-mention the members of one list with each other: they are linked through what they are members of', () => {
    const rels = relationsOf('“光谷”集聚了华为、中兴、大疆等龙头企业，武汉大学也参与其中。');
    const coMentioned = rels.filter((r) => r.relation === 'CO_MENTIONED').map((r) => [r.source, r.target].sort().join('~'));
    for (const pair of ['中兴~华为', '中兴~大疆', '华为~大疆']) expect(coMentioned).not.toContain(pair);
    expect(coMentioned).toEqual(expect.arrayContaining(['华为~武汉大学', '中兴~武汉大学']));
  });

  it('links entities that no pattern relates with CO_MENTIONED only', () => {
    const rels = relationsOf('华为技术有限公司和南京大学的代表出席了会议。');
    expect(rels.map((r) => r.relation)).toEqual(['CO_MENTIONED']);
  });
});
