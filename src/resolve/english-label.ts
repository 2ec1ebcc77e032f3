import { pinyin } from 'pinyin-pro';
import { tokenize } from '../entities/index.js';
import { SUFFIX_ENGLISH } from './defaults.js';

const HAN = /[\u4e00-\u9fff]/;

/** A readable English label for a Chinese name: word-grouped pinyin in title case, with the name's suffix translated. */
export function englishLabel(name: string, type?: string): string {
  if (type === 'Person' && HAN.test(name)) {
    // Family name first, given name second: 习近平 → Xi Jinping.
    const [family, ...given] = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
    return [capitalize(family), capitalize(given.join(''))].filter(Boolean).join(' ');
  }
  let head = name;
  let tail = '';
  for (const [suffix, english] of SUFFIX_ENGLISH) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      head = name.slice(0, -suffix.length);
      tail = english;
      break;
    }
  }
  const words: string[] = [];
  let latin = '';
  for (const t of tokenize(head, 0, true)) {
    if (HAN.test(t.word)) {
      if (latin) words.push(latin);
      latin = '';
      // Unknown words of four or more characters read best in two-character groups: 中电云脑 → Zhongdian Yunnao.
      const parts = t.tag === 'x' && t.word.length >= 4 ? (t.word.match(/.{1,2}/gu) ?? [t.word]) : [t.word];
      for (const part of parts) words.push(capitalize(pinyin(part, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')));
    } else if (!/^[\s·“”‘’《》()（）"]+$/.test(t.word)) {
      latin += t.word.trim();
    }
  }
  if (latin) words.push(latin);
  return [...words, tail].filter(Boolean).join(' ');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
