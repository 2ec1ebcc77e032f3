import { describe, expect, it } from 'vitest';
import { cleanText, normalizeText } from '../../src/clean/index.js';
import { MAX_LINE_LENGTH } from '../../src/clean/defaults.js';
import { breakLongLine } from '../../src/clean/normalize.js';

const SENTENCE = '滨海新区全力打造未来产业创新高地，天津港集团在北疆港区建成智能化集装箱码头。'; // 38 characters
const CLAUSE = '天津港集团在北疆港区建成智能化集装箱码头，'; // 21 characters, no sentence end

describe('long lines', () => {
  it('keeps lines up to MAX_LINE_LENGTH whole', () => {
    const line = 'a'.repeat(MAX_LINE_LENGTH);
    expect(normalizeText(line)).toBe(line);
  });

  it.each([
    { name: 'after the last sentence end', line: SENTENCE.repeat(10), max: 100, first: SENTENCE.repeat(2) },
    { name: 'after a clause mark when no sentence ends', line: CLAUSE.repeat(10), max: 100, first: CLAUSE.repeat(4) },
    { name: 'at a space when there is no mark', line: 'word '.repeat(40), max: 100, first: 'word '.repeat(20).trim() },
    { name: 'anywhere when there is nothing to break at', line: '天'.repeat(250), max: 100, first: '天'.repeat(100) },
    { name: 'never inside a surrogate pair', line: '𠀀'.repeat(120), max: 101, first: '𠀀'.repeat(50) },
  ])('breaks a long line $name', ({ line, max, first }) => {
    const pieces = breakLongLine(line, max);
    expect(pieces[0]).toBe(first);
    expect(pieces.every((piece) => piece.length <= max && piece.length > 0)).toBe(true);
    expect(pieces.join('').replace(/\s/g, '')).toBe(line.replace(/\s/g, ''));
    expect(pieces.join('\n')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('cleans a whole article glued onto one line into lines of at most MAX_LINE_LENGTH, keeping every character', () => {
    const line = SENTENCE.repeat(1000);
    const { text } = cleanText(line);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(Math.floor(line.length / MAX_LINE_LENGTH));
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(MAX_LINE_LENGTH);
    expect(lines.every((l) => l.endsWith('。'))).toBe(true);
    expect(lines.join('')).toBe(line);
  });

  it('is idempotent', () => {
    const text = `${CLAUSE.repeat(700)}\n\n${'x'.repeat(12_345)}`;
    const once = normalizeText(text);
    expect(normalizeText(once)).toBe(once);
    expect(cleanText(cleanText(text).text).text).toBe(cleanText(text).text);
  });
});
