import { CharSet } from './char-set.js';
import type { EntityType, Mention } from '../types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Token } from './tokenize.js';
import { isPairBeforeRelation, shortFormsInWord } from './short-forms.js';
import type { SentenceContext } from './context.js';
import {
  ABBREVIATION_HEADS, ADMIN_LEVEL_CHARS, GENERIC_WORDS, NAME_SUFFIXES, NOT_NAMES, NOT_REGIONS, ORGANISATION_TYPES, PERSON_CUES_BEFORE, PLACE_HEADS, UNIT_WORDS, VENUE_ENDINGS,
} from './defaults.js';
import { frequencyOf, tagOf } from './dictionary.js';
import { GAZETTEER, isGazetteerPlace, isPlaceName } from './gazetteer.js';

const GAZETTEER_TYPES = new Map<string, EntityType>(GAZETTEER);
const CONGRESS = /^(?:中共)?[一二三四五六七八九十]{2,3}大$/u;
const NOT_PLACE_LEADS = new CharSet('多各全本该我某每入出进回下上赴返离');
const HEADS = [...PLACE_HEADS].sort((a, b) => b.length - a.length);
/** One-character endings of organisation names (国务院, 新华社, 解放军, 欧盟, 北约). */
const ORG_LAST_CHARS = new CharSet('部委局厅院校所社党团队军报厂行司处署办盟约');

/** A word ending with a title names a post (营政委, 县委书记), not a body. */
const TITLE_ENDINGS = PERSON_CUES_BEFORE.filter((cue) => cue.length >= 2);
const NOT_BODY_ENDINGS = [...ABBREVIATION_HEADS, ...VENUE_ENDINGS];
const LONG_SUFFIXES = new Set(NAME_SUFFIXES.map(([suffix]) => suffix).filter((s) => s.length >= 2));

/** Lengths of the surface forms starting with each character, longest first (so a scan tries only those). */
type LengthIndex = Map<string, number[]>;
const lengthIndexes = new WeakMap<object, LengthIndex>();

function lengthIndexOf(key: object, surfaces: Iterable<string>): LengthIndex {
  let index = lengthIndexes.get(key);
  if (index) return index;
  index = new Map();
  for (const surface of surfaces) {
    const lengths = index.get(surface[0]) ?? [];
    if (!lengths.includes(surface.length)) lengths.push(surface.length);
    index.set(surface[0], lengths.sort((a, b) => b - a));
  }
  lengthIndexes.set(key, index);
  return index;
}

/** Longest-match lookup of lexicon surface forms in the sentence. */
export function recognizeLexiconNames(ctx: SentenceContext, lexicon: Lexicon): Mention[] {
  if (lexicon.entries.length === 0) return [];
  const index = lengthIndexOf(lexicon, lexicon.bySurface.keys());
  return longestMatches(ctx, index, (surface) => {
    const entry = lexicon.bySurface.get(surface);
    return entry && { type: entry.type, canonical: entry.name };
  }).map((m) => ({ ...m, source: 'lexicon' as const }));
}

/** Lengths of the gazetteer's names by the code of their first character, longest first. */
const GAZETTEER_LENGTHS = new Map<number, number[]>();
for (const name of GAZETTEER_TYPES.keys()) {
  const lengths = GAZETTEER_LENGTHS.get(name.charCodeAt(0)) ?? [];
  if (!lengths.includes(name.length)) lengths.push(name.length);
  GAZETTEER_LENGTHS.set(name.charCodeAt(0), lengths.sort((a, b) => b - a));
}

/**
 * Longest-match lookup of the general gazetteer (national bodies, provinces, major cities), from token starts to token
 * ends only, so that 中国 inside 中国科学院 is found as a whole word and never inside one.
 */
export function recognizeGazetteerNames(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  let covered = sentence.start;
  for (let k = 0; k < tokens.length; k++) {
    const start = tokens[k].start;
    if (start < covered) continue;
    const lengths = GAZETTEER_LENGTHS.get(text.charCodeAt(start));
    if (!lengths) continue;
    for (const length of lengths) {
      const end = start + length;
      if (end > sentence.end || !endsToken(tokens, k, end)) continue;
      const surface = text.slice(start, end);
      const type = GAZETTEER_TYPES.get(surface);
      if (!type || splitsLatinWord(text, start, end) || (tokens[k].end === end && isPairBeforeRelation(tokens, k))) continue;
      mentions.push({ text: surface, start, end, type, source: 'gazetteer' });
      covered = end;
      break;
    }
  }
  return mentions;
}

/** True when a token from `k` on ends at `end`. */
function endsToken(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < tokens.length && tokens[j].start < end; j++) if (tokens[j].end === end) return true;
  return false;
}

/**
 * Places and organisations jieba's dictionary tags `ns` and `nt` (江苏, 如皋市, 中国共产党, 国家经贸委); a country's
 * government (美国政府/nt) is the country.
 */
export function recognizeTaggedNames(ctx: SentenceContext): Mention[] {
  const { sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start < sentence.start) continue;
    if (t.end > sentence.end) break;
    if (t.word.length < 2) continue;
    // A party congress by its number (十五大, 中共十四大) is named like a body.
    if (t.word[t.word.length - 1] === '大' && CONGRESS.test(t.word)) {
      mentions.push({ text: t.word, start: t.start, end: t.end, type: 'Organization', source: 'pos' });
      continue;
    }
    if (t.tag === 'ns' && isPlaceWord(t.word) && shortFormsInWord(t).length === 0 && !isPairBeforeRelation(tokens, k)) {
      for (const [start, end] of placeParts(t.word)) {
        // What is left once a generic head is cut may be a common word (北方|地区 → 北方).
        if (NOT_REGIONS.has(t.word.slice(start, end))) continue;
        mentions.push({ text: t.word.slice(start, end), start: t.start + start, end: t.start + end, type: 'Region', source: 'pos' });
      }
    } else if (t.tag === 'nt' && VENUE_ENDINGS.some((v) => t.word.endsWith(v) && t.word.length > v.length)) {
      // Venues (首都体育馆, 国家大剧院) are places.
      mentions.push({ text: t.word, start: t.start, end: t.end, type: 'Region', source: 'pos' });
    } else if (t.tag === 'nt' && looksLikeOrganisation(t.word)) {
      const place = t.word.endsWith('政府') ? t.word.slice(0, -2) : '';
      if (place && isPlaceName(place) && !GENERIC_WORDS.has(place)) {
        mentions.push({ text: place, start: t.start, end: t.start + place.length, type: 'Region', source: 'pos' });
      } else if (!place) {
        mentions.push({ text: t.word, start: t.start, end: t.end, type: organisationType(t.word), source: 'pos' });
      }
    }
  }
  return mentions;
}

/** A word jieba tags ns that is a place: not a common noun (城市, 东西), nor a verb or quantity lead (入盟, 多维度). */
function isPlaceWord(word: string): boolean {
  if (isGazetteerPlace(word)) return true;
  // A known place with its level (上海市, 北京市) is one, whatever its first character (上, 北).
  if (ADMIN_LEVEL_CHARS.at(word, word.length - 1) && isGazetteerPlace(word.slice(0, -1))) return true;
  return !NOT_REGIONS.has(word) && !GENERIC_WORDS.has(word) && !NOT_PLACE_LEADS.at(word, 0) && !/^[东西南北中]{3,}$/u.test(word);
}

/**
 * The places in a place word: without a generic head (华北地区 → 华北), and split when it joins two known places
 * (英国伦敦 → 英国 | 伦敦).
 */
function placeParts(word: string): Array<[number, number]> {
  const head = HEADS.find((h) => word.endsWith(h) && word.length - h.length >= 2);
  let end = head ? word.length - head.length : word.length;
  // A known place and what is said of it in one place word (香港|回归, 长江|中下游, 美洲|国家, 突尼斯|政府).
  const known = knownPlaceBefore(word.slice(0, end));
  if (known > 0) end = known;
  // A former state (前南斯拉夫, 原东德) is named without the 原.
  if (/^[原前]/u.test(word) && isKnownPlace(word.slice(1, end))) return [[1, end]];
  for (let k = 2; k <= end - 2; k++) {
    if (isKnownPlace(word.slice(0, k)) && isKnownPlace(word.slice(k, end))) return [[0, k], [k, end]];
  }
  return [[0, end]];
}

/** Tags of a word after a known place that says something of it (回归/v, 中下游/j, 下游/f), not a name's word. */
const SAID_OF_PLACE_TAGS = new Set(['v', 'vn', 'f', 'j']);
/** Dictionary frequency from which a word after a place is an ordinary one. */
const COMMON_WORD = 100;
/** Nouns after a known place that are not part of its name (美洲|国家, 突尼斯|政府). */
const NOUNS_OF_PLACE = new Set(['国家', '政府', '人民']);

/** Length of a known place at the start of a place word, when the rest says something of it; else 0. */
function knownPlaceBefore(word: string): number {
  for (let k = word.length - 2; k >= 2; k--) {
    if (!isKnownPlace(word.slice(0, k))) continue;
    const rest = word.slice(k);
    // (A rare word is more likely the end of a foreign name: 几内亚|比绍/v is one country.)
    return NOUNS_OF_PLACE.has(rest) || (SAID_OF_PLACE_TAGS.has(tagOf(rest)) && frequencyOf(rest) >= COMMON_WORD) ? k : 0;
  }
  return 0;
}

function isKnownPlace(word: string): boolean {
  return isGazetteerPlace(word) || (tagOf(word) === 'ns' && !NOT_REGIONS.has(word));
}

/**
 * jieba tags some common nouns `nt` (儿童文学, 音乐会, 党组织): an organisation name ends with an organisation suffix
 * (…部, …委, …社, …协会) or is a known short name.
 */
function looksLikeOrganisation(word: string): boolean {
  if (NOT_NAMES.has(word) || TITLE_ENDINGS.some((title) => word.endsWith(title))) return false;
  // Relations and dealings between places (中日关系, 中美贸易) and venues (上海博物馆, 首都机场) are not bodies.
  if (NOT_BODY_ENDINGS.some((h) => word.endsWith(h))) return false;
  // A name of a body ends with a noun; one ending with a verb names an activity (太空飞行).
  // (Unless the verb is a body's word, 组织, 分行, or a place leads: 甲市通用, 乙国作协.)
  if (word.length >= 4 && tagOf(word.slice(-2)) === 'v' && !LONG_SUFFIXES.has(word.slice(-2)) && !isPlaceName(word.slice(0, 2))) return false;
  // A common word before the ending makes a common noun (国家队, 中介公司).
  if (GENERIC_WORDS.has(word.slice(0, -1)) || GENERIC_WORDS.has(word.slice(0, -2))) return false;
  if (ORG_LAST_CHARS.at(word, word.length - 1) || GAZETTEER_TYPES.has(word)) return true;
  // A known body and one of its units (民盟中央, 民建中央常委会).
  for (const unit of UNIT_WORDS) if (word.endsWith(unit) && GAZETTEER_TYPES.has(word.slice(0, -unit.length))) return true;
  // A place's organisation (中国足协, 法国电信, 中国女篮).
  for (let k = 2; k <= word.length - 2; k++) if (isPlaceName(word.slice(0, k)) && !NOT_REGIONS.has(word.slice(0, k))) return true;
  return NAME_SUFFIXES.some(([suffix, type]) => ORGANISATION_TYPES.has(type) && word.endsWith(suffix) && word.length > suffix.length);
}

/** The organisation type its ending gives (…部, …局: GovernmentBody; …大学: ResearchInstitute; …公司: Company). */
function organisationType(name: string): EntityType {
  for (const [suffix, type] of NAME_SUFFIXES) {
    if (name.endsWith(suffix) && ORGANISATION_TYPES.has(type)) return type;
  }
  return 'Organization';
}

/** Scans for the longest known surface form at each position. */
function longestMatches(
  ctx: SentenceContext,
  index: LengthIndex,
  lookup: (surface: string) => { type: EntityType; canonical?: string } | undefined,
): Mention[] {
  const { text, sentence } = ctx;
  const mentions: Mention[] = [];
  for (let i = sentence.start; i < sentence.end; ) {
    let found: Mention | undefined;
    for (const len of index.get(text[i]) ?? []) {
      if (i + len > sentence.end) continue;
      const surface = text.slice(i, i + len);
      const hit = lookup(surface);
      if (hit && !splitsLatinWord(text, i, i + len)) {
        found = { text: surface, start: i, end: i + len, type: hit.type, source: 'lexicon', canonical: hit.canonical };
        break;
      }
    }
    if (found) {
      mentions.push(found);
      i = found.end;
    } else {
      i++;
    }
  }
  return mentions;
}

/** A Latin surface form must not cut a Latin word ("360" inside "3600"). */
function splitsLatinWord(text: string, start: number, end: number): boolean {
  const alnum = /[A-Za-z0-9]/;
  return (alnum.test(text[start]) && alnum.test(text[start - 1] ?? '')) || (alnum.test(text[end - 1]) && alnum.test(text[end] ?? ''));
}

