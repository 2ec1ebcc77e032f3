import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeBytes } from '../../src/read/index.js';
import { expectError } from './expect-error.js';
import { encodeGbk } from './gbk.js';
import { utf16 } from '../fixtures/encodings.js';

const TEXT = '麒麟软件在信创谷发布新版操作系统，飞腾提供芯片支持。天津好';
const KEPT = TEXT.slice(0, -1);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const cut = (bytes: Uint8Array, n: number): Uint8Array => bytes.subarray(0, bytes.length - n);
const withPrefix = (prefix: number[], body: Uint8Array): Uint8Array => new Uint8Array([...prefix, ...body]);

describe('files cut off in their last character (half-finished downloads)', () => {
  it.each([
    { name: 'UTF-8 missing the last byte', input: cut(utf8(TEXT), 1), text: KEPT, encoding: 'utf-8' },
    { name: 'UTF-8 missing the last two bytes', input: cut(utf8(TEXT), 2), text: KEPT, encoding: 'utf-8' },
    { name: 'UTF-8 with BOM missing the last byte', input: withPrefix([0xef, 0xbb, 0xbf], cut(utf8(TEXT), 1)), text: KEPT, encoding: 'utf-8' },
    { name: 'UTF-8 cut inside a four-byte character', input: cut(utf8(`${KEPT}𠀀`), 1), text: KEPT, encoding: 'utf-8' },
    { name: 'UTF-16 LE with an odd byte count', input: cut(utf16(TEXT, false), 1), text: KEPT, encoding: 'utf-16le' },
    { name: 'UTF-16 BE with an odd byte count', input: cut(utf16(TEXT, true), 1), text: KEPT, encoding: 'utf-16be' },
    { name: 'UTF-16 LE cut between the halves of a surrogate pair', input: cut(utf16(`${KEPT}𠀀`, false), 2), text: KEPT, encoding: 'utf-16le' },
    { name: 'GBK missing the last byte', input: cut(encodeGbk(TEXT), 1), text: KEPT, encoding: 'gb18030' },
  ])('$name: the text without the cut character', ({ input, text, encoding }) => {
    expect(decodeBytes(input, 'cut.txt')).toEqual({ text, encoding });
  });

  it('still refuses broken bytes in the middle after a UTF-8 BOM', () => {
    const middle = withPrefix([0xef, 0xbb, 0xbf], new Uint8Array([...utf8('天津'), 0xe5, ...utf8('滨海新区')]));
    expectError(() => decodeBytes(middle, 'a.txt'), InputError, /^a\.txt: invalid UTF-8 after its byte order mark — /);
  });

  it('still refuses a lone high surrogate in the middle of UTF-16', () => {
    const bytes = utf16(`天津\uD800滨海`, false);
    expectError(() => decodeBytes(bytes, 'a.txt'), InputError, /^a\.txt: invalid UTF-16LE after its byte order mark — /);
  });
});
