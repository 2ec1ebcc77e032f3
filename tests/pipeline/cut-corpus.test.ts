import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { cutCorpus } from '../../src/pipeline/index.js';
import type { Corpus, Entity, EntityType, Relation } from '../../src/types.js';

const entity = (id: string, type: EntityType): Entity => ({ id, name: id, nameEn: id, type, aliases: [id], mentions: 1, articles: ['a'] });
const relation = (source: string, target: string): Relation => ({
  source,
  target,
  relation: 'CO_MENTIONED',
  trigger: '',
  evidence: { article: 'a', sentence: 0, start: 0, end: 1, text: 'x', trigger: '', sourceSpan: [-1, -1], targetSpan: [-1, -1], triggerSpan: [-1, -1] },
});
const corpus: Corpus = {
  articles: [{ id: 'a', title: 'a', url: null, date: null, source: 'a.txt' }],
  entities: [entity('华为', 'Company'), entity('中兴', 'Company'), entity('光谷', 'IndustrialCluster'), entity('武汉', 'Region')],
  relations: [relation('华为', '光谷'), relation('中兴', '光谷'), relation('华为', '武汉'), relation('华为', '中兴')],
};
const importance = new Map([['华为', 1], ['光谷', 0.8], ['中兴', 0.5], ['武汉', 0.5]]);
const ids = (c: Corpus) => c.entities.map((e) => e.id);
const pairs = (c: Corpus) => c.relations.map((r) => `${r.source}-${r.target}`);

describe('cutCorpus', () => {
  it.each([
    { name: 'top 2', options: { top: 2, importance }, entities: ['光谷', '华为'], relations: ['华为-光谷'] },
    { name: 'top 3: a tie on importance goes to the smaller id', options: { top: 3, importance }, entities: ['中兴', '光谷', '华为'], relations: ['华为-光谷', '中兴-光谷', '华为-中兴'] },
    { name: 'top larger than the corpus', options: { top: 10, importance }, entities: ['华为', '中兴', '光谷', '武汉'], relations: pairs(corpus) },
    { name: 'companies only', options: { types: ['Company'] as EntityType[] }, entities: ['华为', '中兴'], relations: ['华为-中兴'] },
    { name: 'companies and regions, top 2', options: { types: ['Company', 'Region'] as EntityType[], top: 2, importance }, entities: ['中兴', '华为'], relations: ['华为-中兴'] },
  ])('keeps $name and the relations between what it keeps', ({ options, entities, relations }) => {
    const cut = cutCorpus(corpus, options);
    expect(ids(cut)).toEqual(entities);
    expect(pairs(cut)).toEqual(relations);
    expect(cut.articles).toEqual(corpus.articles);
  });

  it.each([
    [{ top: 0, importance }, /--top: 0 is not a whole number/],
    [{ top: 2.5, importance }, /--top/],
    [{ types: ['Planet'] as unknown as EntityType[] }, /--types: unknown type "Planet"/],
    [{ types: [] as EntityType[] }, /--types/],
  ])('refuses %j with an OptionsError', (options, message) => {
    expect(() => cutCorpus(corpus, options)).toThrow(OptionsError);
    expect(() => cutCorpus(corpus, options)).toThrow(message);
  });
});
