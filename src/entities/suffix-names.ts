import { CharSet } from './char-set.js';
import type { EntityType, Mention } from '../types.js';
import { findLeftBoundary, isGenericPhrase, leadingModifierLength, tokenAt } from './boundary.js';
import type { SentenceContext } from './context.js';
import type { Token } from './tokenize.js';
import { NAME_SUFFIXES, NOT_NAMES, NOT_REGIONS, TRANSLITERATION_CHARS, WEAK_SUFFIXES } from './defaults.js';
import { tagOf } from './dictionary.js';
import { isPlaceName } from './gazetteer.js';

const NOUN_TAGS = /^(n|nz|ng|an|j|l)$/;
const ASPECT_PARTICLES = new Set(['了', '过', '着']);
const PLACE_TYPES = new Set<EntityType>(['Region', 'DevelopmentZone']);
/** Types whose names often hold a verb (脑机交互…实验室, 生物制造产业联盟, …系统); the others end at a verb on their left. */
const VERB_FRIENDLY_TYPES = new Set<EntityType>(['ResearchInstitute', 'IndustrialCluster', 'Technology', 'Product', 'Organization']);
/** Suffixes that close a name even before a noun (深圳平安队主场), and tags of tokens that are whole names. */
const ALWAYS_CLOSING = new Set(['队', '党', '厂']);
const WHOLE_NAME_TAGS = new Set(['nt', 'nz']);
const PROPER_START_SUFFIXES = new Set(['部队', '集团军', '交易所', '事务所', '书局', '卫生院', '福利院', '敬老院', '派出所', '男排', '女排', '男篮', '女篮', '男足', '女足', '空军', '海军', '陆军', '厂', '队', '党', '大队', '中队', '支队', '总队', '球队', '女队', '男队', '代表队', '代表团', '公司', '集团', '银行', '商场', '酒家', '酒楼', '学校', '中学', '小学', '高中', '分校', '学院', '大学']);
/** Words that open a national body's name as a proper name does (国家|宗教|党, 国家|海岸|警卫队). */
const NATIONAL_WORDS = new Set(['国家', '中央']);
/** The four quarters, which open proper names of schools and firms (南方|科技大学, 东方|航空公司). */
const COMPASS_WORDS = new Set(['东方', '南方', '西方', '北方']);
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz', 'j', 'x', 'eng']);
/** Nouns after an organisation that leave its name whole (畜牧局|领导, 技术部|专家). */
const AFTER_BODY = new Set(['方面', '领导', '官员', '干部', '专家', '人士', '工作人员', '负责人', '系统', '机关', '职工', '党员', '成员', '代表', '主任', '部长', '局长', '厅长', '处长', '科长', '书记', '副主任', '副部长', '副局长', '教练', '主教练', '队员', '球员']);
/** Weak suffixes of departments and units: they nest inside a parent organisation's name (省委|宣传部, 团中央|书记处). */
const DEPARTMENT_SUFFIXES = new Set(['部', '委', '局', '厅', '署', '队', '厂', '党', '组织', '基金', '人大', '政协']);
const NAME_TOKEN_TAGS = new Set(['n', 'nt', 'ns', 'nz', 'nr', 'nrt', 'j', 'x', 'eng', 'ng']);
const TEAM_LAST_CHARS = new CharSet('队篮排足');
const NATIONAL_TEAM = /^国家(?:队|男篮|女篮|男排|女排|男足|女足|青年队|少年队|集训队|奥林匹克队)$/u;
/** A Chinese place with its administrative level (合肥市, 河北省, 滨海新区): its government is named after it. */
const ADMINISTRATION = /^[\u4e00-\u9fff]{2,8}(?:省|市|县|区|州|自治区|自治州|自治县|特别行政区)$/u;
const RANKED = /^[一二三四五六七八九十百]+大/u;
const GRADED = /[甲乙丙丁一二三四特]+级/u;
const RESEARCH_HINTS = /超算|计算|研究|科研|实验|技术创新/;
const LATIN_THEN_SUFFIX = /^(.*[\u4e00-\u9fff])([A-Za-z][A-Za-z0-9\-]{2,}.*)$/;

/** Finds names that end with an organisation or place suffix (…有限公司, …实验室, …管理局, …高新区, …谷). */
export function recognizeSuffixNames(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  tokens.forEach((token, i) => {
    if (token.start < sentence.start || token.end > sentence.end) return;
    const team = nationalTeamAt(tokens, i);
    if (team) {
      mentions.push(team);
      return;
    }
    const next = tokens[i + 1];
    const match = matchSuffix(text, token.end, sentence.start, token.word);
    if (!match) return;
    // A suffix word followed by an aspect particle is a verb (店主学会|了英语): no name ends there.
    if (next && ASPECT_PARTICLES.has(next.word) && next.start === token.end) return;
    const [suffix, type] = match;
    if (token.word.length > suffix.length && token.word.endsWith(suffix) && NOT_NAMES.has(token.word)) return;
    // 某部, 某团: "a certain unit" names none.
    if (token.word[0] === '某' || text[token.end - suffix.length - 1] === '某') return;
    // A weak suffix ending a place jieba knows (九谷/ns) is part of the place's name.
    if (weakSuffix(suffix, type) && token.tag === 'ns' && token.word.length > suffix.length) return;
    // A suffix word used as a verb (全国学联组织/v的…) is not one.
    if (token.word === '组织' && suffix === '组织' && (token.tag === 'v' || token.tag === 'vn')) return;
    // A one-character suffix at the end of an ordinary verb or adjective (签署, 部署) is not one.
    // (Unless a word of three follows a body's name: 联合国|难民署/v, but not 南开大学|签署/v.)
    const unitOfBody = token.word.length >= 3 && tokens[i - 1]?.tag === 'nt';
    if (suffix.length === 1 && token.word.length > 1 && !NAME_TOKEN_TAGS.has(token.tag) && !ALWAYS_CLOSING.has(suffix) && !unitOfBody) return;
    const weak = WEAK_SUFFIXES.has(suffix) || type === 'Technology' || type === 'Product';
    // A suffix inside a longer word ("中心区", "公司化") does not end a name; a weak one must end its noun phrase.
    if (next && ['区', '化', '式', '性'].includes(next.word)) return;
    if (weak && next && NOUN_TAGS.test(next.tag) && !WHOLE_NAME_TAGS.has(token.tag) && !ALWAYS_CLOSING.has(suffix) && !AFTER_BODY.has(next.word)) return;
    const suffixStart = token.end - suffix.length;
    const from = tokenAt(tokens, suffixStart);
    // A place name written as one jieba place token (滨海新区) only extends over other place tokens.
    const placesOnly = PLACE_TYPES.has(type) && token.tag === 'ns' && token.word.length > suffix.length + 1;
    const stopAtVerbs = !VERB_FRIENDLY_TYPES.has(type) && suffix !== '中心';
    // A body jieba knows whole (国家某委/nt, 某国队/nt) is named by that word and the places or bodies before it.
    const properOnly = (token.tag === 'nt' || token.tag === 'nz') && token.word.length >= 3 && token.start === tokens[from].start;
    let start = findLeftBoundary(tokens, from, token.end, sentence.start, { stopAtOrganisation: weak && !DEPARTMENT_SUFFIXES.has(suffix), placesOnly, keepAnd: type === 'GovernmentBody', stopAtVerbs, properOnly });
    start += leadingModifierLength(text.slice(start, token.end));
    // Common kinds of group (造纸厂, 国家队, 汽车公司) are names only from a proper name on (当|东莞环球石材集团公司).
    if (PROPER_START_SUFFIXES.has(suffix)) {
      let k = tokenAt(tokens, start);
      while (k >= 0 && k <= from && tokens[k].start < suffixStart && !isProperPiece(tokens[k], suffixStart) && !isTransliterationRun(tokens, k, suffixStart)) k++;
      if (k < 0 || k > from || tokens[k].start >= suffixStart) return;
      start = tokens[k].start;
    }
    if (type === 'Region') start = venueStart(tokens, start, from);
    const name = text.slice(start, token.end);
    if (name.length <= suffix.length || endsWithNotName(name, suffix.length)) return;
    if (isGenericPhrase(tokens, start, suffixStart, text, 0)) return;
    // Ranked or graded, a kind of body is a common noun (五大钢铁公司, 甲级设计院).
    if (RANKED.test(name) || GRADED.test(name)) return;
    // A country's government is named by the country (美国政府 → 美国), as news corpora mark it; a Chinese
    // administration's by its place and level (合肥市政府, 河北省人民政府); without a place (市政府, 中央政府, 新政府)
    // it is a common noun or a description, not a name.
    if ((suffix === '政府' || suffix === '人民政府') && !ADMINISTRATION.test(text.slice(start, suffixStart))) return;
    if (WEAK_SUFFIXES.has(suffix) && name.length - suffix.length < 2) return;
    mentions.push(...splitOwner({ text: name, start, end: token.end, type: refineType(name, suffix, type), source: 'suffix' }));
  });
  return mentions;
}

/**
 * The part of a token before `limit` is a proper name: tagged so by jieba, a place, or a transliteration (智利|队,
 * 劳拉|公司; not 造纸|厂).
 */
function isProperPiece(t: Token, limit: number): boolean {
  const word = t.end > limit ? t.word.slice(0, limit - t.start) : t.word;
  const tag = word === t.word ? t.tag : tagOf(word);
  if (PROPER_TAGS.has(tag) || isPlaceName(word) || NATIONAL_WORDS.has(word) || COMPASS_WORDS.has(word)) return true;
  return word.length >= 2 && TRANSLITERATION_CHARS.every(word);
}

/**
 * A venue's name (…博物馆, …机场) starts after a one-character verb (去|西山植物园), after a direction or a common place
 * noun (巴|南部|城市|海德拉巴机场), after a place followed by another (意大利|米兰…博物馆), and after a place before a
 * venue jieba knows whole (维也纳|国家图书馆/nt): those are places of their own.
 */
function venueStart(tokens: Token[], start: number, from: number): number {
  let k = tokenAt(tokens, start);
  if (k < 0) return start;
  for (let j = from - 1; j >= k; j--) {
    const t = tokens[j];
    if (t.tag === 'f' || NOT_REGIONS.has(t.word) || (t.tag === 'v' && t.word.length === 1)) {
      k = j + 1;
      break;
    }
  }
  if (k + 1 < from && tokens[k].tag === 'ns' && tokens[k + 1].tag === 'ns') k++;
  // A venue jieba knows whole (维也纳|国家图书馆/nt) is named by that word alone.
  if (k < from && tokens[from].tag === 'nt' && tokens[from - 1].tag === 'ns') k = from;
  return tokens[k].start;
}

/** Tokens from `k` up to `limit` spell a foreign name of two to six transliteration characters (卡特|勒|公司). */
function isTransliterationRun(tokens: Token[], k: number, limit: number): boolean {
  const start = tokens[k].start;
  if (limit - start < 2 || limit - start > 6) return false;
  for (let j = k; j < tokens.length && tokens[j].start < limit; j++) {
    const word = tokens[j].end > limit ? tokens[j].word.slice(0, limit - tokens[j].start) : tokens[j].word;
    if (!TRANSLITERATION_CHARS.every(word)) return false;
  }
  return true;
}

/** A national team (国家队, 国家|男篮): the country's team, named without the country. */
function nationalTeamAt(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i];
  if (!TEAM_LAST_CHARS.at(t.word, t.word.length - 1)) return undefined;
  const joined = tokens[i - 1]?.word === '国家' ? '国家' + t.word : t.word;
  if (!NATIONAL_TEAM.test(joined)) return undefined;
  const start = t.end - joined.length;
  return { text: joined, start, end: t.end, type: 'Organization', source: 'suffix' };
}

function weakSuffix(suffix: string, type: EntityType): boolean {
  return WEAK_SUFFIXES.has(suffix) || type === 'Technology' || type === 'Product';
}

/** Suffixes by their last character, longest first: one map lookup per token instead of a scan of every suffix. */
const SUFFIXES_BY_LAST = new Map<number, Array<readonly [string, EntityType]>>();
for (const entry of NAME_SUFFIXES) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), entry].sort((a, b) => b[0].length - a[0].length));
}
const NOT_NAME_LENGTHS = [...new Set([...NOT_NAMES].map((w) => w.length))].sort((a, b) => b - a);

/** The longest suffix ending at `end` (the end of `word`), with its type. */
function matchSuffix(text: string, end: number, min: number, word: string): readonly [string, EntityType] | undefined {
  const candidates = SUFFIXES_BY_LAST.get(word.charCodeAt(word.length - 1));
  if (!candidates) return undefined;
  for (const entry of candidates) {
    const [suffix] = entry;
    if (end - suffix.length >= min && text.startsWith(suffix, end - suffix.length)) return entry;
  }
  return undefined;
}

/** True when `name` ends with a word that is not a name (布局, 总部) longer than its suffix. */
function endsWithNotName(name: string, suffixLength: number): boolean {
  for (const length of NOT_NAME_LENGTHS) {
    if (length > suffixLength && length <= name.length && NOT_NAMES.has(name.slice(name.length - length))) return true;
  }
  return false;
}

/** 中心 is a research institute when the name says so (国家超算天津中心). */
function refineType(name: string, suffix: string, type: EntityType): EntityType {
  if (suffix === '中心' && RESEARCH_HINTS.test(name)) return 'ResearchInstitute';
  return type;
}

/**
 * Splits an owner's name written before a Latin-script name ("麒麟软件openKylin社区" → 麒麟软件 + openKylin社区):
 * the owner becomes its own Company mention.
 */
function splitOwner(mention: Mention): Mention[] {
  const m = LATIN_THEN_SUFFIX.exec(mention.text);
  if (!m || m[1].length < 2) return [mention];
  const cut = mention.start + m[1].length;
  return [
    { text: m[1], start: mention.start, end: cut, type: 'Company', source: 'suffix' },
    { ...mention, text: m[2], start: cut },
  ];
}
