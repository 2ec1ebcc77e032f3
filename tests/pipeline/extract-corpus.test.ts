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

describe('traditional Chinese', () => {
  const TRADITIONAL = '據悉，天津大學與南開大學簽署合作協議，雙方在濱海新區共建聯合實驗室。';
  const SIMPLIFIED = '天津大学与南开大学签署合作协议。';

  it('matches traditional names with their simplified form: one entity, the traditional form an alias', () => {
    const recognized = [article('zh-hant', TRADITIONAL), article('zh-hans', SIMPLIFIED)].map((a) => recognizeArticle(a, EMPTY_LEXICON));
    const { corpus } = extractCorpus(recognized, EMPTY_LEXICON);
    const byId = new Map(corpus.entities.map((e) => [e.id, e]));
    for (const [simplified, traditional] of [['天津大学', '天津大學'], ['南开大学', '南開大學'], ['滨海新区', '濱海新區']]) {
      expect(byId.get(simplified)?.aliases, simplified).toContain(traditional);
      expect(byId.has(traditional), traditional).toBe(false);
    }
    expect(byId.get('天津大学')?.articles).toEqual(['zh-hans', 'zh-hant']);
  });

  it('keeps the mentions and the evidence as written, at the offsets of the original text', () => {
    const [recognized] = [recognizeArticle(article('zh-hant', TRADITIONAL), EMPTY_LEXICON)];
    const { extractions } = extractCorpus([recognized], EMPTY_LEXICON);
    const { mentions, relations, sentences } = extractions[0];
    for (const m of mentions) expect(m.text).toBe(TRADITIONAL.slice(m.start, m.end));
    for (const s of sentences) expect(s.text).toBe(TRADITIONAL.slice(s.start, s.end));
    expect(mentions.map((m) => m.entity)).toEqual(expect.arrayContaining(['天津大学', '南开大学']));
    expect(relations.length).toBeGreaterThan(0);
    for (const { evidence } of relations) {
      expect(evidence.text).toBe(TRADITIONAL.slice(evidence.start, evidence.end));
      for (const [a, b] of [evidence.sourceSpan, evidence.targetSpan, evidence.triggerSpan]) {
        if (a >= 0) expect(b).toBeLessThanOrEqual(evidence.text.length);
      }
    }
  });

  it('finds the same relations in a traditional text as in its simplified form', () => {
    const simplified = '据悉，天津大学与南开大学签署合作协议，双方在滨海新区共建联合实验室。';
    const triples = (text: string) =>
      extractCorpus([recognizeArticle(article('a', text), EMPTY_LEXICON)], EMPTY_LEXICON)
        .corpus.relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.evidence.triggerSpan}`)
        .sort();
    expect(triples(TRADITIONAL)).toEqual(triples(simplified));
    expect(triples(TRADITIONAL).some((t) => t.includes('COOPERATES_WITH'))).toBe(true);
  });
});
