import type { Mention } from '../types.js';
import { ORGANISATION_TYPES, TRANSLITERATION_CHARS } from './defaults.js';

/** Suffixes written once for a whole list (甲、乙、丙公司: three companies). */
const SHARED_SUFFIX = /(?:公司|集团|银行|石油|航空|电气|汽车)$/u;

/**
 * In a list whose last member is an organisation ending with a suffix written once for all (埃克森、美孚、阿莫科、谢夫隆公司;
 * 摩根·斯坦利、美林集团等), the members read as people are organisations of that type: a foreign company's name is
 * often read as a transliterated person's.
 */
export function retypeListMembers(text: string, mentions: Mention[]): Mention[] {
  const result = [...mentions];
  let first = 0;
  for (let i = 0; i < mentions.length; i++) {
    const next = mentions[i + 1];
    // Only 、 lists: 和 often joins people to the company they speak for (王某和某公司的代表).
    if (next && next.start === mentions[i].end + 1 && text[mentions[i].end] === '、') continue;
    // mentions[first..i] is one list; its last member decides.
    const last = mentions[i];
    if (i > first && ORGANISATION_TYPES.has(last.type) && SHARED_SUFFIX.test(last.text)) {
      for (let k = first; k < i; k++) if (mentions[k].type === 'Person' && isTransliterated(mentions[k].text)) result[k] = { ...mentions[k], type: last.type };
    }
    first = i + 1;
  }
  return result;
}

/** A foreign name written in transliteration characters (埃克森, 摩根·斯坦利), not a Chinese person's name. */
function isTransliterated(name: string): boolean {
  return TRANSLITERATION_CHARS.every(name.replace(/[·•]/gu, ''));
}
