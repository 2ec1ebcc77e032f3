import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeBytes, readArticles } from '../../src/read/index.js';
import { expectError } from './expect-error.js';
import { encodeGbk } from './gbk.js';
import { utf16 } from '../fixtures/encodings.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));

const ARTICLE = '滨海新区全力打造未来产业创新高地。天津港集团在北疆港区建成智能化集装箱码头，作业效率提升20%以上。';
const LONG_UTF8 = `${ARTICLE.repeat(20)}`;
/** The UTF-8 article with one byte cut out of a character in the middle. */
const BROKEN_UTF8 = (() => {
  const good = utf8(LONG_UTF8);
  return bytes(good.subarray(0, 301), good.subarray(302));
})();

describe('decodeBytes', () => {
  it.each([
    { name: 'UTF-8 without BOM', input: utf8('天津港 2024'), text: '天津港 2024', encoding: 'utf-8' },
    { name: 'UTF-8 with BOM (stripped)', input: bytes([0xef, 0xbb, 0xbf], utf8('天津港')), text: '天津港', encoding: 'utf-8' },
    { name: 'UTF-16 LE with BOM', input: utf16('滨海新区 AI', false), text: '滨海新区 AI', encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', input: utf16('滨海新区 AI', true), text: '滨海新区 AI', encoding: 'utf-16be' },
    { name: 'GBK bytes written by hand (你好，天津)', input: bytes([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xcc, 0xec, 0xbd, 0xf2]), text: '你好，天津', encoding: 'gb18030' },
    { name: 'GBK article', input: encodeGbk(ARTICLE), text: ARTICLE, encoding: 'gb18030' },
    { name: 'UTF-8 with one broken byte stays UTF-8', input: BROKEN_UTF8, text: undefined, encoding: 'utf-8' },
  ])('$name', ({ input, text, encoding }) => {
    const decoded = decodeBytes(input, 'x.txt');
    expect(decoded.encoding).toBe(encoding);
    if (text !== undefined) expect(decoded.text).toBe(text);
  });

  it('decodes any text of common hanzi, Chinese punctuation and ASCII from UTF-8 and from GBK alike', () => {
    // GB2312 level-1 hanzi: lead bytes 0xB0-0xD7, trail bytes 0xA1-0xFE.
    const hanzi = fc
      .tuple(fc.integer({ min: 0xb0, max: 0xd7 }), fc.integer({ min: 0xa1, max: 0xfe }))
      .map(([lead, trail]) => new TextDecoder('gbk').decode(new Uint8Array([lead, trail])))
      .filter((char) => char !== '\uFFFD' && !/[\uE000-\uF8FF]/.test(char)); // GB18030 maps the unassigned GB2312 codes to private use
    const char = fc.oneof({ weight: 6, arbitrary: hanzi }, fc.constantFrom('，', '。', '“', '”', '、', ' ', '\n', 'A', '5', '%'));
    fc.assert(
      fc.property(fc.array(char, { minLength: 12, maxLength: 200 }), (chars) => {
        const text = chars.join('');
        expect(decodeBytes(utf8(text), 'a.txt')).toEqual({ text, encoding: 'utf-8' });
        expect(decodeBytes(encodeGbk(text), 'a.txt')).toEqual({ text, encoding: 'gb18030' });
      }),
      { seed: 8151, numRuns: 200 },
    );
  });

  it('keeps a broken UTF-8 text readable (one replacement character, no mojibake)', () => {
    const decoded = decodeBytes(BROKEN_UTF8, 'x.txt').text;
    expect(decoded.match(/\uFFFD/g)?.length).toBe(1);
    expect(decoded.startsWith('滨海新区全力打造未来产业创新高地。')).toBe(true);
  });

  it.each([
    { name: '<meta charset="gbk">', head: '<meta charset="gbk">', encoding: 'gbk' },
    { name: 'http-equiv gb2312', head: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', encoding: 'gbk' },
    { name: 'no declaration (GB18030 guess)', head: '', encoding: 'gb18030' },
  ])('honours an HTML charset declaration: $name', ({ head, encoding }) => {
    const html = `<html><head>${head}<title>天津</title></head><body><p>${ARTICLE}</p></body></html>`;
    const decoded = decodeBytes(encodeGbk(html), 'page.html', true);
    expect(decoded).toEqual({ text: html, encoding });
  });

  it('prefers valid UTF-8 over a stale GBK declaration', () => {
    const html = `<html><head><meta charset="gbk"></head><body><p>${ARTICLE}</p></body></html>`;
    expect(decodeBytes(utf8(html), 'page.html', true)).toEqual({ text: html, encoding: 'utf-8' });
  });

  it.each([
    { name: 'PNG signature', file: 'photo.png', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], utf8('IHDR')), kind: 'PNG' },
    { name: 'ZIP signature', file: 'archive.txt', input: bytes([0x50, 0x4b, 0x03, 0x04], utf8('content')), kind: 'ZIP' },
    { name: 'PDF signature', file: 'report.txt', input: utf8('%PDF-1.7\n天津'), kind: 'PDF' },
    { name: 'NUL bytes in the first KB', file: 'data.txt', input: bytes(utf8('天津港'), [0, 0, 0, 1]), kind: 'NUL bytes' },
    { name: 'many control bytes', file: 'data.txt', input: bytes(...Array.from({ length: 40 }, () => [0x01, 0x02, 0x41])), kind: 'control bytes' },
  ])('refuses binary files: $name', ({ file, input, kind }) => {
    expectError(() => decodeBytes(input, file), InputError, `${file}: binary file (${kind}), not text — remove it from the input`);
  });

  it('refuses bytes that are neither UTF-8 nor plausible GB18030', () => {
    const noise = new Uint8Array(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    expectError(
      () => decodeBytes(noise, 'noise.txt'),
      InputError,
      'noise.txt: cannot decode the text (not UTF-8, UTF-16 or GB18030) — save the file as UTF-8',
    );
  });

  it('refuses invalid bytes after a UTF-8 BOM', () => {
    expectError(() => decodeBytes(bytes([0xef, 0xbb, 0xbf, 0xc4, 0xe3]), 'a.txt'), InputError, /^a\.txt: invalid UTF-8 after its byte order mark — /);
  });
});

describe('empty files', () => {
  it.each([
    { name: 'no bytes', input: new Uint8Array(0) },
    { name: 'spaces and newlines', input: utf8(' \n\t\r\n  ') },
    { name: 'a BOM and full-width spaces', input: bytes([0xef, 0xbb, 0xbf], utf8('\u3000\u3000\n')) },
  ])('$name → InputError', ({ input }) => {
    expectError(
      () => readArticles({ path: 'a.txt', relPath: 'a.txt', bytes: input }),
      InputError,
      'a.txt: empty file — add text to it or remove it from the input',
    );
  });
});
