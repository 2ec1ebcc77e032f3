import { describe, expect, it } from 'vitest';
import { hasDoctype } from '../../viewer/src/read-file.js';
import { cutName, isShortened, NAME_DISPLAY_LENGTH, shortName } from '../../viewer/src/names.js';
import { isReservedKey } from '../../viewer/src/sanitize.js';

describe('shortName', () => {
  it.each([
    ['a real name stays whole', '天津滨海高新技术产业开发区', '天津滨海高新技术产业开发区'],
    ['a long name is cut with an ellipsis', '名'.repeat(NAME_DISPLAY_LENGTH + 5), `${'名'.repeat(NAME_DISPLAY_LENGTH)}…`],
    ['exactly the limit stays whole', 'x'.repeat(NAME_DISPLAY_LENGTH), 'x'.repeat(NAME_DISPLAY_LENGTH)],
  ])('%s', (_, name, shown) => {
    expect(shortName(name)).toBe(shown);
    expect(isShortened(name)).toBe(shown !== name);
  });

  it('never cuts inside a surrogate pair', () => {
    const name = `${'a'.repeat(NAME_DISPLAY_LENGTH - 1)}𠀀𠀀`;
    expect(cutName(name)).toBe('a'.repeat(NAME_DISPLAY_LENGTH - 1));
    expect(cutName(name).length).toBeLessThanOrEqual(NAME_DISPLAY_LENGTH);
  });
});

describe('hasDoctype', () => {
  it.each([
    ['a plain GEXF', '<?xml version="1.0"?><gexf version="1.3"></gexf>', false],
    ['a billion-laughs DOCTYPE', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><gexf/>', true],
    ['a DOCTYPE after a BOM, a comment and spaces', '\uFEFF<!-- x -->\n  <!doctype gexf SYSTEM "http://example.com/x.dtd"><gexf/>', true],
    ['the word DOCTYPE in a comment only', '<!-- <!DOCTYPE x> --><gexf/>', false],
    ['DOCTYPE text inside the document', '<gexf><node label="&lt;!DOCTYPE"/></gexf>', false],
  ])('%s → %s', (_, content, expected) => {
    expect(hasDoctype(content)).toBe(expected);
  });
});

describe('isReservedKey', () => {
  it.each([
    ['__proto__', true],
    ['constructor', true],
    ['toString', true],
    ['hasOwnProperty', true],
    ['飞腾', false],
    ['constructor~', false],
    ['proto', false],
  ])('%s → %s', (key, expected) => {
    expect(isReservedKey(key)).toBe(expected);
  });
});
