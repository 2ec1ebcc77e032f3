import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { MAX_LINE_LENGTH } from '../../src/clean/defaults.js';
import { InputError } from '../../src/errors.js';
import { readArticles } from '../../src/read/index.js';
import { articleText, bigArticleText, fileBytes, fileKind } from './arbitraries.js';

const EXTENSIONS = ['txt', 'md', 'html', 'htm', 'jsonl'] as const;

/** readArticles on some bytes: the articles, or the InputError message (anything else fails the test). */
function readOrError(path: string, bytes: Uint8Array, skipBad: boolean): string[] | string {
  try {
    return readArticles({ path, relPath: path, bytes }, { skipBad }).map((article) => article.text);
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
}

describe('readArticles on any bytes', () => {
  it('gives articles or one InputError line naming the file, for random bytes in every format', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXTENSIONS), fc.uint8Array({ maxLength: 3000 }), fc.boolean(), (extension, bytes, skipBad) => {
        const result = readOrError(`dir/in.${extension}`, bytes, skipBad);
        if (typeof result === 'string') {
          expect(result).toMatch(/^dir\/in\.\w+(:\d+)?: [^\n]+ — [^\n]+$/);
        } else {
          for (const text of result) expect(text.trim()).not.toBe('');
        }
      }),
      { seed: 404, numRuns: 400 },
    );
  });

  it('gives articles or one InputError line naming the file, for hostile texts in every format and encoding', () => {
    fc.assert(
      fc.property(fileKind, fc.array(fc.oneof(articleText, bigArticleText), { minLength: 1, maxLength: 3 }), (kind, texts) => {
        const result = readOrError(`dir/in.${kind}`, fileBytes(kind, texts), true);
        if (typeof result === 'string') expect(result).toMatch(/^dir\/in\.[\w.]+(:\d+)?: [^\n]+ — [^\n]+$/);
      }),
      { seed: 405, numRuns: 150 },
    );
  });
});

describe('cleanText on any text', () => {
  const anyText = fc.oneof(articleText, bigArticleText, fc.string({ unit: 'binary', maxLength: 500 }));

  it('never throws, is idempotent, leaves no line over MAX_LINE_LENGTH, no control or invisible character, no lone surrogate', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cleanText(text);
        expect(cleanText(once.text).text).toBe(once.text);
        for (const line of once.text.split('\n')) expect(line.length).toBeLessThanOrEqual(MAX_LINE_LENGTH);
        expect(once.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\uFEFF\r]/);
        expect(once.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(once.text).toBe(once.text.trim());
      }),
      { seed: 406, numRuns: 300 },
    );
  });
});
