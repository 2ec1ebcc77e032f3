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

/**
 * The text with traditional characters (Taiwan, Hong Kong or OpenCC standard forms) made simplified, for matching
 * against simplified names; the caller slices names out of the original text at the same offsets.
 * 1. Same length in UTF-16 code units, every character at its offset: a run whose phrase conversion would move a
 *    character is converted character by character, and a character whose simplified form has another length
 *    (㗲 → 𠵾, a BMP character simplified to a supplementary one) is kept as it is.
 * 2. Simplified text stays as it is: a run with at least as many characters only simplified text uses (显) as
 *    characters to convert is simplified already (显著 does not become 显着).
 * 3. Everything outside Han runs (punctuation, Latin, emoji, lone surrogates) is copied unchanged.
 */
export function toSimplified(text: string): string {
  if (typeof text !== 'string') throw new TypeError('toSimplified: text must be a string');
  const convert = getConverters();
  return text.replace(HAN_RUN, (run) => {
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
