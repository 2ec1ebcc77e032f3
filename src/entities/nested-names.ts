import { CharSet } from './char-set.js';
import type { Mention } from '../types.js';
import { tokenAt } from './boundary.js';
import { ORGANISATION_TYPES, NOT_NAMES, PROVINCES, UNIT_WORDS } from './defaults.js';
import { isPlaceName } from './gazetteer.js';
import type { Token } from './tokenize.js';

/** Ordinal of a session or term before a body (第三届全国人大, 首届董事会, 省八届政协). */
const SESSION = /(?:第[0-9０-９一二三四五六七八九十百零]+|首|[一二三四五六七八九十]+)届$/u;
/** One-character endings of sub-units (中文系, 财务处, 规划司, 编辑室, 保卫科). */
const COUNTED = /[0-9０-９一二三四五六七八九十两几百千万多]+[家个所座支间]$/u;
const ORDINAL = /^第[0-9０-９一二三四五六七八九十]+$/u;
const MEETING = /^(?:首脑|部长|外长|财长|领导人)?(?:会议|大会|会|年会|全会|例会)/u;
const UNIT_LAST_CHARS = new CharSet('系处司室科组部局');
const UNIT_TAGS = new Set(['n', 'nz', 'nt', 'j', 'x', 'vn']);
const PROVINCE_FORMS = /^(?:省|市|自治区|特别行政区)?/u;
const PROVINCE_LENGTHS = [...new Set([...PROVINCES].map((p) => p.length))].sort((a, b) => b - a);

/**
 * Organisation names as news corpora draw them: a body and its sub-unit written together are one name (日本滑雪协会
 * + 技术委员会, 民盟 + 中央, 某大学 + 文学院 + 中文系); a session's ordinal belongs to the body (第三届全国人大), with the
 * administration whose session it is (湖北省七届人大, 省八届政协); a province before a lower-level place is a place of its
 * own (浙江省 | 温州市电力公司).
 */
export function refineOrganisations(text: string, mentions: Mention[], tokens: Token[]): Mention[] {
  // 1. Merge runs of organisations written without a gap, and take a sub-unit word that follows.
  const merged: Mention[] = [];
  for (const m of mentions) {
    const last = merged[merged.length - 1];
    // (Not two names each known whole, 中组部|全国妇联.)
    // (A sub-unit jieba knows whole still joins its body: 晋察冀分局|社会部.)
    const knownWhole = (m.source === 'gazetteer' || m.source === 'pos') && !isSubUnitWord(m.text);
    if (last && isOrganisation(last) && isOrganisation(m) && last.end === m.start && !last.canonical && !m.canonical && !knownWhole) {
      merged[merged.length - 1] = { ...m, text: text.slice(last.start, m.end), start: last.start };
    } else {
      merged.push(m);
    }
  }
  const result: Mention[] = [];
  for (let i = 0; i < merged.length; i++) {
    let m = merged[i];
    // 2. Counted, a kind of body is a common noun (１５家商业银行, ３个加工厂), unless it is a known name.
    if (isOrganisation(m) && m.source !== 'gazetteer' && !m.canonical && COUNTED.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    if (isOrganisation(m) && !m.canonical) {
      const end = unitEnd(m.end, tokens, merged[i + 1]?.start ?? text.length);
      // The ordinal of a meeting (第十届|亚洲体育理事会|会议, 第九届|１５国集团|首脑会议) is not the body's.
      const meeting = MEETING.test(text.slice(end, end + 5));
      const session = meeting || text[m.start - 1] !== '届' ? null : SESSION.exec(text.slice(Math.max(0, m.start - 6), m.start));
      const sessionStart = session && (result.length === 0 || result[result.length - 1].end <= m.start - session[0].length) ? m.start - session[0].length : m.start;
      // The administration whose session it is (省|八届政协, 湖北省|七届人大, 自治区|七届政协).
      const previous = result[result.length - 1];
      const placeBefore = sessionStart < m.start && previous?.type === 'Region' && previous.end === sessionStart;
      // (A place found right before it becomes part of the name.)
      if (placeBefore) result.pop();
      const start = placeBefore ? previous.start : sessionStart < m.start ? administrationStart(tokens, sessionStart, previous?.end ?? 0) : m.start;
      if (end > m.end || start < m.start) m = { ...m, text: text.slice(start, end), start, end };
      const province = provinceLead(m.text, tokens, m.start);
      if (province > 0) {
        result.push({ text: m.text.slice(0, province), start: m.start, end: m.start + province, type: 'Region', source: 'suffix' });
        m = { ...m, text: m.text.slice(province), start: m.start + province };
      }
    }
    result.push(m);
  }
  return result;
}

/** Levels of administration written bare before a session (省八届政协). */
const LEVEL_WORDS = new Set(['省', '市', '县', '区', '州', '自治区', '自治州', '自治县', '全国']);

/** Start of the place or level word right before a session's ordinal at `at` (not before `floor`), else `at`. */
function administrationStart(tokens: Token[], at: number, floor: number): number {
  const k = tokenAt(tokens, at - 1);
  const before = tokens[k];
  if (k < 0 || before.end !== at || before.start < floor) return at;
  return before.tag === 'ns' || LEVEL_WORDS.has(before.word) ? before.start : at;
}

function isOrganisation(m: Mention): boolean {
  return ORGANISATION_TYPES.has(m.type);
}

/** End of a sub-unit word right after an organisation (党组, 主席团, 中文系, 财务处), or `end` when none follows. */
function unitEnd(end: number, tokens: Token[], limit: number): number {
  const k = tokenAt(tokens, end);
  if (k < 0 || tokens[k].start !== end) return end;
  // One or two tokens: a unit word (党组, 中央), or a noun ending with a unit character (中文系, 发展|规划司).
  // (An ordinal may come first: 人民出版社|第三|图书|编辑室.)
  const ordinal = ORDINAL.test(tokens[k].word) ? 1 : 0;
  for (let j = k + ordinal; j < Math.min(k + ordinal + 3, tokens.length); j++) {
    const t = tokens[j];
    if (t.end > limit || !UNIT_TAGS.has(t.tag) || NOT_NAMES.has(t.word)) return end;
    if (endsLikeUnit(t.word)) return t.end;
    if (UNIT_WORDS.has(t.word)) return j === k + ordinal ? t.end : end;
    if (t.word.length < 2) return end;
  }
  return end;
}

/** Words ending with a unit character that are no unit (关系, 体系, 好处, 公司). */
const NOT_UNITS = new Set(['关系', '体系', '派系', '联系', '好处', '到处', '之处', '用处', '公司', '上司', '官司', '分公司', '母公司', '小组', '大组', '各组', '教室', '温室', '寝室', '学科', '专科', '本科', '系统', '世系', '水系', '一系', '各处', '住处', '办事处', '总公司', '子公司',
  '干部', '全部', '局部', '大部', '总部', '当局', '大局', '全局', '格局', '结局', '布局', '僵局', '时局', '邮局', '赌局', '骗局']);

/** A word of two to four characters ending with a unit character that is a unit (中文系, 规划司, 社会部), not 关系 or 干部. */
function endsLikeUnit(word: string): boolean {
  return word.length >= 2 && word.length <= 4 && UNIT_LAST_CHARS.at(word, word.length - 1) && !NOT_UNITS.has(word);
}

/** A word ending like a sub-unit (社会部, 业务处, 老干部局), not a place's or a nation's body. */
function isSubUnitWord(word: string): boolean {
  return endsLikeUnit(word) && !isPlaceName(word.slice(0, 2));
}

/**
 * Length of a province-level place (with 省/市/自治区) at the start of an organisation's name when a lower-level place
 * follows it (浙江省|温州市…, 江苏|昆山供电局, 北京市|顺义区民政局), else 0.
 */
function provinceLead(name: string, tokens: Token[], start: number): number {
  const province = PROVINCE_LENGTHS.map((l) => name.slice(0, l)).find((p) => PROVINCES.has(p));
  if (!province) return 0;
  const length = province.length + (PROVINCE_FORMS.exec(name.slice(province.length))?.[0].length ?? 0);
  const k = tokenAt(tokens, start + length);
  const next = tokens[k];
  if (!next || next.start !== start + length || next.word.length < 2) return 0;
  const rest = name.slice(length);
  // The lower level: a place word (温州市, 顺义区, 黔南地区) that leaves a name after it.
  const lower = next.end - start - length;
  return lower < rest.length - 1 && (next.tag === 'ns' || /[市县区州盟旗]$/u.test(next.word) || isPlaceName(next.word)) ? length : 0;
}
