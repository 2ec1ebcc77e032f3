import type { Mention } from '../types.js';
import { tokenAt } from './boundary.js';
import { mentionLists } from './mention-lists.js';
import type { Token } from './tokenize.js';

/** Words of a match next to a place that make the place a team (巴西战胜苏格兰, 负于意大利, 中国以３∶１). */
const MATCH_WORDS = new Set([
  '战胜', '击败', '负于', '输给', '逼平', '战平', '淘汰', '迎战', '对阵', '力克', '大胜', '小胜', '险胜', '完胜', '横扫', '憾负', '不敌',
  '主场', '客场', '夺冠', '破门', '踢平', '逼和', '战和', '惜败', '惨败',
]);
/** After a list of places, a count of teams (德国、法国和希腊四支国家队; 等八支球队): the places are the teams. */
const COUNT_OF_TEAMS = /^等?[0-9０-９一二三四五六七八九十两]+支[^，。；！？]{0,4}队/u;
/** Before a list of places, a group of a tournament (Ｅ组的美国、俄罗斯…): the places are its teams. */
const GROUP_BEFORE = /[A-ZＡ-Ｚ]组的?$/u;
/** After a pairing of two places (山东对江苏、广东对辽宁): the end of the pairing. */
const PAIRING_END = /^(?:[、，,；;。！]|$)/u;
const SCORE = /^[0-9０-９]+[∶:：][0-9０-９]+/u;
/** A team's members after its place (中国选手, 韩国队员). */
const MEMBER_WORDS = new Set(['选手', '队员', '球员', '运动员', '车手', '棋手', '骑手', '健儿', '名将']);
const LIST_JOINERS = new Set(['、', '和', '与', '及', '同']);
/** Playing for a place (代表巴西出战, 代表中国参赛): the place is the team. */
const REPRESENT_AFTER = new Set(['出战', '参赛', '参加', '出场', '比赛']);

/**
 * Places named as sides of a match are teams: their Region mentions become Organization (news corpora mark them so):
 * beside a match word or a score, before 选手/队员, played for (代表…出战), paired by 对 in a fixture list, or in a list
 * with a team, before a count of teams or after a tournament's group.
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
    const represents = before === '代表' && REPRESENT_AFTER.has(after);
    const team = MATCH_WORDS.has(before) || MATCH_WORDS.has(after) || MEMBER_WORDS.has(after) || scoreAfter || represents;
    return team ? { ...m, type: 'Organization' as const } : m;
  });
  // Pairings of two places (第一轮山东对江苏、广东对辽宁): both are teams.
  const paired = sided.map((m, i) => {
    if (m.type !== 'Region') return m;
    const [prev, next] = [sided[i - 1], sided[i + 1]];
    const pairsWith = (a: Mention | undefined, b: Mention | undefined) =>
      a !== undefined && b !== undefined && isPlaceOrTeam(a) && isPlaceOrTeam(b) && text.slice(a.end, b.start) === '对' && PAIRING_END.test(text.slice(b.end, b.end + 1));
    return pairsWith(m, next) || pairsWith(prev, m) ? { ...m, type: 'Organization' as const } : m;
  });
  // Lists of places (法国与南非队, 意大利、巴西队): a list with a team in it, followed by a count of teams or after a
  // tournament's group, is a list of teams.
  const result = [...paired];
  for (const list of mentionLists(text, paired, LIST_JOINERS, isPlaceOrTeam)) {
    const first = paired[list[0]];
    const last = paired[list[list.length - 1]];
    const teams =
      list.some((k) => isTeam(paired[k]) || (paired[k].type === 'Organization' && mentions[k].type === 'Region')) ||
      countsTeams(list.length, text.slice(last.end, last.end + 12)) ||
      GROUP_BEFORE.test(text.slice(Math.max(0, first.start - 3), first.start));
    if (teams) for (const k of list) if (paired[k].type === 'Region') result[k] = { ...paired[k], type: 'Organization' };
  }
  return result;
}

/** A count of teams after a list of places names them (德国、法国两支球队; 中国等八支球队), not after one (亚洲三支球队: Asia's). */
function countsTeams(members: number, after: string): boolean {
  return COUNT_OF_TEAMS.test(after) && (members >= 2 || after.startsWith('等'));
}

/** A place, or an organisation (a team among them). */
function isPlaceOrTeam(m: Mention): boolean {
  return m.type === 'Region' || m.type === 'Organization';
}

/** A team named as one (…队). */
function isTeam(o: Mention | undefined): boolean {
  return o !== undefined && o.type === 'Organization' && o.text.endsWith('队');
}
