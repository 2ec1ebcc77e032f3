import { describe, expect, it } from 'vitest';
import { InputError, OptionsError } from '../../src/errors.js';
import { MAX_ARTICLE_CHARS, readArticles, type ReadOptions } from '../../src/read/index.js';
import { expectError } from './expect-error.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (relPath: string, text: string, options?: ReadOptions) => readArticles({ path: relPath, relPath, bytes: utf8(text) }, options);
const SENTENCE = '滨海新区全力打造未来产业创新高地，天津港集团在北疆港区建成智能化集装箱码头。';

describe('article length limit', () => {
  it('defaults to 200,000 characters', () => {
    expect(MAX_ARTICLE_CHARS).toBe(200_000);
  });

  it.each([
    { name: 'a text file', path: 'long.txt', wrap: (text: string) => text },
    { name: 'a Markdown file', path: 'long.md', wrap: (text: string) => `# 标题\n\n${text}` },
    { name: 'an HTML page', path: 'long.html', wrap: (text: string) => `<html><body><p>${text}</p></body></html>` },
  ])('refuses $name whose cleaned text is over the limit, naming the file and the size', ({ path, wrap }) => {
    const text = SENTENCE.repeat(30); // 1,140 characters
    expect(read(path, wrap(text), { maxArticleChars: 2000 })).toHaveLength(1);
    expectError(
      () => read(path, wrap(text), { maxArticleChars: 1000 }),
      InputError,
      /^long\.(txt|md|html): article too long \(1,1\d\d characters, the limit is 1,000\) — split it into several files or JSONL lines$/,
    );
  });

  it('refuses a text far over the limit before cleaning it', () => {
    const text = 'x'.repeat(60_000);
    const started = performance.now();
    expectError(() => read('huge.txt', text, { maxArticleChars: 10_000 }), InputError, 'huge.txt: article too long (60,000 characters, the limit is 10,000) — split it into several files or JSONL lines');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a text or Markdown file from its size alone, before decoding it', () => {
    const bytes = new Uint8Array(200_001).fill(0x61);
    for (const path of ['big.txt', 'big.md']) {
      expectError(
        () => readArticles({ path, relPath: path, bytes }, { maxArticleChars: 10_000 }),
        InputError,
        `${path}: article too long (at least 50,001 characters, the limit is 10,000) — split it into several files or JSONL lines`,
      );
    }
  });

  it('stops at an over-long JSONL article, or skips it with skipBad and reads the others', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: SENTENCE }),
      JSON.stringify({ id: 'b', text: SENTENCE.repeat(40) }),
      JSON.stringify({ id: 'c', text: SENTENCE.repeat(400) }),
      JSON.stringify({ id: 'd', text: `天津大学发布新成果。${SENTENCE}` }),
    ].join('\n');
    expectError(() => read('corpus.jsonl', lines, { maxArticleChars: 1000 }), InputError, /^corpus\.jsonl:2: article too long \(1,520 characters, the limit is 1,000\) — fix the line or pass --skip-bad$/);
    const skipped: [number, string][] = [];
    const articles = read('corpus.jsonl', lines, { maxArticleChars: 1000, skipBad: true, onSkip: (line, reason) => skipped.push([line, reason]) });
    expect(articles.map((a) => a.id)).toEqual(['a', 'd']);
    expect(skipped).toEqual([
      [2, 'article too long (1,520 characters, the limit is 1,000)'],
      [3, expect.stringMatching(/^line too long \(15,2\d\d characters, the limit is 5,000\)$/)],
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN, '100'])('refuses maxArticleChars %s', (value) => {
    expectError(() => read('a.txt', SENTENCE, { maxArticleChars: value as number }), OptionsError, 'readArticles: maxArticleChars must be a positive integer — pass a number of characters');
  });
});
