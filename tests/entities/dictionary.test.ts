import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { forEachLine, frequencyOf, isDictionaryWord, tagOf } from '../../src/entities/dictionary.js';
import { givenNameScore } from '../../src/entities/name-model.js';
import { tokenize } from '../../src/entities/tokenize.js';

describe('jieba dictionary look-up', () => {
  it.each([
    ['中国', 'ns'],
    ['国务院', 'nt'],
    ['的', 'uj'],
    ['鲅鱼圈区', 'n'],
    ['ABC', 'eng'],
    ['2024', 'm'],
    ['吴弦光', 'x'],
  ])('tags %s as %s', (word, tag) => {
    expect(tagOf(word)).toBe(tag);
  });

  it('knows dictionary words and their frequencies', () => {
    expect(isDictionaryWord('北京')).toBe(true);
    expect(isDictionaryWord('吴弦光')).toBe(false);
    expect(frequencyOf('北京')).toBeGreaterThan(1000);
    expect(frequencyOf('吴弦光')).toBe(0);
  });

  it('finds every word of the dictionary, and nothing for an empty word', () => {
    const missing: string[] = [];
    forEachLine((text, start, wordEnd, frequency) => {
      const word = text.slice(start, wordEnd);
      if (frequencyOf(word) !== frequency) missing.push(word);
    });
    expect(missing).toEqual([]);
    expect(isDictionaryWord('')).toBe(false);
  });

  it("gives the same words and tags as jieba's own tagger, with offsets into the text", () => {
    const jieba = Jieba.withDict(dict);
    const text = '营口市鲅鱼圈区区长刘忠泽指出，ABC公司2024年在华投资。\n第二行：克林顿总统访华。';
    const tokens = tokenize(text);
    const expected = jieba.tag(text, false);
    // Words made of an organisation and a title are split (区长 is not; 县委书记 would be): compare the rest.
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(tokens.map((t) => [t.word, t.tag])).toEqual(expected.map((t) => [t.word, t.tag]));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it.each([
    ['县委书记', ['县委', '书记']],
    ['人大代表', ['人大', '代表']],
    ['政协委员', ['政协', '委员']],
    ['常务委员', ['常务委员']],
  ])('splits an organisation word from the title after it: %s', (word, parts) => {
    expect(tokenize(word).map((t) => t.word)).toEqual(parts);
  });
});

describe('given-name model', () => {
  it('scores name characters above particles and verbs', () => {
    for (const name of ['伟', '芳', '秀', '志']) {
      for (const other of ['的', '了', '是', '说']) expect(givenNameScore(name)).toBeGreaterThan(givenNameScore(other));
    }
  });
});
