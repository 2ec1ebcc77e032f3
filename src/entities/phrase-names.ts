import type { Mention } from '../types.js';
import { isGenericPhrase } from './boundary.js';
import type { SentenceContext } from './context.js';

const FIELD = /(侧重|专注于?|聚焦于?|围绕|深耕|发力|瞄准|布局|涉足)([\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:产业)?领域/g;
const FIRST_OF_KIND = /(首台|首套|首款|首艘|首颗|首架)([^，。、；并和的]{2,20}?)(?=并|，|。|、|和|；|$)/g;

/** Finds industry fields named in "侧重核酸药物领域", "专注细胞治疗领域". */
export function recognizeFieldPhrases(ctx: SentenceContext): Mention[] {
  const { sentence, tokens, text } = ctx;
  const mentions: Mention[] = [];
  for (const m of sentence.text.matchAll(FIELD)) {
    const start = sentence.start + m.index + m[1].length;
    const end = start + m[2].length;
    if (!isGenericPhrase(tokens, start, end, text, 0)) {
      mentions.push({ text: m[2], start, end, type: 'IndustryField', source: 'suffix' });
    }
  }
  return mentions;
}

/** Finds first-of-its-kind products: "自主研发首台2500米级超深水打桩锤". */
export function recognizeFirstOfKind(ctx: SentenceContext): Mention[] {
  const { sentence } = ctx;
  return [...sentence.text.matchAll(FIRST_OF_KIND)]
    .filter((m) => !/产品$|成果$/.test(m[2]))
    .map((m) => {
      const start = sentence.start + m.index + m[1].length;
      return { text: m[2], start, end: start + m[2].length, type: 'Product' as const, source: 'suffix' as const };
    });
}
