import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/index.js';

const CASES: Array<[string, string[]]> = [
  ['天津发布新政。滨海新区落地项目！真的吗？', ['天津发布新政。', '滨海新区落地项目！', '真的吗？']],
  ['他说：“我们成功了。”随后离开。', ['他说：“我们成功了。”', '随后离开。']],
  ['合同交易额5.86亿元。第二句', ['合同交易额5.86亿元。', '第二句']],
  ['Notice: it works. Next one here', ['Notice: it works.', 'Next one here']],
  ['标题\n\n正文第一句；正文第二句', ['标题', '正文第一句；', '正文第二句']],
  ['', []],
];

describe('splitSentences', () => {
  it.each(CASES)('splits %j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives offsets that point at the sentence in the text', () => {
    const text = '  第一句。\n 第二句！  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
