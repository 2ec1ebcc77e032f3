/** One-character short forms of countries and provinces where they stand for places (中美两国, 港澳, 赣、粤、闽, 访华, 俄总理). */
import { CharSet } from './char-set.js';
import { ABBREVIATION_HEADS, NOT_REGIONS, PLACE_ABBREVIATIONS, TRAVEL_VERBS } from './defaults.js';
import { tagOf } from './dictionary.js';
import { isGazetteerPlace } from './gazetteer.js';
import type { Token } from './tokenize.js';

const HEADS = [...ABBREVIATION_HEADS].sort((a, b) => b.length - a.length);

/** One-character short forms: a token of two or three of them before a head (中美两国), a list (赣、粤、闽), or after a travel verb (抵京). */
export function abbreviationsAt(tokens: Token[], i: number, sentence: { start: number; end: number }): Array<[number, number]> {
  const t = tokens[i];
  // Each case starts with a short form, a travel verb, 抗 or 奥.
  if (!startsShortForm(t.word)) return [];
  const next = tokens[i + 1];
  const spans: Array<[number, number]> = [];
  // 中美 / 中/ 美 followed by 两国, 关系…: each character is a place.
  const run = isShortForm(t) ? shortFormRun(tokens, i) : 0;
  if (run > 0 && (i === 0 || !isShortForm(tokens[i - 1]))) {
    const after = tokens[i + run];
    const afterText = after ? after.word + (tokens[i + run + 1]?.word ?? '') : '';
    if (HEADS.some((h) => afterText.startsWith(h)) || isLonePair(tokens, i, run)) {
      for (let k = i; k < i + run; k++) for (let c = tokens[k].start; c < tokens[k].end; c++) spans.push([c, c + 1]);
    }
  }
  spans.push(...shortFormsInWord(t));
  if (t.word.length !== 1 || !PLACE_ABBREVIATIONS.has(t.word)) return spans;
  // 赣、粤、闽、湘: single characters separated by 、.
  if ((next?.word === '、' && isListedForm(tokens[i + 2])) || (tokens[i - 1]?.word === '、' && isListedForm(tokens[i - 2]))) spans.push([t.start, t.end]);
  const prev = tokens[i - 1];
  // 俄总理, 澳的债务, 葡方: a short form jieba leaves alone as a place, before a state's word or 的 (not 很美的).
  if (isStandingShortForm(t, prev, next)) spans.push([t.start, t.end]);
  // 抵京, 在华期间, 访华: after a travel verb and before a clause end or a time word.
  if (t.tag === 'ns' && prev && TRAVEL_VERBS.some((v) => prev.word.endsWith(v)) && prev.start >= sentence.start) {
    spans.push([t.start, t.end]);
  }
  return spans;
}

const OTHER_LEADS = new CharSet('抗奥');

function startsShortForm(w: string): boolean {
  return PLACE_ABBREVIATIONS.at(w, 0) || TRAVEL_CHARS.at(w, 0) || OTHER_LEADS.at(w, 0);
}
const TRAVEL_CHARS = new CharSet('抗反访来抵进赴离返援侵亲排驻旅留知友仇媚对在');
/** Verbs before a short form inside one word (在京举行, 对华政策, 驻华使馆), and the tags of the word after it. */
const VISIT_CHARS = new CharSet('对在来访驻侵留旅亲排抵赴');
const VISIT_REST_TAGS = new Set(['n', 'v', 'vn']);
const DIRECTIONS = /^(?:东|西|南|北|中|东北|西北|东南|西南|东部|西部|南部|北部|中部)$/u;
const WHOLE_REGIONS = new Set(['中亚', '中南', '中东', '中华']);
const AREA_HEADS = new Set(['地区', '人民', '同胞', '各国', '等国', '三国', '四国', '两地', '三地', '高原', '流域', '铁路', '公路', '高速']);
/** Tags of a two-character word made of two short forms that jieba has as a place or an abbreviation. */
const PAIR_TAGS = new Set(['ns', 'j', 'nt', 'nz', 'nr', 't', 'x']);

/**
 * Short forms inside one word: a pair (中美, 港澳, 青藏 → each character), a side (中方, 印方 → 中, 印), a travel
 * verb's object (访华, 抵京 → 华, 京), games (亚运会, 奥运会 → 亚, 奥), a province and a direction (湘南, 陕北 → 湘, 陕).
 */
export function shortFormsInWord(t: Token): Array<[number, number]> {
  const w = t.word;
  // Every case starts with a short form, a travel verb, 抗 or 奥: most words are out at the first character.
  if (w.length < 2 || !startsShortForm(w)) return [];
  if (w.length === 2 && PLACE_ABBREVIATIONS.at(w, 0) && PLACE_ABBREVIATIONS.at(w, 1) && w[0] !== w[1] && PAIR_TAGS.has(t.tag) && !WHOLE_REGIONS.has(w) && !isGazetteerPlace(w)) {
    return [[t.start, t.start + 1], [t.start + 1, t.end]];
  }
  // 港澳同胞, 巴以和谈, 中坦合资: two or three short forms and a head in one word.
  if (w.length >= 3 && PLACE_ABBREVIATIONS.at(w, 0) && PLACE_ABBREVIATIONS.at(w, 1) && w[0] !== w[1] && !isGazetteerPlace(w)) {
    const forms = PLACE_ABBREVIATIONS.at(w, 2) && w[2] !== w[1] && HEADS.some((h) => w.startsWith(h, 3)) ? 3 : HEADS.some((h) => w.startsWith(h, 2)) ? 2 : 0;
    if (forms > 0) return Array.from({ length: forms }, (_, k): [number, number] => [t.start + k, t.start + k + 1]);
  }
  if (w.startsWith('抗日')) return [[t.start + 1, t.start + 2]];
  if (w.length === 2 && PLACE_ABBREVIATIONS.at(w, 0) && w[1] === '方' && t.tag !== 'ns') return [[t.start, t.start + 1]];
  if (w.length === 2 && TRAVEL_CHARS.at(w, 0) && PLACE_ABBREVIATIONS.at(w, 1) && t.tag !== 'ns' && t.tag !== 'n') return [[t.start + 1, t.end]];
  // 在京举行, 对华关系, 来华访问, 驻华大使: a travel or relation verb, a short form and a word in one token.
  if (w.length >= 4 && VISIT_CHARS.at(w, 0) && PLACE_ABBREVIATIONS.at(w, 1) && VISIT_REST_TAGS.has(tagOf(w.slice(2)))) return [[t.start + 1, t.start + 2]];
  if (/^[亚奥欧非]运/u.test(w) || /^[亚欧非]锦赛/u.test(w)) return [[t.start, t.start + 1]];
  if (t.tag === 'ns' && PLACE_ABBREVIATIONS.at(w, 0) && DIRECTIONS.test(w.slice(1)) && !isGazetteerPlace(w)) return [[t.start, t.start + 1]];
  return [];
}

/** Words after a country's one-character short form that speak of the country (俄|总理, 葡|方, 澳|的). */
const STATE_WORDS = new Set(['的', '方', '政府', '新政府', '总理', '总统', '首相', '外长', '外交部', '国防部', '议会', '国会', '内阁', '军', '军队', '军方', '官方', '经济', '境内', '国内', '领导人', '人民', '司法', '外交', '国防', '当局', '副总理', '大使', '驻华', '驻', '大臣']);
/** Tags of the tokens before a standing short form that make it an adjective or a verb (很|美, 也|藏). */
const MODIFIER_TAGS = new Set(['d', 'a', 'ad', 'zg', 'm', 'q']);

function isStandingShortForm(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if ((t.tag !== 'ns' && t.tag !== 'j') || NOT_REGIONS.has(t.word) || !next || !STATE_WORDS.has(next.word)) return false;
  return prev === undefined || !MODIFIER_TAGS.has(prev.tag);
}

/**
 * Short forms jieba cut into single characters, one of them a place by its dictionary tag (中/f 美/ns, 埃/ns 厄/ns):
 * two countries side by side whatever follows (中美三个联合公报), unless a number comes before (５日|中).
 */
function isLonePair(tokens: Token[], i: number, run: number): boolean {
  if (run < 2 || (i > 0 && NUMBER_END.test(tokens[i - 1].word))) return false;
  let placeTagged = false;
  for (let k = i; k < i + run; k++) {
    if (tokens[k].word.length !== 1) return false;
    if (tokens[k].tag === 'ns' || tokens[k].tag === 'j') placeTagged = true;
  }
  return placeTagged;
}
const NUMBER_END = /[0-9０-９零一二三四五六七八九十百千万年月日号时天]$/u;

/** Heads after a pair of short forms that speak of two parties, not of one area (中欧|贸易 vs 中欧|地区). */
const RELATION_HEADS = HEADS.filter((h) => !AREA_HEADS.has(h));

/**
 * Token `k` is a pair of short forms that is also a region's name (中欧, 中非) before a word of dealings between two
 * parties (中欧|贸易额, 中欧|经贸关系): the two places, not the region.
 */
export function isPairBeforeRelation(tokens: Token[], k: number): boolean {
  const w = tokens[k].word;
  if (w.length !== 2 || !PLACE_ABBREVIATIONS.at(w, 0) || !PLACE_ABBREVIATIONS.at(w, 1) || WHOLE_REGIONS.has(w)) return false;
  const next = tokens[k + 1]?.word ?? '';
  return RELATION_HEADS.some((h) => next.startsWith(h));
}

function isListedForm(t: Token | undefined): boolean {
  return t !== undefined && t.word.length === 1 && PLACE_ABBREVIATIONS.has(t.word);
}

/** Number of consecutive short-form tokens from `i` (a token of several short forms counts its characters as one run). */
function shortFormRun(tokens: Token[], i: number): number {
  let k = i;
  let chars = 0;
  while (tokens[k] && isShortForm(tokens[k]) && chars < 4) {
    chars += tokens[k].word.length;
    k++;
  }
  return chars >= 2 ? k - i : 0;
}

function isShortForm(t: Token | undefined): boolean {
  if (!t || t.word.length > 3) return false;
  return PLACE_ABBREVIATIONS.every(t.word);
}
