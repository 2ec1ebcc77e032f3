/** Line classifiers: is a line page chrome (and which), body text, or a headline? */
import {
  BODY_LONG_LENGTH,
  BODY_MIN_LENGTH,
  BODY_SENTENCE_MIN_LENGTH,
  BREADCRUMB_MIN_ITEMS,
  CHROME_PATTERNS,
  HEADLINE_MAX_LENGTH,
  HEADLINE_MIN_LENGTH,
  MENU_ITEM_MAX_LENGTH,
  MENU_MIN_ITEMS,
  type ChromeRole,
} from './defaults.js';

/** Why a line is chrome: the pattern name and its role. */
export interface ChromeMatch {
  name: string;
  role: ChromeRole;
}

const BREADCRUMB_SEPARATOR = /\s*[>›»＞→]\s*/;
const BREADCRUMB_HOME = /首页|主页|当前位置|您的位置|Home/i;
const MENU_SEPARATOR = /[\s|｜]+/;
const PUNCTUATION = /[。！？；，、,.!?;:：“”"'‘’「」（）()《》]/;
const SENTENCE_PUNCTUATION = /[。！？；，,.!?;]/;
const SENTENCE_END = /[。！？!?…][”"’」』)）]*$/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const LONGEST_CHROME = Math.max(...CHROME_PATTERNS.map((chrome) => chrome.maxLength));
const PROSE = /[。！？!?][”"’」』)）]*$|？/;
const CJK = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/** Length in code points (a CJK character counts one). */
export function lineLength(line: string): number {
  let n = line.length;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) n--;
  }
  return n;
}

/** "网易首页 > 网易号 > 正文": short items between `>`, at least three, or two when the first is a home link. */
function isBreadcrumb(line: string): boolean {
  const items = line.split(BREADCRUMB_SEPARATOR).filter((item) => item !== '');
  if (items.length < 2) return false;
  if (items.length < BREADCRUMB_MIN_ITEMS && !BREADCRUMB_HOME.test(items[0])) return false;
  return items.every((item) => lineLength(item) <= MENU_ITEM_MAX_LENGTH && !/[。！？，,]/.test(item));
}

/** "首页 新闻 体育 财经 娱乐 科技": many short items without punctuation. */
function isMenu(line: string): boolean {
  const items = line.split(MENU_SEPARATOR).filter((item) => item !== '');
  return items.length >= MENU_MIN_ITEMS && items.every((item) => lineLength(item) <= 6 && !PUNCTUATION.test(item));
}

/** The chrome pattern a trimmed line matches, or undefined for a content line. */
export function matchChrome(line: string): ChromeMatch | undefined {
  if (line === '') return undefined;
  if (!HAS_WORD.test(line)) return { name: 'symbols', role: 'line' };
  const length = lineLength(line);
  if (length > LONGEST_CHROME) return undefined;
  const prose = PROSE.test(line);
  for (const chrome of CHROME_PATTERNS) {
    if (length <= chrome.maxLength && (chrome.prose || !prose) && chrome.pattern.test(line)) return { name: chrome.name, role: chrome.role };
  }
  if (isBreadcrumb(line)) return { name: 'breadcrumb', role: 'line' };
  if (isMenu(line)) return { name: 'menu', role: 'edge' };
  return undefined;
}

/** A body line: a paragraph of running text (long with punctuation, or a whole sentence), not chrome. */
export function isBodyLine(line: string): boolean {
  return hasBodyShape(line) && matchChrome(line) === undefined;
}

/** The shape of running text, chrome or not: long, or long enough with punctuation, or a whole sentence. */
export function hasBodyShape(line: string): boolean {
  if (line.length < BODY_SENTENCE_MIN_LENGTH) return false;
  const length = lineLength(line);
  if (length < BODY_SENTENCE_MIN_LENGTH) return false;
  return length >= BODY_LONG_LENGTH || (length >= BODY_MIN_LENGTH && SENTENCE_PUNCTUATION.test(line)) || SENTENCE_END.test(line);
}

/** A headline: a short line of words that does not end like a sentence or a label. */
export function isHeadline(line: string): boolean {
  const length = lineLength(line);
  if (length < HEADLINE_MIN_LENGTH || length > HEADLINE_MAX_LENGTH) return false;
  if (/[。：:，,、；;]$/.test(line) || matchChrome(line) !== undefined) return false;
  return (line.match(CJK)?.length ?? 0) >= 2 || (line.match(LATIN)?.length ?? 0) >= 3;
}
