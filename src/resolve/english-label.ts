import { createRequire } from 'node:module';
import { tokenize } from '../entities/index.js';
import { PLACE_ENDINGS, SUFFIX_ENGLISH, WORD_ENGLISH } from './defaults.js';

const HAN = /[\u4e00-\u9fff]/;
/** Suffixes peeled from the end of one name at most: 天津经济技术开发区管委会 → 开发区 + 管委会. */
const MAX_SUFFIXES = 3;

type PinyinPro = typeof import('pinyin-pro');
let pinyinPro: PinyinPro | undefined;

/**
 * Toneless pinyin syllables of `text`, from pinyin-pro loaded on first use (its CommonJS build, synchronously): its
 * dictionaries take a fifth of a second to load, which `kg extract` (no English labels) should not pay.
 */
function pinyinSyllables(text: string, options: { surname?: 'head'; nonZh?: 'consecutive' }): string[] {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro;
  return pinyinPro.pinyin(text, { toneType: 'none', type: 'array', ...options });
}

/**
 * A readable English label for a Chinese name, where the lexicon has none:
 * 1. a person's name as family + given name in pinyin (习近平 → Xi Jinping);
 * 2. the name's suffixes translated (…经济技术开发区管委会 → Economic-Technological Development Area Administrative Committee);
 * 3. the rest word by word: common words from WORD_ENGLISH, places with their ending (天津市 → Tianjin Municipal),
 *    other words in title-case pinyin (unknown words of four or more characters in two-character groups).
 */
export function englishLabel(name: string, type?: string): string {
  if (type === 'Person' && HAN.test(name)) {
    const [family, ...given] = pinyinSyllables(name, { surname: 'head' });
    return [capitalize(family), capitalize(given.join(''))].filter(Boolean).join(' ');
  }
  let head = name;
  const tails: string[] = [];
  for (let i = 0; i < MAX_SUFFIXES; i++) {
    const hit = SUFFIX_ENGLISH.find(([suffix]) => head.endsWith(suffix) && head.length > suffix.length);
    if (!hit) break;
    tails.unshift(hit[1]);
    head = head.slice(0, -hit[0].length);
  }
  const tokens = tokenize(head, 0, true);
  const alone = tails.length === 0 && tokens.length === 1;
  const words: string[] = [];
  let latin = '';
  for (const t of tokens) {
    if (HAN.test(t.word)) {
      if (latin) words.push(latin);
      latin = '';
      words.push(...hanWords(t.word, t.tag, alone));
    } else if (!/^[\s·“”‘’《》()（）"]+$/.test(t.word)) {
      latin += t.word.trim();
    }
  }
  if (latin) words.push(latin);
  return [...words, ...tails].filter(Boolean).join(' ');
}

/** English words for one Chinese word: the glossary's, a place with its ending, a word with a known suffix, else pinyin. */
function hanWords(word: string, tag: string, alone: boolean): string[] {
  const known = WORD_ENGLISH.get(word);
  if (known) return [known];
  if (tag === 'ns') {
    const ending = PLACE_ENDINGS.find(([suffix]) => word.endsWith(suffix) && word.length > suffix.length + 1);
    if (ending) return [readPinyin(word.slice(0, -ending[0].length)), alone ? ending[2] : ending[1]];
  }
  // A word ending in a known suffix: 滨海新区 → Binhai New Area.
  const suffix = SUFFIX_ENGLISH.find(([ending]) => ending.length >= 2 && word.endsWith(ending) && word.length > ending.length);
  if (suffix) return [readPinyin(word.slice(0, -suffix[0].length)), suffix[1]];
  // Unknown words of four or more characters read best in two-character groups: 中电云脑 → Zhongdian Yunnao.
  const parts = tag === 'x' && word.length >= 4 ? (word.match(/.{1,2}/gu) ?? [word]) : [word];
  return parts.map(readPinyin);
}

function readPinyin(text: string): string {
  return capitalize(pinyinSyllables(text, { nonZh: 'consecutive' }).join(''));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
