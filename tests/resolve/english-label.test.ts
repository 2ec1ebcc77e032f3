import { describe, expect, it } from 'vitest';
import { englishLabel } from '../../src/resolve/index.js';

describe('englishLabel', () => {
  it.each([
    ['a person: family name, then given name', '习近平', 'Person', 'Xi Jinping'],
    ['a city as a whole name', '天津市', 'Region', 'Tianjin'],
    ['a province as a whole name', '河北省', 'Region', 'Hebei Province'],
    ['a municipal body: place, common words, suffix', '天津市交通运输委员会', 'GovernmentBody', 'Tianjin Municipal Transport Commission'],
    ['a provincial government', '河北省人民政府', 'GovernmentBody', "Hebei Provincial People's Government"],
    ['a national commission', '国家发展和改革委员会', 'GovernmentBody', 'National Development and Reform Commission'],
    ['suffixes peeled one after the other', '天津经济技术开发区管委会', 'GovernmentBody', 'Tianjin Economic-Technological Development Area Administrative Committee'],
    ['a policy title', '天津市智慧港口建设三年行动方案', 'Policy', 'Tianjin Municipal Smart Port Construction Three-Year Action Plan'],
    ['a company with its legal form', '中国交通建设集团有限公司', 'Company', 'China Transport Construction Group Co., Ltd.'],
    ['a place word with a known suffix inside a name', '滨海新区融媒体中心', 'Organization', 'Binhai New Area Rong Meiti Center'],
    ['an unknown brand in two-character groups', '中电云脑', 'Company', 'Zhongdian Yunnao'],
    ['a name with a suffix only', '信创谷', 'IndustrialCluster', 'Xinchuang Valley'],
    ['Latin and digits kept', 'openKylin社区', 'Organization', 'openKylin Community'],
    ['a one-character place word', '区政府办', 'GovernmentBody', 'District Government Office'],
  ])('%s: %s → %s', (_, name, type, expected) => {
    expect(englishLabel(name, type)).toBe(expected);
  });

  it('always gives printable ASCII for Chinese names', () => {
    for (const name of ['天津港保税区', '脑机交互与人机共融海河实验室', '《关于加快发展低空经济的实施方案》', '中国（天津）自由贸易试验区']) {
      expect(englishLabel(name)).toMatch(/^[\x20-\x7E]+$/);
    }
  });
});
