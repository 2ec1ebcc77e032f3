import { CharSet } from './char-set.js';
import type { Mention } from '../types.js';
import { firstStartingAt } from '../sorted-spans.js';
import type { SentenceContext } from './context.js';
import {
  DOUBLE_SURNAMES, HAN_WORD, NOT_GIVEN_CHARS, PERSON_CUES_AFTER, PERSON_CUES_BEFORE, PLACE_SUFFIX_CHARS, SURNAME_HONORIFICS, SURNAMES,
} from './defaults.js';
import { frequencyOf, tagOf } from './dictionary.js';
import { givenNameScore } from './name-model.js';
import type { Token } from './tokenize.js';
import { dottedNames, namesBeforeHeads, namesBetweenNames, surnamesAfterLao } from './person-patterns.js';
import { isForeignPiece, isNameChar, isPlainNameChar, NAME_TAGS, startsWithSurname } from './person-tokens.js';

const CUES_AFTER = new Set(PERSON_CUES_AFTER);
/** Last characters of nouns for roles (…长, …员, …家, …师, …手, …官). */
const ROLE_ENDINGS = new CharSet('长员家师手官');
/** Titles and forms of address: a known name beside one is a person whatever its score. */
const TITLE_CUES = new Set([...PERSON_CUES_BEFORE, ...SURNAME_HONORIFICS]);
const CUES_BEFORE = new Set(PERSON_CUES_BEFORE);
const CUE_LENGTHS = [...new Set(PERSON_CUES_BEFORE.map((c) => c.length))];
const HONORIFICS = new Set(SURNAME_HONORIFICS);
/** One-character forms of address that also end ordinary words (国家, 元老, 汇总, 王某): in one token with a surname, only a name tag makes it one. */
const SHORT_HONORIFICS = new Set(['家', '老', '总', '某']);
/** Tags of a two-character word that may be a given name after a surname (王/金兰/nr, 郑/全军/n). */
const GIVEN_WORD_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x', 'nz', 'n', 'ns', 'a', 'nt', 'j', 'vn', 't']);
/** A time word is a given name only when rare in running text (国庆 yes; 昨天, 明天, 春节 no: 于|昨天 is a preposition and a day). */
const COMMON_TIME_WORD = 1000;
/** Last characters of places and things, not of names (吴桥县, 尤伯杯, 望远镜). */
const NOT_NAME_ENDINGS = new CharSet('省市县区乡镇村州山河湖岛港湾宫馆杯赛奖号园型性式率镜花树赛节人语文族教城口庄');

/** Scores above these accept a surname-led name of three (two) characters; found names are then typed Person. */
const THREE_CHAR_THRESHOLD = 1;
const TWO_CHAR_THRESHOLD = 1.5;
/** Bonus for a cue around the name (a title before it, 说 or 先生 after it), and for a name jieba knows. */
const CUE_BONUS = 2.5;
const KNOWN_BONUS = 4;
/**
 * jieba tags many ordinary words nr (青少年, 雷阵雨, 花仙子): a three-character word so tagged that does not start with a
 * common surname is a name only with a cue; one that holds an ordinary word (高|素质) gets no bonus for its tag.
 */
const UNKNOWN_SURNAME_BONUS = -2;
const LIST_BONUS = 1;
/** Most Chinese names have two given-name characters: a three-character reading gets this much before one of two. */
const THREE_CHAR_PRIOR = 2;
/** Dictionary frequency above which a word tagged nr is an ordinary word unless a cue says otherwise. */
const FREQUENT_WORD = 100;

/**
 * Finds people's names: Chinese names as a surname and one or two given-name characters scored by the given-name
 * model and by cues around them (院长吴弦光, 刘忠泽指出); foreign names as runs of transliteration characters
 * (拉特纳亚克, 奥尔布赖特) and names joined by a middle dot (马克·卢蒲); a bare surname before an honorific (吴先生).
 */
export function recognizePersonNames(ctx: SentenceContext): Mention[] {
  const { sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  const first = firstStartingAt(tokens, sentence.start);
  for (let i = first; i < tokens.length && tokens[i].end <= sentence.end; i++) {
    const foreign = foreignNameAt(tokens, i, sentence.end);
    const span = foreign ?? chineseNameAt(tokens, i, sentence.end);
    if (!span) continue;
    const [start, end] = span;
    // A foreign name where a place stands (在伊萨卡, 抵达达卡, 伊萨卡举行) is a place.
    const last = tokenAtEnd(tokens, i, end);
    // So is a name, foreign or not, that jieba knows as a place's (吉布提 → 吉布提共和国/ns, 亚马孙 → 亚马孙河/ns).
    const uncued = !hasCue(tokens, i, last);
    if (uncued && ((foreign && isPlaceContext(tokens, i, last)) || namesPlace(ctx.text.slice(start, end)))) {
      mentions.push({ text: ctx.text.slice(start, end), start, end, type: 'Region', source: 'pos' });
      continue;
    }
    const cue = hasCue(tokens, i, tokenAtEnd(tokens, i, end));
    // Without a cue, a place jieba knows on the same span wins (桂林/ns).
    mentions.push({ text: ctx.text.slice(start, end), start, end, type: 'Person', source: cue ? 'suffix' : 'pos' });
  }
  const found = mentions.concat(dottedNames(ctx), namesBeforeHeads(ctx), surnamesAfterLao(ctx));
  return found.concat(namesBetweenNames(ctx.text, found));
}

/** Words before and after a place (在…, 迁都…, …举行): a foreign name between them names a place. */
const PLACE_BEFORE = new Set(['在', '迁都', '首都', '抵达', '到达', '前往', '飞抵', '赴', '来自', '位于', '城市', '港口', '港城', '首府', '途经']);
const PLACE_AFTER = new Set(['举行', '召开', '举办', '开幕', '闭幕', '地区', '附近', '郊区', '市郊', '境内', '港']);

/** Kinds of place written after a foreign place's name (…共和国, …河, …地区). */
const PLACE_KINDS = ['共和国', '王国', '地区', '半岛', '河', '湖', '岛', '山', '州', '省', '市', '港'];

/** True when jieba's dictionary holds `name` followed by a kind of place as a place (ns); a bare surname is not (梁|山). */
function namesPlace(name: string): boolean {
  return name.length >= 2 && PLACE_KINDS.some((kind) => tagOf(name + kind) === 'ns');
}

function isPlaceContext(tokens: Token[], i: number, j: number): boolean {
  return PLACE_BEFORE.has(tokens[i - 1]?.word ?? '') || PLACE_AFTER.has(tokens[j + 1]?.word ?? '');
}

/** Index of the token ending at `end`, from `i` on. */
function tokenAtEnd(tokens: Token[], i: number, end: number): number {
  let j = i;
  while (tokens[j + 1] && tokens[j].end < end) j++;
  return j;
}

/** A cue for a person right before token `i` (a title or role) or right after token `j` (说, 先生, 书记). */
function hasCue(tokens: Token[], i: number, j: number): boolean {
  const after = tokens[j + 1];
  if (after && CUES_AFTER.has(after.word)) return true;
  const before = tokens[i - 1];
  if (!before) return false;
  // A role before the name: listed, or a noun of a role's form (副委员长, 见习排长, 社会学家, 研究员).
  return endsWithCue(before.word) || (before.word.length >= 2 && before.tag === 'n' && ROLE_ENDINGS.at(before.word, before.word.length - 1));
}

/** True when `word` ends with a cue before names (…院长, 记者); set look-ups by ending length instead of a scan. */
function endsWithCue(word: string): boolean {
  for (const length of CUE_LENGTHS) if (length <= word.length && CUES_BEFORE.has(word.slice(word.length - length))) return true;
  return false;
}

/** A smaller cue: the name stands in a list (、 on either side) or before a parenthesis (李涛（北科大）). */
function listBonus(tokens: Token[], i: number, j: number): number {
  const after = tokens[j + 1]?.word;
  const before = tokens[i - 1]?.word;
  if (after === '、' || before === '、' || after === '（' || after === '(') return LIST_BONUS;
  // The subject of its clause: at the clause's start, before a verb (丁文政决心…).
  const clauseStart = before === undefined || /^[，。；：！？“"、]$/u.test(before);
  return clauseStart && tokens[j + 1]?.tag === 'v' ? LIST_BONUS : 0;
}

/** [start, end) of a Chinese name starting at token `i`, if the surname, the given name and the cues score high enough. */
function chineseNameAt(tokens: Token[], i: number, limit: number): [number, number] | undefined {
  const t = tokens[i];
  // 1. A name jieba knows (黄登仁/nr), surname first.
  const known = NAME_TAGS.has(t.tag) && t.tag !== 'nrt' && HAN_WORD.test(t.word);
  // A surname and a form of address in one token (吴先生/nr, 江总书记/n, 刘家/nrfg): the surname names the person.
  if (t.word.length >= 2 && t.word.length <= 4 && SURNAMES.at(t.word, 0) && HONORIFICS.has(t.word.slice(1)) && (known || !SHORT_HONORIFICS.has(t.word.slice(1)))) return [t.start, t.start + 1];
  // A name jieba knows, next to a title (习近平总书记, 总理李鹏).
  if (known && t.word.length >= 2 && t.word.length <= 4 && (TITLE_CUES.has(tokens[i + 1]?.word ?? '') || TITLE_CUES.has(tokens[i - 1]?.word ?? ''))) return [t.start, t.end];
  if (known && t.word.length >= 2 && (t.word.length <= 3 || DOUBLE_SURNAMES.has(t.word.slice(0, 2))) && !NOT_NAME_ENDINGS.at(t.word, t.word.length - 1) && t.word[0] !== '老') {
    const strongCue = hasCue(tokens, i, i) ? CUE_BONUS : 0;
    const cue = strongCue + listBonus(tokens, i, i);
    const common = startsWithSurname(t.word);
    const given = t.word.slice(common ? surnameLength(t.word) : 1);
    // jieba tags some frequent words nr (荣誉, 古老): without a common surname, a frequent word is a name only with a cue.
    const frequent = frequencyOf(t.word) > FREQUENT_WORD && !(common && t.word.length >= 3);
    const bonus = frequent && strongCue === 0 ? -Infinity : knownNameBonus(t.word, common);
    const score = givenScore(given) + bonus + cue - endPenalty(tokens, i);
    if (score >= (t.word.length >= 3 ? THREE_CHAR_THRESHOLD : TWO_CHAR_THRESHOLD)) return [t.start, t.end];
  }
  // 2. A surname token followed by one or two characters jieba left unknown.
  if (!(t.word.length === 1 ? SURNAMES.has(t.word) : DOUBLE_SURNAMES.has(t.word))) return undefined;
  const next = tokens[i + 1];
  // (骆|家|辉: 家 starts a given name here, not 骆家 the family.)
  const familyOrName = next && SHORT_HONORIFICS.has(next.word) && isPlainNameChar(tokens[i + 2]) && NAME_TAGS.has(tokens[i + 2].tag);
  if (!next || next.end > limit || (HONORIFICS.has(next.word) && !familyOrName)) {
    // 吴先生: the surname names the person, unless a name character before it may end a longer name (张|吴先生).
    return next && HONORIFICS.has(next.word) && t.word.length === 1 && !isPlainNameChar(tokens[i - 1]) ? [t.start, t.end] : undefined;
  }
  const candidates: Array<[number, number]> = [];
  if (isNameChar(next) && isNameChar(tokens[i + 2]) && tokens[i + 2].end <= limit && !isVerbWithAspect(tokens, i + 2)) {
    const j = i + 2;
    candidates.push([givenScore(next.word + tokens[j].word) + THREE_CHAR_PRIOR + (hasCue(tokens, i, j) ? CUE_BONUS : 0) + listBonus(tokens, i, j) - endPenalty(tokens, j) - THREE_CHAR_THRESHOLD, j]);
  }
  if (next.word.length === 2 && HAN_WORD.test(next.word) && GIVEN_WORD_TAGS.has(next.tag) && !NOT_GIVEN_CHARS.at(next.word, 1) && !(next.tag === 't' && frequencyOf(next.word) > COMMON_TIME_WORD)) {
    candidates.push([givenScore(next.word) + (hasCue(tokens, i, i + 1) ? CUE_BONUS : 0) + listBonus(tokens, i, i + 1) - endPenalty(tokens, i + 1) - THREE_CHAR_THRESHOLD, i + 1]);
  }
  if (isNameChar(next)) {
    candidates.push([givenScore(next.word) + (hasCue(tokens, i, i + 1) ? CUE_BONUS : 0) + listBonus(tokens, i, i + 1) - endPenalty(tokens, i + 1) - TWO_CHAR_THRESHOLD, i + 1]);
  }
  const best = candidates.sort((a, b) => b[0] - a[0])[0];
  return best && best[0] >= 0 ? [t.start, tokens[best[1]].end] : undefined;
}

/**
 * Bonus for a word jieba tags as a name: a three-character one (黄登仁/nr, 宿茂臻/nr) gets much, unless it holds an
 * ordinary word (高|素质) or does not open with a common surname; two characters (王楠/nr) need a common surname.
 */
function knownNameBonus(word: string, common: boolean): number {
  if (word.length < 3) return common ? 2 : -Infinity;
  if (!common) return UNKNOWN_SURNAME_BONUS;
  return holdsPlainWord(word) ? 0 : KNOWN_BONUS;
}

/** Aspect particles: the character before one is a verb (王晨|作|了), not a name's last. */
const ASPECT_PARTICLES = new Set(['了', '着', '过']);

/** True when token `j` is a verb followed by an aspect particle. */
function isVerbWithAspect(tokens: Token[], j: number): boolean {
  return tokens[j].tag === 'v' && ASPECT_PARTICLES.has(tokens[j + 1]?.word ?? '');
}

/** Penalty when the name would run into a place suffix or another name character (so the cut is doubtful). */
function endPenalty(tokens: Token[], j: number): number {
  const after = tokens[j + 1];
  if (!after) return 0;
  if (after.word.length === 1 && PLACE_SUFFIX_CHARS.has(after.word)) return 4;
  return isNameChar(after) && givenNameScore(after.word) > 1.5 ? 1 : 0;
}

/**
 * True when a three-character word is an ordinary word plus one character (高|素质, 马路|边, 马上|会): jieba tags many
 * such words nr, so its tag alone does not make them names.
 */
function holdsPlainWord(word: string): boolean {
  if (word.length !== 3) return false;
  return isPlainWord(word.slice(1)) || isPlainWord(word.slice(0, 2));
}

function isPlainWord(word: string): boolean {
  return frequencyOf(word) > FREQUENT_WORD && !NAME_TAGS.has(tagOf(word));
}

function surnameLength(word: string): number {
  return DOUBLE_SURNAMES.has(word.slice(0, 2)) && word.length >= 3 ? 2 : 1;
}

function givenScore(given: string): number {
  let s = 0;
  for (const c of given) s += givenNameScore(c);
  return s;
}

/** [start, end) of a foreign name starting at token `i`: three or more transliteration characters, or two with a cue. */
function foreignNameAt(tokens: Token[], i: number, limit: number): [number, number] | undefined {
  if (!isForeignPiece(tokens[i]) || isForeignPiece(tokens[i - 1])) return undefined;
  let j = i;
  while (tokens[j + 1] && tokens[j + 1].end <= limit && isForeignPiece(tokens[j + 1])) j++;
  const length = tokens[j].end - tokens[i].start;
  // A run ending in, or followed by, a place or thing word is not a person (阿马里洛市, 尤伯杯, 德国人).
  const next = tokens[j + 1];
  if (NOT_NAME_ENDINGS.at(tokens[j].word, tokens[j].word.length - 1) || (next && NOT_NAME_ENDINGS.at(next.word, 0))) return undefined;
  const cue = hasCue(tokens, i, j);
  const single = i === j ? tokens[i] : undefined;
  // A place jieba knows (巴基斯坦/ns) is a person only with a cue (库马拉通加总统).
  if (single && single.tag === 'ns' && !cue) return undefined;
  if (single && !NAME_TAGS.has(single.tag) && single.tag !== 'x' && !cue) return undefined;
  if (length >= 3 || (length === 2 && cue && !SURNAMES.at(tokens[i].word, 0))) return [tokens[i].start, tokens[j].end];
  return undefined;
}
