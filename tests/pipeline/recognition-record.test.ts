import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../src/lexicon/index.js';
import { decodeRecognition, encodeRecognition, recognizeArticle } from '../../src/pipeline/index.js';
import { readArticles } from '../../src/read/index.js';
import type { Article } from '../../src/types.js';
import { fixturePath } from '../fixtures/load.js';
import { readFileSync } from 'node:fs';

const seed = (): Article => {
  const path = fixturePath('articles/000_35b15ba85cb5f8c4.txt');
  return readArticles({ path, relPath: '000_35b15ba85cb5f8c4.txt', bytes: readFileSync(path) })[0];
};

describe('encodeRecognition / decodeRecognition', () => {
  const article = seed();
  const { sentences, mentions } = recognizeArticle(article, EMPTY_LEXICON);
  const record = encodeRecognition(article.text, sentences, mentions);

  it('gives back the sentences and mentions of the seed article exactly', () => {
    expect(mentions.length).toBeGreaterThan(50);
    expect(decodeRecognition(article.text, record)).toEqual({ sentences, mentions });
  });

  it('survives JSON (what the cache stores) and stays smaller than the objects it stands for', () => {
    const json = JSON.stringify(record);
    expect(decodeRecognition(article.text, JSON.parse(json))).toEqual({ sentences, mentions });
    expect(json.length).toBeLessThan(JSON.stringify({ sentences, mentions }).length / 2);
  });

  it('keeps a mention text that is not the text between its offsets, and its canonical name', () => {
    const text = '“数字中医人”小程序上线。';
    const own = [{ text: '数字中医人小程序', start: 0, end: 9, type: 'Product' as const, source: 'quote' as const, canonical: '数字中医人' }];
    const decoded = decodeRecognition(text, JSON.parse(JSON.stringify(encodeRecognition(text, [], own))));
    expect(decoded?.mentions).toEqual(own);
  });

  it('refuses a mention field it cannot carry, so a new field cannot be dropped silently', () => {
    const extra = [{ text: '天津', start: 0, end: 2, type: 'Region' as const, source: 'gazetteer' as const, score: 1 }];
    expect(() => encodeRecognition('天津', [], extra)).toThrow(/score/);
  });

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['odd sentence offsets', { sentences: [0], mentions: [] }],
    ['a sentence past the text', { sentences: [0, 999_999], mentions: [] }],
    ['a sentence ending before it starts', { sentences: [5, 2], mentions: [] }],
    ['a fractional offset', { sentences: [0.5, 2], mentions: [] }],
    ['an unknown type', { sentences: [], mentions: [[0, 2, 'Planet', 'suffix']] }],
    ['an unknown source', { sentences: [], mentions: [[0, 2, 'Region', 'guess']] }],
    ['a short tuple', { sentences: [], mentions: [[0, 2, 'Region']] }],
    ['a numeric canonical name', { sentences: [], mentions: [[0, 2, 'Region', 'lexicon', 7]] }],
    ['mentions not an array', { sentences: [], mentions: {} }],
  ])('reads %s as no record (a corrupted cache entry)', (_, value) => {
    expect(decodeRecognition(article.text, value)).toBeUndefined();
  });
});
