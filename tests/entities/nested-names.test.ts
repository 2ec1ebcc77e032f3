import { describe, expect, it } from 'vitest';
import { organisations } from './recognized.js';

// Made-up sentences: a body and the sub-unit written after it are one name; words that only end like a unit are not units.
describe('bodies and their sub-units', () => {
  it.each<[string, string[]]>([
    ['他调到华北分局社会部工作。', ['华北分局社会部']],
    ['他在省委老干部局工作。', ['省委老干部局']],
    ['南方航空公司干部都来了。', ['南方航空公司']],
    // An ordinal may open the sub-unit.
    ['文艺出版社第三图书编辑室的同志说。', ['文艺出版社第三图书编辑室']],
    // A session's body with the administration whose session it is, a place or a bare level.
    ['他当选为省八届政协主席。', ['省八届政协']],
    ['湖北省七届人大常委会召开会议。', ['湖北省七届人大常委会']],
    ['第三届全国人大第一次会议在京召开。', ['第三届全国人大']],
    // The ordinal of a meeting is the meeting's, also with a qualifier before 会议; a group of nations by its count.
    ['第九届十五国集团首脑会议在京举行。', ['十五国集团']],
    ['下周７国集团财长会议讨论汇率。', ['７国集团']],
    ['南方航空公司全部航班恢复。', ['南方航空公司']],
  ])('in %s: %j', (text, names) => {
    expect(organisations(text)).toEqual(names);
  });
});
