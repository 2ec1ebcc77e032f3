import { dict } from '@node-rs/jieba/dict.js';

/**
 * jieba's dictionary (dict.txt shipped in @node-rs/jieba, MIT), read in place: "word freq tag" lines sorted by word,
 * searched by bisection, so start-up costs one scan of the file instead of building a 350,000-entry map.
 */
interface Dictionary {
  text: string;
  /** Offset of each line's first character in `text`. */
  starts: Int32Array;
  /**
   * Lines of the words starting with character code c are [firstLine[c], firstLine[c + 1]): a lookup bisects those
   * few lines only (a tenth of the comparisons on unseen text, where most tokens miss the tag cache).
   */
  firstLine: Int32Array;
}

let loaded: Dictionary | undefined;
const cache = new Map<string, number>();
const CACHE_LIMIT = 200_000;

function getDictionary(): Dictionary {
  if (loaded) return loaded;
  const text = new TextDecoder('utf-8').decode(dict);
  const offsets: number[] = [];
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end > at) offsets.push(at);
    at = end + 1;
  }
  const starts = Int32Array.from(offsets);
  loaded = { text, starts, firstLine: indexFirstCharacters(text, starts) };
  return loaded;
}

/** For each UTF-16 code, the first line whose word starts with it or a later code (the lines are sorted by code). */
function indexFirstCharacters(text: string, starts: Int32Array): Int32Array {
  const firstLine = new Int32Array(0x10001).fill(starts.length);
  for (let line = starts.length - 1; line >= 0; line--) firstLine[text.charCodeAt(starts[line])] = line;
  for (let code = 0xffff; code >= 0; code--) firstLine[code] = Math.min(firstLine[code], firstLine[code + 1]);
  return firstLine;
}

/** Compares `word` with the word of the line starting at `at` (which ends at a space). */
function compareAt(text: string, at: number, word: string): number {
  for (let k = 0; ; k++) {
    const a = k < word.length ? word.charCodeAt(k) : -1;
    const c = text.charCodeAt(at + k);
    const b = c === 32 ? -1 : c;
    if (a !== b) return a - b;
    if (a === -1) return 0;
  }
}

/** Line index of `word` in the dictionary, or -1. */
function lineOf(word: string): number {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  if (word === '') return -1;
  const { text, starts, firstLine } = getDictionary();
  const code = word.charCodeAt(0);
  let lo = firstLine[code];
  let hi = firstLine[code + 1] - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cmp = compareAt(text, starts[mid], word);
    if (cmp === 0) {
      found = mid;
      break;
    }
    if (cmp < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, found);
  return found;
}

/** The fields of dictionary line `line`: [word, frequency, tag]. */
function fieldsOf(line: number): [string, number, string] {
  const { text, starts } = getDictionary();
  const at = starts[line];
  const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
  const a = text.indexOf(' ', at);
  const b = text.indexOf(' ', a + 1);
  return [text.slice(at, a), Number(text.slice(a + 1, b)), text.slice(b + 1, end).trim()];
}

/**
 * Tags already looked up, as indexes into TAG_NAMES (+1, so 0 means not yet): by character code for one-character
 * words and by the pair of codes for two-character words (most tokens; numbers hash faster than strings), by string
 * for longer ones.
 */
const TAG_NAMES: string[] = [];
const TAG_INDEX = new Map<string, number>();
const singleTags = new Uint8Array(0x10000);
const pairTags = new Map<number, number>();
const longTags = new Map<string, number>();

function tagIndex(tag: string): number {
  let i = TAG_INDEX.get(tag);
  if (i === undefined) {
    i = TAG_NAMES.length;
    TAG_NAMES.push(tag);
    TAG_INDEX.set(tag, i);
  }
  return i;
}

function lookUpTag(word: string): number {
  const line = lineOf(word);
  return tagIndex(line >= 0 ? fieldsOf(line)[2] : fallbackTag(word));
}

/** The part-of-speech tag jieba gives `word`: its dictionary tag, else `eng` (Latin letters), `m` (digits) or `x`. */
export function tagOf(word: string): string {
  if (word.length === 1) {
    const code = word.charCodeAt(0);
    let known = singleTags[code];
    if (known === 0) {
      known = lookUpTag(word) + 1;
      singleTags[code] = known;
    }
    return TAG_NAMES[known - 1];
  }
  const pair = word.length === 2;
  const key = pair ? word.charCodeAt(0) * 0x10000 + word.charCodeAt(1) : 0;
  const known = pair ? pairTags.get(key) : longTags.get(word);
  if (known !== undefined) return TAG_NAMES[known];
  const index = lookUpTag(word);
  if (pair) {
    pairTags.set(key, index);
  } else {
    if (longTags.size >= CACHE_LIMIT) longTags.clear();
    longTags.set(word, index);
  }
  return TAG_NAMES[index];
}

/** jieba's tag for a word outside its dictionary. */
function fallbackTag(word: string): string {
  let latin = 0;
  let digits = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      latin++;
      digits++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      latin++;
    }
  }
  if (latin === 0) return 'x';
  return latin === digits ? 'm' : 'eng';
}

/** True when `word` is in jieba's dictionary. */
export function isDictionaryWord(word: string): boolean {
  return lineOf(word) >= 0;
}

/** Frequency of `word` in jieba's dictionary (0 when absent). */
export function frequencyOf(word: string): number {
  const line = lineOf(word);
  return line < 0 ? 0 : fieldsOf(line)[1];
}

/**
 * Calls `visit` with the dictionary's text and, for each line, the word's end, its frequency and the tag's bounds
 * (the word starts at `start`): one scan with no strings made, for statistics over all 350,000 entries.
 */
export function forEachLine(visit: (text: string, start: number, wordEnd: number, frequency: number, tagStart: number, tagEnd: number) => void): void {
  const { text, starts } = getDictionary();
  for (let line = 0; line < starts.length; line++) {
    const at = starts[line];
    const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
    const a = text.indexOf(' ', at);
    const b = text.indexOf(' ', a + 1);
    let tagEnd = end;
    while (tagEnd > b + 1 && text.charCodeAt(tagEnd - 1) <= 32) tagEnd--;
    visit(text, at, a, parseDecimal(text, a + 1, b), b + 1, tagEnd);
  }
}

/** The decimal number written in text[from, to). */
function parseDecimal(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + text.charCodeAt(k) - 48;
  return n;
}
