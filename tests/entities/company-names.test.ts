import { describe, expect, it } from 'vitest';
import { organisations } from './recognized.js';

// Made-up sentences of the kind industry news is full of: the left edge of a company's or a school's name.
describe('company and school names', () => {
  it.each<[string, string[]]>([
    // 与 before a company jieba knows whole joins two parties; it is no part of the name.
    ['此外，科大讯飞与华为技术有限公司在合肥发布了新产品。', ['华为技术有限公司']],
    // A quarter opens a school's or a firm's name; on its own it is a direction.
    ['南方科技大学与深圳先进技术研究院签署协议。', ['南方科技大学', '深圳先进技术研究院']],
    ['东方航空公司开通新航线。', ['东方航空公司']],
    ['南方的大学很多。', []],
  ])('in %s: %j', (text, names) => {
    expect(organisations(text)).toEqual(names);
  });
});
