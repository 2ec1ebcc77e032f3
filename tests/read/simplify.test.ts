import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/entities/index.js';
import { EMPTY_LEXICON } from '../../src/lexicon/index.js';
import { toSimplified } from '../../src/read/simplify.js';
import { splitSentences } from '../../src/sentences/index.js';

const SEED = readFileSync(new URL('../fixtures/read/netease-seed.txt', import.meta.url), 'utf8');

describe('toSimplified', () => {
  it.each([
    ['Taiwan forms', '臺灣大學與天津濱海新區合作', '台湾大学与天津滨海新区合作'],
    ['an organisation name', '中國科學院天津工業生物技術研究所', '中国科学院天津工业生物技术研究所'],
    ['parentheses kept', '天津港（集團）有限公司', '天津港（集团）有限公司'],
    ['Hong Kong variants', '滙豐銀行衞生綫上', '汇丰银行卫生线上'],
    ['variant pairs to one form', '裏面裡面爲了為了', '里面里面为了为了'],
    ['phrase context picks the character', '乾燥的頭髮', '干燥的头发'],
    ['a word kept by the phrase table', '著名學者', '著名学者'],
    ['a variant alone', '爲', '为'],
    ['simplified text unchanged', '滨海新区打造信创谷', '滨海新区打造信创谷'],
    ['a simplified clause keeps a character both scripts use', '态势显著', '态势显著'],
    ['Latin, digits and punctuation unchanged', 'openKylin 社區 2024年「360」®', 'openKylin 社区 2024年「360」®'],
    ['a BMP character whose simplified form is supplementary stays', '㗲嗰', '㗲嗰'],
    ['supplementary characters and emoji unchanged', '𠀀🇨🇳👩‍💻濱海', '𠀀🇨🇳👩‍💻滨海'],
    ['lone surrogates unchanged', '\uD800濱\uDC00海', '\uD800滨\uDC00海'],
    ['empty', '', ''],
  ])('%s', (_, input, expected) => {
    expect(toSimplified(input)).toBe(expected);
  });

  it('finds a simplified name at the offset of its traditional form, so the original can be sliced', () => {
    const original = '據悉，天津濱海新區與南開大學共建「信創谷」。';
    const simplified = toSimplified(original);
    const start = simplified.indexOf('滨海新区');
    expect(start).toBe(5);
    expect(original.slice(start, start + '滨海新区'.length)).toBe('濱海新區');
    expect(original.slice(simplified.indexOf('南开大学'), simplified.indexOf('南开大学') + 4)).toBe('南開大學');
  });

  it('lets the recogniser find traditional names on the simplified copy, the original sliced at the same offsets', () => {
    const original = '據悉，天津大學與南開大學在濱海新區共建聯合實驗室。';
    const simplified = toSimplified(original);
    const mentions = recognizeEntities(simplified, splitSentences(simplified), EMPTY_LEXICON);
    const found = mentions.map((m) => [m.text, original.slice(m.start, m.end), m.type]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['天津大学', '天津大學', 'ResearchInstitute'],
        ['南开大学', '南開大學', 'ResearchInstitute'],
        ['滨海新区', '濱海新區', 'Region'],
      ]),
    );
    expect(recognizeEntities(original, splitSentences(original), EMPTY_LEXICON).map((m) => m.text)).not.toContain('濱海新區');
  });

  it('leaves the simplified seed article as it is', () => {
    expect(toSimplified(SEED)).toBe(SEED);
  });

  it('keeps the length and every non-Han character at its offset, for any text', () => {
    const hanzi = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code));
    const extension = fc.integer({ min: 0x3400, max: 0x4dbf }).map((code) => String.fromCharCode(code));
    const supplementary = fc.integer({ min: 0x20000, max: 0x2ffff }).map((code) => String.fromCodePoint(code));
    const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
    const unit = fc.oneof(
      { weight: 5, arbitrary: hanzi },
      { weight: 2, arbitrary: extension },
      { weight: 1, arbitrary: supplementary },
      { weight: 1, arbitrary: loneSurrogate },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join('');
        const simplified = toSimplified(text);
        expect(simplified.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          const isHan = /\p{Script=Han}/u.test(String.fromCodePoint(text.codePointAt(i)!));
          if (!isHan && !isLowSurrogate(text.charCodeAt(i))) expect(simplified[i], `offset ${i}`).toBe(text[i]);
          expect(isLowSurrogate(simplified.charCodeAt(i)), `offset ${i}`).toBe(isLowSurrogate(text.charCodeAt(i)));
        }
        expect(toSimplified(simplified)).toBe(simplified);
      }),
      { seed: 6, numRuns: 100 },
    );
  });
});

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
