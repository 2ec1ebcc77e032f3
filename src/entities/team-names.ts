import type { Mention } from '../types.js';
import { tokenAt } from './boundary.js';
import type { Token } from './tokenize.js';

/** Words of a match next to a place that make the place a team (巴西战胜苏格兰, 负于意大利, 中国以３∶１). */
const MATCH_WORDS = new Set([
  '战胜', '击败', '负于', '输给', '逼平', '战平', '淘汰', '迎战', '对阵', '力克', '大胜', '小胜', '险胜', '完胜', '横扫', '憾负', '不敌',
  '主场', '客场', '出线', '夺冠', '卫冕', '领先', '落后', '首发', '进球', '射门', '破门',
]);
const SCORE = /^[0-9０-９]+[∶:：][0-9０-９]+/u;

/** Places named as sides of a match are teams: their Region mentions become Organization (news corpora mark them so). */
export function retypeTeams(text: string, mentions: Mention[], tokens: Token[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'Region') return m;
    const first = tokenAt(tokens, m.start);
    const last = tokenAt(tokens, m.end - 1);
    if (first < 0 || last < 0 || tokens[first].start !== m.start || tokens[last].end !== m.end) return m;
    const before = tokens[first - 1]?.word ?? '';
    const after = tokens[last + 1]?.word ?? '';
    const scoreAfter = SCORE.test(text.slice(m.end, m.end + 8).replace(/^以/u, ''));
    return MATCH_WORDS.has(before) || MATCH_WORDS.has(after) || scoreAfter ? { ...m, type: 'Organization' } : m;
  });
}
