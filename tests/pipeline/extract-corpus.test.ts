import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../src/lexicon/index.js';
import { dedupeArticles, extractCorpus, recognizeArticle } from '../../src/pipeline/index.js';
import type { Article } from '../../src/types.js';

const article = (id: string, text: string): Article => ({ id, title: id, url: null, date: null, source: `${id}.txt`, text });
const A = '天津大学与南开大学签署合作协议。';
const B = '滨海新区集聚了飞腾、麒麟等龙头企业。';
const C = '国家药品监督管理局批准了该产品。';

describe('dedupeArticles', () => {
  it.each([
    { name: 'distinct articles', input: [['a', A], ['b', B]], ids: ['a', 'b'], duplicates: 0, renamed: 0 },
    { name: 'the same text under another id (a repost)', input: [['a', A], ['b', A]], ids: ['a'], duplicates: 1, renamed: 0 },
    { name: 'the same text three times', input: [['a', A], ['b', B], ['c', A], ['d', A]], ids: ['a', 'b'], duplicates: 2, renamed: 0 },
    { name: 'one id for two different texts (news.txt in two folders)', input: [['news', A], ['news', B]], ids: ['news', 'news~2'], duplicates: 0, renamed: 1 },
    { name: 'a renamed id that is taken too', input: [['n', A], ['n~2', B], ['n', C]], ids: ['n', 'n~2', 'n~3'], duplicates: 0, renamed: 1 },
  ])('$name', ({ input, ids, duplicates, renamed }) => {
    const recognized = input.map(([id, text]) => ({ article: article(id, text), sentences: [], mentions: [] }));
    const result = dedupeArticles(recognized);
    expect(result.unique.map((r) => r.article.id)).toEqual(ids);
    expect(result.duplicates).toBe(duplicates);
    expect(result.renamed).toBe(renamed);
  });
});

describe('extractCorpus', () => {
  it('counts identical articles once and keeps both articles that share an id', () => {
    const recognized = [article('a', A), article('b', A), article('x', B), article('x', C)].map((a) => recognizeArticle(a, EMPTY_LEXICON));
    const { corpus, duplicates, renamed } = extractCorpus(recognized, EMPTY_LEXICON);
    expect(corpus.articles.map((a) => a.id)).toEqual(['a', 'x', 'x~2']);
    expect([duplicates, renamed]).toEqual([1, 1]);
    const tianjin = corpus.entities.find((e) => e.id === '天津大学');
    expect(tianjin?.articles).toEqual(['a']);
    expect(corpus.relations.every((r) => ['a', 'x', 'x~2'].includes(r.evidence.article))).toBe(true);
  });

  it('finds in a corpus the same relations as in each article alone (name links stay with their article)', () => {
    const texts = ['天津大学先进医用材料与医疗器械全国重点实验室研发了新材料。', '天津大学与南开大学签署合作协议。', B];
    const alone = texts.flatMap((text, i) => extractCorpus([recognizeArticle(article(`t${i}`, text), EMPTY_LEXICON)], EMPTY_LEXICON).corpus.relations);
    const together = extractCorpus(texts.map((text, i) => recognizeArticle(article(`t${i}`, text), EMPTY_LEXICON)), EMPTY_LEXICON).corpus.relations;
    const triple = (r: { source: string; target: string; relation: string; evidence: { article: string } }) => `${r.evidence.article} ${r.source} ${r.relation} ${r.target}`;
    expect(together.map(triple).sort()).toEqual(alone.map(triple).sort());
    expect(together.some((r) => r.relation === 'PART_OF')).toBe(true);
  });
});
