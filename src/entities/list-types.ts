import type { Mention } from '../types.js';
import { ORGANISATION_TYPES, TRANSLITERATION_CHARS } from './defaults.js';
import { mentionLists } from './mention-lists.js';

/** Suffixes written once for a whole list (甲、乙、丙公司: three companies). */
const SHARED_SUFFIX = /(?:公司|集团|银行|石油|航空|电气|汽车)$/u;
const COMMA_ONLY: ReadonlySet<string> = new Set(['、']);

/**
 * In a list whose last member is an organisation ending with a suffix written once for all (埃克森、美孚、阿莫科、谢夫隆公司;
 * 摩根·斯坦利、美林集团等), the members read as people are organisations of that type: a foreign company's name is
 * often read as a transliterated person's.
 */
export function retypeListMembers(text: string, mentions: Mention[]): Mention[] {
  const result = [...mentions];
  // Only 、 lists: 和 often joins people to the company they speak for (王某和某公司的代表).
  for (const list of mentionLists(text, mentions, COMMA_ONLY, () => true)) {
    const last = mentions[list[list.length - 1]];
    if (list.length < 2 || !ORGANISATION_TYPES.has(last.type) || !SHARED_SUFFIX.test(last.text)) continue;
    for (const k of list) if (mentions[k].type === 'Person' && isTransliterated(mentions[k].text)) result[k] = { ...mentions[k], type: last.type };
  }
  return result;
}

/** A foreign name written in transliteration characters (埃克森, 摩根·斯坦利), not a Chinese person's name. */
function isTransliterated(name: string): boolean {
  return TRANSLITERATION_CHARS.every(name.replace(/[·•]/gu, ''));
}
