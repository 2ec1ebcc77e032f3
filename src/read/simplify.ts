/** Traditional → simplified Chinese (OpenCC), keeping every offset: the result has exactly the input's length. */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

/** Runs of Han characters: converted together so OpenCC's phrase table can pick the right character (乾燥 → 干燥). */
const HAN_RUN = /\p{Script=Han}+/gu;

interface Converters {
  /** Taiwan, Hong Kong and OpenCC standard forms to mainland simplified. */
  toSimplified: Convert;
  /** Mainland simplified to traditional: it changes the characters that only simplified text uses (显 → 顯). */
  toTraditional: Convert;
}

let converters: Converters | undefined;

/** The OpenCC converters, built on first use (about 0.3 s). */
function getConverters(): Converters {
  if (converters === undefined) {
    const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
    converters = {
      // Taiwan variants first, then the Hong Kong ones Taiwan's table leaves (衞 → 卫).
      toSimplified: (text) => fromHongKong(fromTaiwan(text)),
      toTraditional: OpenCC.Converter({ from: 'cn', to: 'tw' }),
    };
  }
  return converters;
}

/** How a character takes part in conversion to simplified. */
const UNCHANGED = 0;
/** Conversion may change it (著 in 顯著 stays, in 著名學者 too; 乾 in 乾燥 does not). */
const CONVERTIBLE = 1;
/** Conversion changes it and simplified text never uses it (濱, 學, 區): the text is traditional, at least in part. */
const TRADITIONAL_ONLY = 2;

interface CharClasses {
  bmp: Uint8Array;
  astral: Map<number, number>;
}

let classes: CharClasses | undefined;

/**
 * The class of every character, from OpenCC's own tables (Taiwan and Hong Kong variants, traditional → simplified
 * characters and phrases), so simplified text skips the converter: it costs about 0.1 µs a character against 3 µs,
 * and building the converters (0.7 s) happens only for text that needs them.
 */
function getClasses(): CharClasses {
  if (classes !== undefined) return classes;
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  const mark = (char: string) => {
    const code = char.codePointAt(0)!;
    if (code < 0x10000) bmp[code] = CONVERTIBLE;
    else astral.set(code, CONVERTIBLE);
  };
  // The characters of `from` that `changes` says the pair converts (all of them when the pair changes their count).
  const markChanged = (from: string, to: string, changes: (a: string, b: string) => boolean) => {
    const a = Array.from(from);
    const b = Array.from(to);
    if (a.length !== b.length) a.forEach(mark);
    else for (let i = 0; i < a.length; i++) if (changes(a[i], b[i])) mark(a[i]);
  };
  const pairs = (groups: readonly unknown[]) =>
    groups.flat(2).flatMap((table) => (typeof table === 'string' ? table.split('|').map((pair) => pair.split(' ')) : []));
  // 1. Traditional → simplified: the characters of a key that its value changes.
  const toCn = pairs(OpenCC.Locale.to.cn);
  const simplifiedChar = new Map<string, string>();
  for (const [from, to] of toCn) {
    if (from === undefined || to === undefined || from === to) continue;
    if (from.length === 1 && to.length === 1) simplifiedChar.set(from, to);
    markChanged(from, to, (a, b) => a !== b);
  }
  // 2. Taiwan and Hong Kong variants: a character whose standard form simplifies to another character (not back to it).
  for (const [from, to] of pairs([...OpenCC.Locale.from.tw, ...OpenCC.Locale.from.hk])) {
    if (from === undefined || to === undefined || from === to) continue;
    markChanged(from, to, (a, b) => a !== b && (simplifiedChar.get(b) ?? b) !== a);
  }
  // 3. Convertible characters that simplified text never uses (no simplified form, no key of simplified → traditional).
  const simplifiedUses = new Set<string>();
  for (const [, to] of toCn) if (to !== undefined) for (const char of to) simplifiedUses.add(char);
  for (const table of OpenCC.Locale.from.cn.flat(2)) {
    if (typeof table !== 'string') continue;
    // Keys only ("key value|key value"), scanned in place: the tables hold about 400,000 characters.
    let inKey = true;
    for (let i = 0; i < table.length; i++) {
      const code = table.charCodeAt(i);
      if (code === 0x20) inKey = false;
      else if (code === 0x7c) inKey = true;
      else if (inKey && code < 0xd800 && bmp[code] !== UNCHANGED) simplifiedUses.add(table[i]);
    }
  }
  for (let code = 0; code < 0x10000; code++) {
    if (bmp[code] === CONVERTIBLE && !simplifiedUses.has(String.fromCharCode(code))) bmp[code] = TRADITIONAL_ONLY;
  }
  for (const code of astral.keys()) if (!simplifiedUses.has(String.fromCodePoint(code))) astral.set(code, TRADITIONAL_ONLY);
  return (classes = { bmp, astral });
}

/** True when the text holds a character of at least this class. */
function holds(text: string, level: number): boolean {
  const { bmp, astral } = getClasses();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (bmp[code] >= level) return true;
    if (code >= 0xd800 && code <= 0xdbff && astral.size > 0 && (astral.get(text.codePointAt(i)!) ?? UNCHANGED) >= level) return true;
  }
  return false;
}

/** True when the text holds a character only traditional text uses (a cheap test: toSimplified leaves other text as it is). */
export function mayHoldTraditional(text: string): boolean {
  return holds(text, TRADITIONAL_ONLY);
}

/**
 * The text with traditional characters (Taiwan, Hong Kong or OpenCC standard forms) made simplified, for matching
 * against simplified names; the caller slices names out of the original text at the same offsets.
 * 1. Same length in UTF-16 code units, every character at its offset: a run whose phrase conversion would move a
 *    character is converted character by character, and a character whose simplified form has another length
 *    (㗲 → 𠵾, a BMP character simplified to a supplementary one) is kept as it is.
 * 2. Simplified text stays as it is: a run with at least as many characters only simplified text uses (显) as
 *    characters to convert is simplified already (显著 does not become 显着).
 * 3. Text without a character only traditional text uses is returned as it is, without building the converters.
 * 4. Everything outside Han runs (punctuation, Latin, emoji, lone surrogates) is copied unchanged.
 */
export function toSimplified(text: string): string {
  if (typeof text !== 'string') throw new TypeError('toSimplified: text must be a string');
  if (!mayHoldTraditional(text)) return text;
  const convert = getConverters();
  return text.replace(HAN_RUN, (run) => {
    if (!holds(run, CONVERTIBLE)) return run;
    const simplified = convert.toSimplified(run);
    if (simplified === run) return run;
    if (!sameLayout(run, simplified)) return convertEach(run, convert.toSimplified);
    return readsSimplified(run, simplified, convert.toTraditional(run)) ? run : simplified;
  });
}

/** True when both strings have the same length and their code points start at the same offsets. */
function sameLayout(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (isHighSurrogate(a.charCodeAt(i)) !== isHighSurrogate(b.charCodeAt(i))) return false;
  }
  return true;
}

/** A run with characters only simplified text uses (changed by the traditional converter, kept by the simplified one). */
function readsSimplified(run: string, simplified: string, traditional: string): boolean {
  if (!sameLayout(run, traditional)) return false;
  let onlySimplified = 0;
  let toConvert = 0;
  for (let i = 0; i < run.length; i++) {
    if (simplified[i] !== run[i]) toConvert++;
    else if (traditional[i] !== run[i]) onlySimplified++;
  }
  return onlySimplified > 0 && onlySimplified >= toConvert;
}

function convertEach(run: string, convert: Convert): string {
  let out = '';
  for (const char of run) {
    const converted = convert(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
