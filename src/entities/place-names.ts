import { CharSet } from './char-set.js';
import type { Mention } from '../types.js';
import type { SentenceContext } from './context.js';
import {
  GENERIC_WORDS, HAN_WORD, LEFT_STOP_WORDS, NOT_REGIONS, PLACE_HEADS, PLACE_SUFFIX_CHARS, PLACE_SUFFIX_WORDS, SURNAMES, TRANSLITERATION_CHARS,
} from './defaults.js';
import { tagOf } from './dictionary.js';
import { isGazetteerPlace } from './gazetteer.js';
import { abbreviationsAt } from './short-forms.js';
import type { Token } from './tokenize.js';

/** Administrative endings: a name made of unknown characters before them is a place (鲅鱼圈区, 城西乡). */
const ADMIN_SUFFIXES = new CharSet('省市县区乡镇村州旗盟');
const SUFFIX_WORDS = new Set(PLACE_SUFFIX_WORDS);
/** Levels of other times and countries, after a place jieba knows (邓州|府, 巴陵|郡, 神冈|町). */
const OLD_LEVELS = new CharSet('府郡町');
const PLACE_HEAD_WORDS = new Set(PLACE_HEADS);
/** First characters that make "X + suffix" a common noun (全市, 该县, 本村, 外省, 山村). */
const GENERIC_LEADS = new CharSet('本全该各我外此每邻原两多几某这那哪城郊市县乡村山农渔牧矿林景辖校园社小同异他近附上下首省区镇州老旧');
/** Tags of tokens that can make up the specific part of a place name. */
const NAME_PART_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'n', 'x', 'j', 'ng', 'nt', 'a', 'b', 's']);
/** Tags of a word that, after a place, makes one name with it (not an ordinary head). */
const NAME_HEAD_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz', 'j', 'eng', 'm', 'q', 'f']);
const LISTABLE_TAGS = new Set(['n', 'nr', 'nz', 'x', 'j', 'nrt', 'nrfg']);

/**
 * Finds places jieba does not know as such: names ending with an administrative or geographic suffix (营口市,
 * 鲅鱼圈区, 城西乡, 黎明村), each level of a chain on its own (江苏 | 如皋市 | 城西乡), foreign ones in transliteration
 * characters (阿比林市); one-character short forms in pairs and lists (中美两国, 港澳同胞, 赣、粤、闽) and after a travel
 * verb (抵京, 在华期间); places jieba tags as people's names (宝塔山/nr); the place of a dateline (本报桂林４月６日电).
 */
export function recognizePlaceNames(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start < sentence.start) continue;
    if (t.end > sentence.end) break;
    if (wholeTokenPlace(t)) mentions.push(region(text, t.start, t.end));
    const lead = leadingPlaceLength(t);
    if (lead > 0) mentions.push(region(text, t.start, t.start + lead));
    if (isListedPlace(tokens, i)) mentions.push(region(text, t.start, t.end));
    const start = suffixPlaceStart(tokens, i, sentence.start);
    if (start !== undefined) mentions.push(region(text, start, t.end));
    const foreign = transliteratedPlaceStart(tokens, i, sentence.start);
    if (foreign !== undefined && foreign !== start) mentions.push(region(text, foreign, t.end));
    for (const [s, e] of abbreviationsAt(tokens, i, sentence)) mentions.push(region(text, s, e));
    if (isPlaceReadAsPerson(t)) mentions.push({ ...region(text, t.start, t.end), source: 'pos' });
    if (t.word === '本报' || t.word === '新华社') {
      const end = datelinePlaceEnd(tokens, i);
      if (end !== undefined) mentions.push(region(text, tokens[i + 1].start, end));
    }
  }
  return mentions;
}

/** Endings of streets and roads (红星路, 长安街). */
const STREET_ENDINGS = new CharSet('路街巷');

/**
 * A three-character word jieba tags as a person's name that ends like a place (宝塔山/nr, 公明镇/nr, 红星路/nr) and does
 * not open with a common surname, or names a family's village (余家村/nr), is a place; found with the weakest source,
 * so a person read on the same span wins.
 */
function isPlaceReadAsPerson(t: Token): boolean {
  if (t.tag !== 'nr' || t.word.length !== 3 || !(PLACE_SUFFIX_CHARS.at(t.word, 2) || STREET_ENDINGS.at(t.word, 2))) return false;
  // A family's village (余家村, 王家庄) opens with its surname.
  return (!SURNAMES.at(t.word, 0) || t.word[1] === '家') && HAN_WORD.test(t.word);
}

/** Full-width and ASCII digits and Chinese numerals that open a dateline's date (４月６日电, 四月七日电). */
const DATE_START = new CharSet('0123456789０１２３４５６７８９一二三四五六七八九十');

/**
 * End of the place in a dateline (本报|桂林|４月６日电, 新华社|仰光|４月２２日电): one or two name tokens of two to six
 * characters between the paper or agency and the date.
 */
function datelinePlaceEnd(tokens: Token[], i: number): number | undefined {
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!HAN_WORD.test(t.word) || !NAME_PART_TAGS.has(t.tag)) return undefined;
    const length = t.end - tokens[i + 1].start;
    const next = tokens[k + 1];
    if (length >= 2 && length <= 6 && next && DATE_START.at(next.word, 0)) return t.end;
  }
  return undefined;
}

function region(text: string, start: number, end: number): Mention {
  return { text: text.slice(start, end), start, end, type: 'Region', source: 'suffix' };
}

/** A single token that is a place by its ending (营口市/n, 鲅鱼圈区/n, 黎明村/nr): an administrative suffix after a specific name. */
function wholeTokenPlace(t: Token): boolean {
  if (t.word.length < 3 || !HAN_WORD.test(t.word) || NOT_REGIONS.has(t.word)) return false;
  const suffix = t.word[t.word.length - 1];
  if (!ADMIN_SUFFIXES.has(suffix) || !NAME_PART_TAGS.has(t.tag)) return false;
  const name = t.word.slice(0, -1);
  if (GENERIC_LEADS.at(name, 0) || GENERIC_WORDS.has(name) || name.endsWith('地')) return false;
  // A place and a generic head (三峡|库区, 大别|山区) is the place alone, found by the tag layer.
  if (PLACE_HEAD_WORDS.has(t.word.slice(-2))) return false;
  // Outside a place word (ns), the specific part must not be an ordinary word (居民区, 风景区, 贫困县).
  const tag = t.tag === 'ns' ? 'ns' : tagOf(name);
  return tag === 'x' || tag === 'ns' || tag === 'nr' || tag === 'nrt' || tag === 'nz' || tag === 'j';
}

/** Length of a known place at the start of a word that goes on with an ordinary word (悉尼|奥运会, 西欧|国家), or 0. */
function leadingPlaceLength(t: Token): number {
  // 挪威人, 新加坡人: a known place and 人, its people.
  if (t.word.length >= 3 && t.word[t.word.length - 1] === '人' && t.tag !== 'ns' && isGazetteerPlace(t.word.slice(0, -1))) return t.word.length - 1;
  if (t.word.length < 4 || t.tag === 'ns' || t.tag === 'nt' || !HAN_WORD.test(t.word)) return 0;
  for (let k = Math.min(t.word.length - 2, 5); k >= 2; k--) {
    const head = t.word.slice(k);
    if (!isGazetteerPlace(t.word.slice(0, k)) && tagOf(t.word.slice(0, k)) !== 'ns') continue;
    const tag = tagOf(head);
    if (tag !== 'x' && !NAME_HEAD_TAGS.has(tag) && !NOT_REGIONS.has(t.word.slice(0, k))) return k;
  }
  return 0;
}

/** A word listed between places (宝鸡/n、咸阳/ns、汉中/ns): a place too. */
function isListedPlace(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.word.length < 2 || t.word.length > 4 || !HAN_WORD.test(t.word) || !LISTABLE_TAGS.has(t.tag) || t.tag === 'ns') return false;
  if (NOT_REGIONS.has(t.word) || GENERIC_WORDS.has(t.word)) return false;
  // Each item stands alone between separators (宝鸡、咸阳), so 县委书记、沭阳 is no list of places.
  return isAlone(tokens, i) && ((tokens[i - 1]?.word === '、' && isListedPlaceAt(tokens, i - 2)) || (tokens[i + 1]?.word === '、' && isListedPlaceAt(tokens, i + 2)));
}

function isAlone(tokens: Token[], k: number): boolean {
  return isSeparator(tokens[k - 1]) && isSeparator(tokens[k + 1]);
}

function isListedPlaceAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.tag === 'ns' || isGazetteerPlace(t.word)) && !NOT_REGIONS.has(t.word) && isAlone(tokens, k);
}

function isSeparator(t: Token | undefined): boolean {
  return t === undefined || (t.word.length === 1 && SEPARATORS.has(t.word));
}

/** Start of a place name that ends with the suffix token `i` (如皋/ns + 市, 黄/nr + 河), if its specific part is a name. */
function suffixPlaceStart(tokens: Token[], i: number, min: number): number | undefined {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const isSuffix = (t.word.length === 1 && (PLACE_SUFFIX_CHARS.has(t.word) || (OLD_LEVELS.has(t.word) && prev?.tag === 'ns'))) || SUFFIX_WORDS.has(t.word);
  if (!isSuffix || !prev || prev.start < min || !HAN_WORD.test(prev.word)) return undefined;
  if (LEFT_STOP_WORDS.has(prev.word) || GENERIC_WORDS.has(prev.word) || NOT_REGIONS.has(prev.word)) return undefined;
  // A place jieba knows, with its suffix written apart (如皋 市); not after a whole place (温州市|原).
  if (prev.tag === 'ns' && prev.word.length >= 2) return ADMIN_SUFFIXES.at(prev.word, prev.word.length - 1) ? undefined : prev.start;
  const admin = ADMIN_SUFFIXES.has(t.word) || SUFFIX_WORDS.has(t.word);
  // Otherwise the specific part is one or two unknown pieces, at most three characters, before an administrative suffix.
  if (!admin || !NAME_PART_TAGS.has(prev.tag) || prev.word.length > 3) return undefined;
  if (prev.word.length === 1) {
    // A county of one character jieba reads as a surname (曹/nr 县): counties keep such names; other levels do not.
    if (!isNamePiece(tokens[i - 2], min)) return t.word === '县' && prev.tag === 'nr' && isNamePiece(prev, min) ? prev.start : undefined;
    // Two or three unknown characters (罗赖马州, 城西乡).
    return isNamePiece(tokens[i - 3], min) && !isNamePiece(tokens[i - 4], min) ? tokens[i - 3].start : tokens[i - 2].start;
  }
  // An ordinary word is a town's or a village's name right after its county or city (中山市|小榄|镇, 如东县|孙窑|乡).
  if (TOWN_LEVELS.has(t.word) && isHigherLevelPlace(tokens[i - 2], min)) return prev.start;
  return GENERIC_LEADS.at(prev.word, 0) || prev.tag === 'n' ? undefined : prev.start;
}

/** Levels below a county, and the levels above them. */
const TOWN_LEVELS = new CharSet('乡镇村');
const HIGHER_LEVELS = new CharSet('省市县区旗');

function isHigherLevelPlace(t: Token | undefined, min: number): boolean {
  return t !== undefined && t.start >= min && t.tag === 'ns' && t.word.length >= 3 && HIGHER_LEVELS.at(t.word, t.word.length - 1) && !NOT_REGIONS.has(t.word);
}

/**
 * Start of a foreign place written in transliteration characters before a one-character administrative suffix token
 * (阿比|林|市, 普|沃茨|克|省, 德尔|迪|卜|区): two to six such characters, however jieba cut them.
 */
function transliteratedPlaceStart(tokens: Token[], i: number, min: number): number | undefined {
  const t = tokens[i];
  if (t.word.length !== 1 || !ADMIN_SUFFIXES.has(t.word)) return undefined;
  let chars = 0;
  let k = i;
  while (k > 0 && tokens[k - 1].start >= min && chars + tokens[k - 1].word.length <= 6 && TRANSLITERATION_CHARS.every(tokens[k - 1].word)) {
    k--;
    chars += tokens[k].word.length;
  }
  return chars >= 2 && !LEFT_STOP_WORDS.has(tokens[k].word) ? tokens[k].start : undefined;
}

function isNamePiece(t: Token | undefined, min: number): boolean {
  return t !== undefined && t.start >= min && t.word.length === 1 && HAN_WORD.test(t.word) && NAME_PART_TAGS.has(t.tag) && !GENERIC_LEADS.has(t.word);
}

const SEPARATORS = new CharSet('、，。；：！？（）()和及与等');
