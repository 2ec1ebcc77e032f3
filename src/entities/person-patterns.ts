/**
 * Person names in patterns beyond a surname and a given name: foreign names joined by a middle dot, names at the start
 * of a word named after them (邓小平理论), a surname after 老, names listed between two people.
 */
import { CharSet } from './char-set.js';
import type { Mention } from '../types.js';
import { firstStartingAt } from '../sorted-spans.js';
import type { SentenceContext } from './context.js';
import { HAN_WORD, SURNAMES, TRANSLITERATION_CHARS } from './defaults.js';
import { frequencyOf, tagOf } from './dictionary.js';
import { isForeignPiece, isNameChar, isPlainNameChar, NAME_TAGS, startsWithSurname } from './person-tokens.js';

const DOTS = new Set(['·', '•', '・']);
const FIRST_PART_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns']);
/** Words after a name that make one word with it (邓小平理论, 马克思主义, 汤姆斯杯, 安徒生童话). */
const NAMED_AFTER_LAST = new CharSet('论义想话杯奖式');
const NAMED_AFTER = /^(.{2,5}?)(理论|主义|思想|童话|杯|奖|式)$/u;

/**
 * Names joined by a middle dot (马克·卢蒲, 阿·德米特里延科): transliteration characters before the first dot, and after
 * each dot the tokens of the next part (transliteration runs or single characters that can end a name).
 */
export function dottedNames(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  if (!/[·•・]/u.test(sentence.text)) return mentions;
  for (let d = sentence.start; d < sentence.end; d++) {
    if (!DOTS.has(text[d])) continue;
    let start = d;
    while (start > sentence.start && TRANSLITERATION_CHARS.at(text, start - 1) && d - start < 8) start--;
    // A first part jieba knows whole as a name or a place's name (亚历山大/ns·…) need not be all transliteration characters.
    const before = tokens[firstStartingAt(tokens, d) - 1];
    if (before && before.end === d && before.start < start && before.word.length >= 2 && FIRST_PART_TAGS.has(before.tag)) start = before.start;
    if (start === d) continue;
    let end = d;
    while (end < sentence.end && DOTS.has(text[end])) {
      let k = firstStartingAt(tokens, end + 1);
      const partStart = end + 1;
      while (k < tokens.length && tokens[k].end <= sentence.end && tokens[k].end - partStart <= 10 && (isForeignPiece(tokens[k]) || isPlainNameChar(tokens[k]))) k++;
      if (k === firstStartingAt(tokens, end + 1) || tokens[k - 1].end <= partStart) break;
      end = tokens[k - 1].end;
    }
    if (end <= d) continue;
    mentions.push({ text: text.slice(start, end), start, end, type: 'Person', source: 'suffix' });
    d = end;
  }
  return mentions;
}

/** Names at the start of a word named after the person (邓小平|理论, 马克思|主义, 汤姆斯|杯). */
export function namesBeforeHeads(ctx: SentenceContext): Mention[] {
  const { sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (let i = firstStartingAt(tokens, sentence.start); i < tokens.length && tokens[i].end <= sentence.end; i++) {
    const word = tokens[i].word;
    if (word.length < 3 || !NAMED_AFTER_LAST.at(word, word.length - 1)) continue;
    const m = NAMED_AFTER.exec(word);
    if (!m || !HAN_WORD.test(m[1])) continue;
    const tag = tagOf(m[1]);
    const foreign = TRANSLITERATION_CHARS.every(m[1]) && m[1].length >= 3;
    if (NAME_TAGS.has(tag) && (m[1].length >= 3 || foreign) || foreign) {
      mentions.push({ text: m[1], start: tokens[i].start, end: tokens[i].start + m[1].length, type: 'Person', source: 'suffix' });
    }
  }
  return mentions;
}

const NAME_LIST_JOINERS = new Set(['、', '和', '与', '及']);

/** Two or three Han characters, a surname first, and no word of jieba's other than a name (东南亚/ns is not). */
function mayBeListedName(name: string): boolean {
  return name.length >= 2 && name.length <= 3 && HAN_WORD.test(name) && startsWithSurname(name) && (frequencyOf(name) === 0 || NAME_TAGS.has(tagOf(name)));
}

/**
 * A surname after 老 names a person (老李/nr, 老|刘|说): one token jieba tags as a name, or 老 and a surname on their
 * own before anything but another name character.
 */
export function surnamesAfterLao(ctx: SentenceContext): Mention[] {
  const { sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  for (let i = firstStartingAt(tokens, sentence.start); i < tokens.length && tokens[i].end <= sentence.end; i++) {
    const t = tokens[i];
    if (t.word[0] !== '老') continue;
    if (t.word.length === 2 && NAME_TAGS.has(t.tag) && SURNAMES.at(t.word, 1)) {
      mentions.push({ text: t.word[1], start: t.start + 1, end: t.end, type: 'Person', source: 'suffix' });
      continue;
    }
    const next = tokens[i + 1];
    if (t.word.length === 1 && next && next.end <= sentence.end && next.word.length === 1 && SURNAMES.has(next.word) && !isNameChar(tokens[i + 2])) {
      mentions.push({ text: next.word, start: next.start, end: next.end, type: 'Person', source: 'suffix' });
    }
  }
  return mentions;
}

/**
 * Names listed between two people (王芳、杨影、李强): each member between them, of two or three characters with a
 * surname first, is a person too, though its given name alone would not score (also before 和 at the list's end).
 */
export function namesBetweenNames(text: string, found: Mention[]): Mention[] {
  const people = found.filter((m) => m.type === 'Person').sort((a, b) => a.start - b.start);
  const mentions: Mention[] = [];
  for (let k = 1; k < people.length; k++) {
    const [a, b] = [people[k - 1], people[k]];
    if (b.start - a.end < 4 || text[a.end] !== '、' || !NAME_LIST_JOINERS.has(text[b.start - 1])) continue;
    const members = text.slice(a.end + 1, b.start - 1).split('、');
    if (!members.every(mayBeListedName)) continue;
    let at = a.end + 1;
    for (const name of members) {
      mentions.push({ text: name, start: at, end: at + name.length, type: 'Person', source: 'pos' });
      at += name.length + 1;
    }
  }
  return mentions;
}
