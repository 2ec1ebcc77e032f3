import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createIndexBuilder, isLatinQuery, normalizeQuery, pinyinForms, searchEntities, type SearchEntry } from '../../viewer/src/search.js';
import { fixtureGraph } from './fixture.js';

const graph = fixtureGraph();
const index = buildSearchIndex(graph.mapNodes((key, a) => ({ key, label: a.label, labelEn: a.labelEn, aliases: a.aliases, importance: a.importance })));
const keys = (query: string, limit = 10) => searchEntities(index, query, limit).map((hit) => hit.key);

describe('searchEntities', () => {
  it.each([
    // query, expected first key, matched field
    ['飞腾', '飞腾', 'name'],
    ['信创', '信创谷', 'name'],
    ['飞腾信息技术', '飞腾', 'alias'],
    ['phytium', '飞腾', 'english'],
    ['Kylin', '麒麟软件', 'english'],
    ['feiteng', '飞腾', 'pinyin'],
    ['Fei Teng', '飞腾', 'pinyin'],
    ['ft', '飞腾', 'initials'],
    ['xinchuanggu', '信创谷', 'pinyin'],
    ['xcg', '信创谷', 'initials'],
    ['gaoxinqu', '滨海高新区', 'pinyin'],
    ['tianhe', '天河·天元', 'english'],
    ['tianjindaxue', '天津大学', 'pinyin'],
  ])('%s → %s (%s)', (query, key, field) => {
    const [first] = searchEntities(index, query, 10);
    expect(first?.key).toBe(key);
    expect(first?.field).toBe(field);
  });

  it('matches any part of a name, not only its start (实验室 finds both Haihe laboratories)', () => {
    expect(keys('实验室')).toEqual(expect.arrayContaining(['脑机交互与人机共融海河实验室', '细胞生态海河实验室']));
    expect(keys('海河')).toHaveLength(2);
  });

  it('matches an alias infix (高新区 finds 滨海高新区 through its alias)', () => {
    expect(keys('高新')).toContain('滨海高新区');
    expect(keys('麒麟')).toEqual(['麒麟软件']);
  });

  it('puts an exact name before prefix and infix matches', () => {
    const entries: SearchEntry[] = [
      { key: '滨海新区融媒体中心', label: '滨海新区融媒体中心', labelEn: 'Media Centre', aliases: [], importance: 0.9 },
      { key: '天津滨海新区', label: '天津滨海新区', labelEn: 'x', aliases: [], importance: 0.8 },
      { key: '滨海新区', label: '滨海新区', labelEn: 'Binhai New Area', aliases: [], importance: 0.1 },
    ];
    expect(searchEntities(buildSearchIndex(entries), '滨海新区', 10).map((hit) => hit.key)).toEqual(['滨海新区', '滨海新区融媒体中心', '天津滨海新区']);
  });

  it('returns nothing for an empty query or no match, and respects the limit', () => {
    expect(keys('')).toEqual([]);
    expect(keys('   ')).toEqual([]);
    expect(keys('不存在的实体')).toEqual([]);
    expect(keys('a', 3)).toHaveLength(3);
  });

  it('searches a hostile label as plain text', () => {
    expect(keys('<img')).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

describe('pinyinForms', () => {
  it.each([
    ['飞腾', 'feiteng', 'ft'],
    ['重庆', 'chongqing', 'cq'],
    ['360公司', '360gongsi', '360gs'],
    ['天河·天元', 'tianhetianyuan', 'thty'],
    ['openKylin社区', 'openkylinshequ', 'openkylinsq'],
    ['Phytium', 'phytium', 'phytium'],
  ])('%s → %s / %s', (name, full, initials) => {
    expect(pinyinForms(name)).toEqual({ full, initials });
  });

  it('normalises case, width and separators', () => {
    expect(normalizeQuery(' Fei’Teng ')).toBe('feiteng');
    expect(normalizeQuery('ＰＨＹＴＩＵＭ')).toBe('phytium');
  });
});

describe('createIndexBuilder', () => {
  it('builds in slices the same index as at once', () => {
    const entries = graph.mapNodes((key, a) => ({ key, label: a.label, labelEn: a.labelEn, aliases: a.aliases, importance: a.importance }));
    const builder = createIndexBuilder(entries);
    let steps = 0;
    while (!builder.step(0)) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(builder.finish()).toEqual(buildSearchIndex(entries));
    expect(createIndexBuilder(entries).finish()).toEqual(buildSearchIndex(entries));
  });

  it('answers Chinese and English queries before the pinyin is ready', () => {
    const entries = graph.mapNodes((key, a) => ({ key, label: a.label, labelEn: a.labelEn, aliases: a.aliases, importance: a.importance }));
    const partial = createIndexBuilder(entries).partial();
    expect(searchEntities(partial, '实验室', 10)).toEqual(searchEntities(index, '实验室', 10));
    expect(searchEntities(partial, 'Phytium', 10)[0]?.key).toBe('飞腾');
    expect(searchEntities(partial, 'feiteng', 10)).toEqual([]);
    expect([isLatinQuery('Fei Teng'), isLatinQuery('飞腾'), isLatinQuery('ft1')]).toEqual([true, false, true]);
  });
});
