import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { InputError } from '../../src/errors.js';
import { readArticles } from '../../src/read/index.js';
import { expectError } from './expect-error.js';

const BODY = '天津大学与南开大学在滨海新区共建联合实验室，推动科研成果转化。';
const read = (path: string, text: string) => readArticles({ path, relPath: path, bytes: new TextEncoder().encode(text) });

/** Generous: the inputs below took from 10 seconds to several minutes before, and take milliseconds now. */
const BUDGET_MS = 5000;

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started).toBeLessThan(BUDGET_MS);
  return result;
}

describe('hostile markup is read in linear time', () => {
  it.each([
    ['a million unclosed link brackets', `${BODY}\n${'[a'.repeat(60_000)}\n`],
    ['unclosed image marks', `${BODY}\n${'![a'.repeat(50_000)}\n`],
    ['emphasis marks that never close', `${BODY}\n${'**a '.repeat(45_000)}\n`],
    ['unclosed autolinks', `${BODY}\n${'<http://a'.repeat(20_000)}\n`],
    ['unclosed comments', `${BODY}\n${'<!--a'.repeat(30_000)}\n`],
    ['a table row with a long run of spaces', `${BODY}\n|${' '.repeat(100_000)}a\n`],
    ['a table divider with a long run of spaces', `${BODY}\n|---${' '.repeat(100_000)}x\n`],
    ['a heading with a long run of spaces', `# 标题${' '.repeat(100_000)}b\n${BODY}\n`],
    ['a heading of many closing marks', `# 标题 ${'#'.repeat(100_000)}a\n${BODY}\n`],
    ['front matter with a long run of spaces', `---\ntitle:${' '.repeat(100_000)}标题\n---\n${BODY}\n`],
  ])('Markdown: %s', (_, markdown) => {
    const [article] = timed(() => read('hostile.md', markdown));
    expect(article.text).toContain(BODY);
  });

  it.each([
    ['a <title> of 100,000 site-name suffixes', `<html><head><title>新闻标题${'_网'.repeat(100_000)}</title></head><body><p>${BODY}</p></body></html>`],
    ['a <pre> with a long run of spaces', `<html><body><p>${BODY}</p><pre>${' '.repeat(100_000)}天津\n</pre></body></html>`],
    ['900 nested elements', `<html><body>${'<div>'.repeat(900)}<p>${BODY}</p>${'</div>'.repeat(900)}</body></html>`],
    ['100,000 block elements', `<html><body><p>${BODY}</p>${'<div></div>'.repeat(100_000)}</body></html>`],
  ])('HTML: %s', (_, html) => {
    const [article] = timed(() => read('hostile.html', html));
    expect(article.text).toContain(BODY);
    expect(article.title.length).toBeLessThanOrEqual(300);
  });

  it('refuses a page of nothing but scripts and navigation', () => {
    const html = `<html><head><script>var t = "${BODY}";</script></head><body><nav>首页 新闻</nav><script>x()</script></body></html>`;
    expectError(() => read('scripts.html', html), InputError, 'scripts.html: no article text left after removing page chrome — check that the file holds an article');
  });

  it('refuses HTML nested deeper than 1000 elements with one error line, quickly', () => {
    const html = `<html><body>${'<div>'.repeat(200_000)}<p>${BODY}</p></body></html>`;
    timed(() =>
      expectError(
        () => read('deep.html', html),
        InputError,
        "deep.html: HTML elements nested more than 1000 deep (a broken or hostile page) — save the article's text as a .txt file",
      ),
    );
  });

  it('cleans a line holding a long run of full-width spaces', () => {
    const { text } = timed(() => cleanText(`${BODY}\n天津${'\u3000'.repeat(100_000)}滨海（完）\n`));
    expect(text.startsWith(BODY)).toBe(true);
    expect(text.endsWith('滨海')).toBe(true);
  });

  it('makes a JSONL text with escaped lone surrogates well-formed (U+FFFD), so later offsets hold', () => {
    // JSON.stringify writes the lone halves as \ud800 and \udc00 escapes; JSON.parse gives them back.
    const [article] = read('corpus.jsonl', JSON.stringify({ id: 'a', text: `\uD800${BODY}\uDC00` }));
    expect(article.text).toBe(`\uFFFD${BODY}\uFFFD`);
  });

  it('cuts a JSONL title of 400,000 characters to 300', () => {
    const [article] = read('corpus.jsonl', JSON.stringify({ id: 'a', title: '标题'.repeat(200_000), text: BODY }));
    expect([...article.title]).toHaveLength(300);
    expect(article.title.endsWith('…')).toBe(true);
  });
});
