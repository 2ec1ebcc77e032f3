/** fast-check arbitraries of hostile article texts: real names and glue mixed with everything Unicode allows. */
import fc from 'fast-check';

/** Names the recognisers know (lexicon, gazetteer, suffixes), so that graphs are not empty. */
const NAMES = [
  '天津大学', '南开大学', '滨海新区', '天津港集团', '中国科学院天津工业生物技术研究所', '飞腾', '麒麟软件', '信创谷',
  '国家超算天津中心', '滨海高新区', '凯莱英', '华为技术有限公司', '国务院', '天津市人民政府', '生物制造谷',
];

/** Words and marks that make recognisers and relation patterns fire. */
const GLUE = [
  '与', '和', '在', '位于', '发布了', '集聚了', '等龙头企业', '合作', '研发了', '建成', '批准', '侧重', '领域', '的',
  '，', '。', '、', '：', '；', '！', '？', '“', '”', '《', '》', '（', '）', '®', '.', ' ', '\n', '\n\n', '行动方案',
];

/** Characters and strings that break naive code: controls, XML specials, invisible and bidi marks, broken UTF-16. */
const HOSTILE = [
  '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\u009F', '\u2028', '\u2029',
  '\uFEFF', '\uFFFE', '\uFFFF', '\uFFFD', '\uD800', '\uDFFF', '\uDBFF\uDBFF', '\uDC00\uD800', '\u202E', '\u202D', '\u200F',
  '\u200E', '\u2066', '\u2067', '\u2069', '\u061C', '\u200B', '\u200D', '\u00AD', '👩‍💻', '🇨🇳', '😀', '🏳️‍🌈', 'e\u0301',
  '\u0300', '\uFE0F', '<', '>', '&', '"', "'", ']]>', '<!--', '-->', '<![CDATA[', '&amp;', '&#0;', '&#x1;',
  '<script>alert(1)</script>', '<iframe src=x>', '=cmd|', '+1', '@SUM', '\\', '\t', '\r', '\r\n', '𠀀', '𪚥', 'Ａ', '\u3000',
  '%00', '../', '{"id":', '__proto__', 'constructor', 'toString', '#', '|', '->', ':CO_MENTIONED',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));

/** One piece of text. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.array(hanzi, { minLength: 2, maxLength: 8 }).map((chars) => chars.join('')) },
);

/** A very long line (over the clean stage's MAX_LINE_LENGTH of 5,000): pieces repeated, no line break of their own. */
const longLine = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 300, max: 1500 })).map(
  ([pieces, times]) => pieces.join('').replace(/[\n\r\u2028\u2029\u0085]/g, '').repeat(times).slice(0, 6000),
);

/** A huge enumeration: `集聚了A、B、C…等龙头企业。` with hundreds of made-up names. */
const enumeration = fc
  .tuple(
    fc.array(fc.tuple(fc.array(hanzi, { minLength: 2, maxLength: 4 }), fc.constantFrom('', '科技', '公司', '集团', '实验室')), {
      minLength: 100,
      maxLength: 300,
    }),
    fc.constantFrom('、', '，', '和'),
  )
  .map(([names, separator]) => `滨海新区集聚了${names.map(([chars, suffix]) => chars.join('') + suffix).join(separator)}等龙头企业。`);

/** A short article text: up to 60 pieces. */
export const articleText = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

/** A big article text: pieces around a very long line or a huge enumeration. */
export const bigArticleText = fc
  .tuple(fc.array(piece, { maxLength: 20 }), fc.oneof(longLine, enumeration), fc.array(piece, { maxLength: 20 }))
  .map(([head, middle, tail]) => head.join('') + middle + tail.join(''));

/** The formats readArticles reads, and how a text is put into each. */
export type FileKind = 'txt' | 'md' | 'html' | 'jsonl' | 'utf16.txt';

export const fileKind: fc.Arbitrary<FileKind> = fc.constantFrom('txt', 'md', 'html', 'jsonl', 'utf16.txt');

/** The bytes of a file of the given kind holding the texts (JSONL: one article per line, the others: joined). */
export function fileBytes(kind: FileKind, texts: readonly string[]): Uint8Array {
  const joined = texts.join('\n\n');
  switch (kind) {
    case 'jsonl':
      return new TextEncoder().encode(texts.map((text, i) => JSON.stringify({ id: `a${i}`, title: text.slice(0, 10), text })).join('\n'));
    case 'html':
      return new TextEncoder().encode(`<html><head><title>${texts[0]?.slice(0, 20) ?? ''}</title></head><body><p>${texts.join('</p><p>')}</p></body></html>`);
    case 'utf16.txt': {
      // Code units as they are: a lone surrogate makes the file invalid UTF-16, which must be an InputError.
      const bytes = new Uint8Array(2 + joined.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < joined.length; i++) {
        bytes[2 + 2 * i] = joined.charCodeAt(i) & 0xff;
        bytes[3 + 2 * i] = joined.charCodeAt(i) >> 8;
      }
      return bytes;
    }
    default:
      return new TextEncoder().encode(joined);
  }
}
