import type { Mention } from '../types.js';
import { tokenAt } from './boundary.js';
import type { Token } from './tokenize.js';

/** Words of a match next to a place that make the place a team (巴西战胜苏格兰, 负于意大利, 中国以３∶１). */
const MATCH_WORDS = new Set([
  '战胜', '击败', '负于', '输给', '逼平', '战平', '淘汰', '迎战', '对阵', '力克', '大胜', '小胜', '险胜', '完胜', '横扫', '憾负', '不敌',
  '主场', '客场', '夺冠', '破门',
]);
const SCORE = /^[0-9０-９]+[∶:：][0-9０-９]+/u;
/** A team's members after its place (中国选手, 韩国队员). */
const MEMBER_WORDS = new Set(['选手', '队员', '球员', '运动员', '车手', '棋手', '骑手', '健儿', '名将']);
const LIST_JOINERS = new Set(['、', '和', '与', '及', '同']);

/**
 * Places named as sides of a match are teams: their Region mentions become Organization (news corpora mark them so):
 * beside a match word or a score, before 选手/队员, or listed with a team.
 */
export function retypeTeams(text: string, mentions: Mention[], tokens: Token[]): Mention[] {
  const sided = mentions.map((m) => {
    if (m.type !== 'Region') return m;
    const first = tokenAt(tokens, m.start);
    const last = tokenAt(tokens, m.end - 1);
    if (first < 0 || last < 0 || tokens[first].start !== m.start || tokens[last].end !== m.end) return m;
    const before = tokens[first - 1]?.word ?? '';
    const after = tokens[last + 1]?.word ?? '';
    const scoreAfter = SCORE.test(text.slice(m.end, m.end + 8).replace(/^以/u, ''));
    const team = MATCH_WORDS.has(before) || MATCH_WORDS.has(after) || MEMBER_WORDS.has(after) || scoreAfter;
    return team ? { ...m, type: 'Organization' as const } : m;
  });
  // A place listed with a team (法国与南非队, 意大利、巴西队) is a team too.
  return sided.map((m, i) => {
    if (m.type !== 'Region') return m;
    const prev = sided[i - 1];
    const next = sided[i + 1];
    const listed = (isTeam(next) && joined(text, m.end, next.start)) || (isTeam(prev) && joined(text, prev.end, m.start));
    return listed ? { ...m, type: 'Organization' as const } : m;
  });
}

function isTeam(o: Mention | undefined): o is Mention {
  return o !== undefined && o.type === 'Organization' && o.text.endsWith('队');
}

/** Two mentions [.., a) and [b, ..) joined by one listing word (、, 和, 与). */
function joined(text: string, a: number, b: number): boolean {
  return b - a === 1 && LIST_JOINERS.has(text[a]);
}
