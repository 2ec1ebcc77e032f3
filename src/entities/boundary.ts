import { CharSet } from './char-set.js';
import { ADMIN_LEVEL_CHARS, FIELD_WORD_TAGS, GENERIC_WORDS, PLACE_ABBREVIATIONS, LEADING_MODIFIERS, LEFT_STOP_WORDS, MAX_NAME_LENGTH, NAME_SUFFIXES, PERSON_CUES_BEFORE, SURNAMES } from './defaults.js';
import type { Token } from './tokenize.js';

const STOP_TAGS = new Set(['uj', 'ul', 'u', 'r', 'c', 'p', 'y', 'e', 'o', 'q', 'uz', 'ud', 'ug', 'uv']);
const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);
const ORG_ENDINGS = endingIndex(NAME_SUFFIXES.map(([suffix]) => suffix).filter((s) => s.length >= 2));
const NON_PLACE_ENDINGS = endingIndex(NAME_SUFFIXES.filter(([s, type]) => s.length >= 2 && type !== 'Region' && type !== 'DevelopmentZone').map(([s]) => s));
/** Last characters of organisation suffixes of one character (部, 委, 队, 厂…): a name ending so is whole before 与/和. */
const ORG_LAST_CHARS = new CharSet(NAME_SUFFIXES.filter(([s, type]) => s.length === 1 && type !== 'Region').map(([s]) => s).join(''));
const TITLES = new Set(PERSON_CUES_BEFORE);
const DIGITS = /^\p{N}+$/u;
/** Bare kinds of organisation, common nouns on their own. */
const BARE_KINDS = new Set(['银行', '公司', '集团', '企业', '大学', '学院', '学校', '医院', '协会', '学会', '工厂', '商店', '饭店', '宾馆', '酒店', '商场']);
const PROPER_TAGS = new Set(['ns', 'nt', 'nr', 'nrt', 'nz']);
/** Tags of a token before 与 that make it one of two parties, not part of a name's field. */
const AND_PARTY_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'd', 'ad']);
/** Tags of what never stands before a name jieba knows whole. */
const NOT_BEFORE_KNOWN_TAGS = new Set(['v', 'vn', 'nr', 'nrfg', 'nrt', 't', 'd', 'a', 'ad', 'l']);
/** Common nouns that open names of national and international bodies (国家|某局, 国际|某队). */
const NAME_OPENING_NOUNS = new Set(['国家', '中央', '国际', '全国', '地方']);

/**
 * A token may stand before a name jieba knows whole: not a verb, person or time; a common noun only of one character or
 * opening a name; always a place jieba tags as a name but ending with its level, and a country's one-character short form.
 */
function mayStandBeforeKnownName(t: Token): boolean {
  // A place jieba tags as a person's name but ending with its level (怀柔县/nr|民政局) is a place.
  if (t.tag === 'nr' && t.word.length >= 3 && ADMIN_LEVEL_CHARS.at(t.word, t.word.length - 1)) return true;
  // A country's one-character short form (印/v|中央银行, 俄/j|外交部) is the body's country.
  if (t.word.length === 1 && PLACE_ABBREVIATIONS.has(t.word)) return true;
  if (NOT_BEFORE_KNOWN_TAGS.has(t.tag)) return false;
  return t.tag !== 'n' || t.word.length === 1 || NAME_OPENING_NOUNS.has(t.word);
}
const SESSION = /^[上本历下首新]届$/u;
const TIME_CHARS = /[年月日天今昨明去前后时期晚早]/u;

/** Endings by the code of their last character: a test looks only at the endings that could match. */
type EndingIndex = Map<number, string[]>;

function endingIndex(endings: string[]): EndingIndex {
  const index: EndingIndex = new Map();
  for (const e of endings) index.set(e.charCodeAt(e.length - 1), [...(index.get(e.charCodeAt(e.length - 1)) ?? []), e]);
  return index;
}

function endsWithAny(word: string, index: EndingIndex): boolean {
  const endings = index.get(word.charCodeAt(word.length - 1));
  return endings !== undefined && endings.some((e) => word.endsWith(e));
}

/** True when `word` ends with one of the endings and has more before it. */
function endsWithLonger(word: string, index: EndingIndex): boolean {
  const endings = index.get(word.charCodeAt(word.length - 1));
  return endings !== undefined && endings.some((e) => word.length > e.length && word.endsWith(e));
}

/** A name may start right after this token: none (the text's or sentence's start), punctuation, a function word, a stop word. */
export function opensName(before: Token | undefined, minStart: number): boolean {
  return !before || before.start < minStart || isPunctuation(before) || STOP_TAGS.has(before.tag) || LEFT_STOP_WORDS.has(before.word);
}

/** True when a token is only punctuation or whitespace (jieba tags these, and unknown words, `x`). */
export function isPunctuation(token: Token): boolean {
  return /^[^\p{L}\p{N}]+$/u.test(token.word);
}

/** True when a token ends with an organisation suffix of two or more characters (天津大学, 研究所). */
export function isOrganisationToken(token: Token): boolean {
  return endsLikeOrganisation(token.word);
}

/** True when a token ends with an organisation suffix of two or more characters. */
function endsLikeOrganisation(word: string): boolean {
  return endsWithLonger(word, ORG_ENDINGS);
}

/**
 * Walks left from token `from` (inclusive: the token holding the name's first known character) and returns the
 * offset where the name starts: before punctuation, function words, stop verbs and numerals; `与` is kept inside
 * names ("脑机交互与人机共融…") unless an organisation name ends right before it; one short parenthetical is kept.
 */
export function findLeftBoundary(
  tokens: Token[],
  from: number,
  end: number,
  minStart: number,
  options: { stopAtOrganisation?: boolean; placesOnly?: boolean; keepAnd?: boolean; stopAtVerbs?: boolean; properOnly?: boolean } = {},
): number {
  let start = tokens[from].start;
  // A joining word (与, 和) is inside the name only once a piece of name stands before it (…与…研究中心, not 与|市委).
  let joined = -1;
  for (let j = from - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.start < minStart || end - t.start > MAX_NAME_LENGTH) break;
    if (CLOSING.has(t.word)) {
      const open = findOpening(tokens, j, minStart);
      // A parenthesis inside a name (中电云脑（天津）科技) is followed by more of it, not by a new proper name.
      if (open < 0 || PROPER_TAGS.has(tokens[j + 1]?.tag ?? '')) break;
      j = open;
      start = tokens[open].start;
      joined = -1;
      continue;
    }
    if (t.word === '与' || t.word === '及' || (t.word === '和' && options.keepAnd)) {
      const prev = tokens[j - 1];
      if (t.word === '及' || !prev || isPunctuation(prev) || prev.tag === 'nt' || prev.tag === 'j' || endsWithAny(prev.word, ORG_ENDINGS) || ORG_LAST_CHARS.at(prev.word, prev.word.length - 1)) break;
      // After it, an organisation jieba knows whole (…与|华为技术有限公司) is a name complete in itself: 与 joins two parties.
      if (j + 1 === from && tokens[from].tag === 'nt' && endsLikeOrganisation(tokens[from].word)) break;
      // Two parties (西雅图|与|某某队, 正|与|…公司): a place, a person or an adverb before 与 is no field of a name.
      if (AND_PARTY_TAGS.has(prev.tag)) break;
      joined = start;
      start = t.start;
      continue;
    }
    if (isPunctuation(t) || STOP_TAGS.has(t.tag)) break;
    // A time (近年来, 去年) or a session (上届, 本届) says when, not who (an era, 现代|工程学院, may be a name's word).
    if ((t.tag === 't' && TIME_CHARS.test(t.word)) || SESSION.test(t.word)) break;
    // A name jieba knows whole (国家某委/nt) extends over places, bodies and levels before it (某省|某委, 市|某委, 国家|某局),
    // not over a verb, a person, a time or a common noun (荣获/nr, 助理/vn, 主题/n).
    if (options.properOnly && !mayStandBeforeKnownName(t)) break;
    // A verb right after an organisation's name is what it does (某集团|结成|…联盟, 某中心|赴|…): the name ends there.
    if (t.tag === 'v' && j > 0 && endsWithAny(tokens[j - 1].word, ORG_ENDINGS)) break;
    if (LEFT_STOP_WORDS.has(t.word) && !isVerbInCompanyName(tokens, j, end) && !(CONTENT_STOP_WORD_TAGS.has(t.tag) && followsNationalStart(tokens, j, minStart))) break;
    // A compound verb ending in a stop verb (申请加入, 积极参与).
    if (t.word.length >= 3 && LEFT_STOP_WORDS.has(t.word.slice(-2))) break;
    if ((t.tag === 'm' && !/[A-Za-z]/.test(t.word)) || DIGITS.test(t.word)) break;
    // A person ends the name unless the suffix follows the name at once (院长刘振华|代表医院, but 宋庆龄基金会).
    if (isPersonToken(t) && j + 1 !== from) break;
    // A title before a person ends the name (冠军|王军霞…, but 体育记者协会, 学生救亡协会).
    if (TITLES.has(t.word) && j + 1 !== from && (isPersonToken(tokens[j + 1]) || SURNAMES.has(tokens[j + 1].word))) break;
    // 经 before a proper name (经|黑龙江省纪委批准), not inside one (经开区).
    if (t.word === '经' && PROPER_TAGS.has(tokens[j + 1]?.tag ?? '')) break;
    // A bare kind of organisation (民间银行|法国兴业银行) is not inside a name.
    // (A kind after a name is part of it: 滑雪协会|技术委员会.)
    // (Nor before a field noun: 联邦|银行|监督局 is the banks' supervisor.)
    if (BARE_KINDS.has(t.word) && isBare(tokens[j - 1]) && !isVerbInCompanyName(tokens, j - 1, end) && !isFieldOfBody(tokens[j + 1], end)) break;
    // People (发明人, 负责人) and verbs that take an object (被选为, 位于) end a name on its left.
    if (t.word.length >= 2 && (/[为于]$/u.test(t.word) || (t.word.endsWith('人') && t.tag === 'n'))) break;
    // A verb ends the name: always right before a proper name (返回中国科学院…), else for types whose names hold no verb.
    // (Not when the verb ends a run of unknown pieces: 脑|机|交互|海河实验室.)
    if (t.tag === 'v' && t.word.length > 1 && PROPER_TAGS.has(tokens[j + 1]?.tag) && !isPiece(tokens[j - 1])) break;
    // A verb before a determiner or a generic word takes it as its object (提高|整个社区).
    if (t.tag === 'v' && t.word.length > 1 && (tokens[j + 1]?.tag === 'b' || tokens[j + 1]?.tag === 'r' || GENERIC_WORDS.has(tokens[j + 1]?.word ?? ''))) break;
    if (options.stopAtVerbs && t.tag === 'v' && t.word.length > 1 && !followsNationalStart(tokens, j, minStart)) break;
    if (options.stopAtOrganisation && (endsWithLonger(t.word, NON_PLACE_ENDINGS) || (t.word.length >= 2 && ORG_LAST_CHARS.at(t.word, t.word.length - 1) && t.tag !== 'v'))) break;
    if (options.placesOnly && t.tag !== 'ns') break;
    start = t.start;
    joined = -1;
  }
  const result = joined >= 0 ? joined : start;
  // A name does not start with a kind of body (剑桥|大学能源政策研究中心): the kind ends the name before it.
  const k = tokenAt(tokens, result);
  return k >= 0 && k < from && tokens[k].start === result && BARE_KINDS.has(tokens[k].word) ? tokens[k + 1].start : result;
}

/** Words that open a national or regional body's name before its field (国家|留学|基金管理委员会). */
const NATIONAL_STARTS = new Set(['国家', '中国', '全国', '中央']);

/** Tags of a stop word that can still be a word of a body's field (记者协会, 促进协会), unlike function words (将, 在). */
const CONTENT_STOP_WORD_TAGS = new Set(['v', 'vn', 'n']);
/** Field words at most between a name's place and a verb of its field. */
const MAX_FIELD_WORDS = 2;

/**
 * The verb or stop word at `word` belongs to a body's field, right after the name's national or place start (with at
 * most MAX_FIELD_WORDS field words between) that itself opens the clause: ，国家|留学|…委员会; 由中国|体育|记者|协会; the
 * word is inside the name.
 */
function followsNationalStart(tokens: readonly Token[], word: number, minStart: number): boolean {
  for (let k = word - 1; k >= 0 && word - k <= MAX_FIELD_WORDS + 1; k--) {
    const t = tokens[k];
    if (t.start < minStart) return false;
    if (NATIONAL_STARTS.has(t.word) || (t.tag === 'ns' && t.word.length >= 2 && !endsWithAny(t.word, ORG_ENDINGS))) {
      const before = tokens[k - 1];
      return opensName(before, minStart);
    }
    if (!FIELD_WORD_TAGS.has(t.tag)) return false;
  }
  return false;
}

/** A company's legal form: nothing but a name can stand before it (中国交通建设|集团有限公司). */
const LEGAL_FORM = /^(?:集团|控股|股份)*(?:有限(?:责任)?公司|股份公司)$/u;

/**
 * A verb right before a company's legal form, with a name piece before it, is a word of the name: 中国交通建设集团有限公司
 * (建设 'construction'), not 建设|集团有限公司.
 */
function isVerbInCompanyName(tokens: readonly Token[], verb: number, end: number): boolean {
  const before = tokens[verb - 1];
  if (verb < 1 || tokens[verb].word.length < 2 || opensName(before, 0)) return false;
  let suffix = '';
  for (let i = verb + 1; i < tokens.length && tokens[i].end <= end; i++) suffix += tokens[i].word;
  return LEGAL_FORM.test(suffix);
}

/** The token after a kind is a common noun that ends the name (银行|监督局): the kind is the body's field. */
function isFieldOfBody(next: Token | undefined, end: number): boolean {
  return next !== undefined && next.end === end && next.word.length >= 3 && (next.tag === 'n' || next.tag === 'vn');
}

/** A kind of organisation is bare when nothing that could name it stands before it. */
function isBare(before: Token | undefined): boolean {
  return opensName(before, 0) || GENERIC_WORDS.has(before!.word) || before!.tag === 'a' || before!.tag === 'm';
}

/** A one-character piece of a word jieba does not know (not punctuation or a function word). */
function isPiece(t: Token | undefined): boolean {
  return t !== undefined && t.word.length === 1 && !isPunctuation(t) && !STOP_TAGS.has(t.tag) && t.tag !== 'f' && t.tag !== 'd' && t.tag !== 'm';
}

/** A name jieba knows as a person's: three characters tagged nr, surname first. */
function isPersonToken(t: Token): boolean {
  return (t.tag === 'nr' || t.tag === 'nrfg') && t.word.length === 3 && SURNAMES.at(t.word, 0);
}

/** Index of the token opening the parenthetical closed at `close`, if it is short and plain; else -1. */
function findOpening(tokens: Token[], close: number, minStart: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 4; j--) {
    if (tokens[j].start < minStart) return -1;
    if (OPENING.has(tokens[j].word)) return j > 0 && !isPunctuation(tokens[j - 1]) ? j : -1;
    if (isPunctuation(tokens[j])) return -1;
  }
  return -1;
}

/** Drops leading modifiers such as 国家级 from a name; returns how many characters to skip. */
export function leadingModifierLength(name: string): number {
  for (const m of LEADING_MODIFIERS) if (name.startsWith(m) && name.length > m.length + 1) return m.length;
  return 0;
}

/** True when every token overlapping [start, end) is a generic word, i.e. the text is a common noun phrase. */
export function isGenericPhrase(tokens: Token[], start: number, end: number, text: string, offset: number): boolean {
  if (end <= start) return true;
  for (let k = Math.max(0, tokenAt(tokens, start)); k < tokens.length && tokens[k].start < end; k++) {
    const t = tokens[k];
    if (t.end <= start) continue;
    const piece = text.slice(Math.max(t.start, start) - offset, Math.min(t.end, end) - offset);
    if (!isGenericWord(piece)) return false;
  }
  return true;
}

/** A generic word, or a compound of two-character generic words (公共服务). */
function isGenericWord(piece: string): boolean {
  if (GENERIC_WORDS.has(piece)) return true;
  const pairs = piece.length >= 4 && piece.length % 2 === 0 ? piece.match(/.{2}/gu) : null;
  return pairs !== null && pairs.every((p) => GENERIC_WORDS.has(p));
}

/** Index of the token that contains offset `at`, or -1. */
export function tokenAt(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else if (tokens[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}
