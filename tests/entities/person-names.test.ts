import { describe, expect, it } from 'vitest';
import { people } from './recognized.js';

// Made-up sentences. jieba's dictionary tags many ordinary words nr (高素质, 马路边, 马上会): a surname followed by an
// ordinary word is a name only with more evidence than the tag.
describe('person names', () => {
  it.each<[string, string[]]>([
    ['这支队伍需要高素质的人才。', []],
    ['孩子们在马路边玩耍。', []],
    ['双方马上会见记者。', []],
    // Without a common surname first, a word jieba tags nr needs a cue (花仙子/nr, 二连冠/nr); a common day is no given name.
    ['他喜欢花仙子的故事。', []],
    ['他看到了二连冠。', []],
    ['决赛于明天开始。', []],
    // A foreign name jieba knows as a place's (亚马孙河/ns) is the place; a person's stays a person.
    ['亚马孙的雨林正在减少。', []],
    ['叶利钦发表了电视讲话。', ['叶利钦']],
    // A name joined by a middle dot ends before an adverb or verb of the clause.
    ['瓦·尼古拉耶夫均表示同意。', ['瓦·尼古拉耶夫']],
    // A surname with a form of address or a title names the person, in one token or two.
    ['江总书记视察了工厂。', ['江']],
    ['李总理出席了会议。', ['李']],
    ['记者来到吕家门前。', ['吕']],
    ['记者找到了王某。', ['王']],
    ['国家统计局发布数据。这位元老很受尊敬。请把报表汇总一下。', []],
    // The character before an aspect particle is a verb, not the name's last; a time word may be a given name (国庆).
    ['记者刘晨作了报道。', ['刘晨']],
    ['赵国庆还修建了水渠。', ['赵国庆']],
    // A member listed between two people is a person, though its given name alone would not score.
    ['张海燕、杨影、李秀英出席了会议。', ['张海燕', '杨影', '李秀英']],
    ['张海燕、杨影和李秀英出席了会议。', ['张海燕', '杨影', '李秀英']],
    ['张海燕、方便面、李秀英都在名单上。', ['张海燕', '李秀英']],
    // A surname after 老 names the person; words that only start with 老 do not.
    ['老刘说，今年收成好。', ['刘']],
    ['老区人民生活改善了，老师们都来了。', []],
    // Authorship after a name is no part of it.
    ['这本书由王海涛著。', ['王海涛']],
    ['赵诚著的小说出版了。', ['赵诚']],
    // 家 after a surname starts a given name when a name character follows (骆|家|辉); a dotted name's first part may be a word jieba knows.
    ['州长骆家辉对议会说。', ['骆家辉']],
    ['钢琴家亚历山大·尼古拉耶夫举行了独奏音乐会。', ['亚历山大·尼古拉耶夫']],
    // Names jieba knows stay names, with a cue or in a list.
    ['黄登仁当选为理事长。', ['黄登仁']],
    ['总理李鹏会见了来宾。', ['李鹏']],
    ['张海燕、李秀英参加了比赛。', ['张海燕', '李秀英']],
  ])('in %s: %j', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});
