import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, OptionsError } from '../../src/errors.js';
import { fileIdOf, readArticles, sanitizeId, type ReadOptions } from '../../src/read/index.js';
import { expectError } from './expect-error.js';
import { encodeGbk } from './gbk.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/read/${name}`, import.meta.url)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (relPath: string, bytes: Uint8Array, options?: ReadOptions) =>
  readArticles({ path: relPath, relPath, bytes }, options);

describe('plain text', () => {
  it('reads the NetEase seed: id from the file name, headline as title, chrome gone', () => {
    const [article, ...rest] = read('graph/articles/000_35b15ba85cb5f8c4.txt', fixture('netease-seed.txt'));
    expect(rest).toEqual([]);
    expect(article).toMatchObject({
      id: '000_35b15ba85cb5f8c4',
      title: '滨城新质生产力调研行 | 滨海新区全力打造未来产业创新高地',
      url: null,
      date: null,
      source: 'graph/articles/000_35b15ba85cb5f8c4.txt',
    });
    expect(article.text.startsWith('滨城新质生产力调研行 | 滨海新区全力打造未来产业创新高地\n\n开栏语\n')).toBe(true);
    expect(article.text.endsWith('推动一批“硬核”成果落地。')).toBe(true);
    expect(article.text).not.toMatch(/网易|Notice|特别声明|往期回顾|专题推荐|无障碍|THT|文章数/);
  });

  it('reads the same article from GBK bytes', () => {
    const seed = new TextDecoder().decode(fixture('netease-seed.txt'));
    // GBK has no "®": the only non-GBK character of the seed.
    const gbk = encodeGbk(seed.replace('®', ''));
    const [fromGbk] = read('seed-gbk.txt', gbk);
    const [fromUtf8] = read('seed-gbk.txt', utf8(seed.replace('®', '')));
    expect(fromGbk).toEqual(fromUtf8);
  });

  it.each([
    { top: '天津港智能码头投产\n2024-03-05 09:12\n正文。', date: '2024-03-05' },
    { top: '天津港智能码头投产\n发布时间：2024年3月5日\n正文。', date: '2024-03-05' },
    { top: '天津港智能码头投产\n2024/3/5\n正文。', date: '2024-03-05' },
    { top: '天津港智能码头投产\n2024年2月30日\n正文。', date: null },
    { top: '天津港智能码头投产\n码头于2023年7月建成，效率提升20%。', date: null },
  ])('finds the date near the top: $date', ({ top, date }) => {
    expect(read('a.txt', utf8(top))[0].date).toBe(date);
  });

  it.each([
    { text: '天津港集团近日宣布，北疆港区C段智能化集装箱码头完成新一轮升级，作业效率提升了20%以上。', title: '天津港集团近日宣布，北疆港区C段智能化集装箱码头完成新一轮升级…' },
    { text: '天津港智能码头投产。作业效率提升了20%以上，成为全球领先的智慧码头，吸引多家航运企业。', title: '天津港智能码头投产' },
    { text: '天津港北疆港区C段智能化集装箱码头采用自动驾驶集卡与远程操控岸桥作业效率提升二成以上。', title: '天津港北疆港区C段智能化集装箱码头采用自动驾驶集卡与远程操控岸桥作业效率提升二成…' },
  ])('makes a title from the first sentence when no headline stands out: $title', ({ text, title }) => {
    expect(read('a.txt', utf8(text))[0].title).toBe(title);
  });

  it('refuses a text that is nothing but chrome', () => {
    expectError(
      () => read('chrome.txt', utf8('分享至\n举报\n无障碍浏览 进入关怀版')),
      InputError,
      'chrome.txt: no article text left after removing page chrome — check that the file holds an article',
    );
  });
});

describe('HTML', () => {
  const [page] = read('pages/netease-page.html', fixture('netease-page.html'));

  it('takes title, canonical url and publication date from the head', () => {
    expect(page).toMatchObject({
      id: 'netease-page',
      title: '滨海新区发布未来产业支持政策',
      url: 'https://www.163.com/dy/article/J1ABCDEF0514R9OJ.html',
      date: '2024-03-05',
      source: 'pages/netease-page.html',
    });
  });

  it('keeps the paragraphs as lines, entities decoded, headline first', () => {
    expect(page.text).toBe(
      [
        '滨海新区发布未来产业支持政策',
        '',
        '近日，天津市滨海新区发布《关于支持未来产业发展的若干措施》，涵盖生物制造、细胞和基因治疗、脑科学与智能医学等领域。',
        '',
        '措施提出，对新认定的未来产业创新平台给予最高1000万元支持&配套服务。',
        '政策自2024年4月1日起施行。',
        '',
        '区科技局相关负责人介绍，滨海新区将持续营造未来产业创新生态。',
      ].join('\n'),
    );
  });

  it.each(['脚本', '样式', '请启用脚本', '视频框架', '隐藏的统计', '表单', '提交评论', '侧栏', '热门推荐', '版权所有', '网易首页', '打开网易新闻'])(
    'drops %s',
    (chrome) => {
      expect(page.text).not.toContain(chrome);
    },
  );

  it.each([
    {
      name: '<title> without its site name',
      html: '<title>滨海新区召开推进会 - 新华网</title><body><p>会议部署了未来产业发展的重点工作，推动一批成果落地。</p></body>',
      title: '滨海新区召开推进会',
    },
    {
      name: 'og:title over <title>',
      html: '<head><meta property="og:title" content="细胞谷获批国家级集群"><title>别的标题_搜狐</title></head><p>滨海新区细胞产业集群已获批国家级创新型产业集群。</p>',
      title: '细胞谷获批国家级集群',
    },
    {
      name: 'og:title without its site name',
      html: '<meta property="og:title" content="细胞谷获批国家级集群_网易订阅"><p>滨海新区细胞产业集群已获批国家级创新型产业集群。</p>',
      title: '细胞谷获批国家级集群',
    },
    {
      name: 'first <h1> when there is no title',
      html: '<body><header><h1>信创谷集聚千余家企业</h1></header><p>信创谷以高新区为核心，构建了完整的自主可控产业链。</p></body>',
      title: '信创谷集聚千余家企业',
    },
    {
      name: '"|" inside a headline is kept',
      html: '<title>滨城新质生产力调研行 | 滨海新区全力打造未来产业创新高地_网易订阅</title><p>发展新质生产力是推动高质量发展的内在要求。</p>',
      title: '滨城新质生产力调研行 | 滨海新区全力打造未来产业创新高地',
    },
  ])('title: $name', ({ html, title }) => {
    expect(read('p.html', utf8(html))[0].title).toBe(title);
  });

  it('reads a GBK page that declares its charset', () => {
    const html = '<html><head><meta charset="gb2312"><title>天津港码头投产</title></head><body><p>天津港集团在北疆港区建成智能化集装箱码头。</p></body></html>';
    const [article] = read('gbk.htm', encodeGbk(html));
    expect(article.title).toBe('天津港码头投产');
    expect(article.text).toBe('天津港集团在北疆港区建成智能化集装箱码头。');
  });

  it('finds a date printed outside the content container', () => {
    const body = '天津港集团在北疆港区建成智能化集装箱码头，作业效率提升20%以上。'.repeat(4);
    const html = `<body><div class="info">2024-03-06 10:00 来源：新浪财经</div><div id="artibody"><p>${body}</p></div></body>`;
    expect(read('sina.html', utf8(html))[0]).toMatchObject({ title: '天津港集团在北疆港区建成智能化集装箱码头，作业效率提升20%以上', date: '2024-03-06', text: body });
  });

  it('takes the date from <time datetime> and the url from og:url', () => {
    const html =
      '<meta property="og:url" content="https://example.com/a"><article><time datetime="2024-03-08T10:00">3月8日</time><p>天津港集团在北疆港区建成智能化集装箱码头，作业效率提升20%以上，成为全球领先的智慧码头。</p></article>';
    expect(read('a.html', utf8(html))[0]).toMatchObject({ url: 'https://example.com/a', date: '2024-03-08' });
  });
});

describe('Markdown', () => {
  const [article] = read('notes/article.md', fixture('article.md'));

  it('takes title, date and url from the front matter', () => {
    expect(article).toMatchObject({ id: 'article', title: '天津港智慧码头建设提速', date: '2024-03-08', url: 'https://example.com/news/tianjin-port' });
  });

  it('strips headings, emphasis, links, images, quotes, bullets and table pipes', () => {
    expect(article.text).toBe(
      [
        '天津港智慧码头建设提速',
        '',
        '天津港集团近日宣布，北疆港区C段智能化集装箱码头完成新一轮升级。',
        '',
        '技术亮点',
        '',
        '采用自动驾驶集卡与远程操控岸桥；',
        '由 华为 提供 5G 网络支持。',
        '',
        '天津港集团负责人表示，码头作业效率提升了20%以上。',
        '',
        '指标 数值',
        '效率提升 20%',
      ].join('\n'),
    );
  });

  it('drops HTML comments and reference definitions', () => {
    const md = '# 标题\n\n<!-- 草稿\n备注 -->\n见[细胞谷][1]的报道。\n\n[1]: https://example.com/cell';
    expect(read('c.md', utf8(md))[0].text).toBe('标题\n\n见细胞谷的报道。');
  });

  it('uses the first heading as title without front matter', () => {
    expect(read('b.md', utf8('正文之前的一句话。\n\n## 北疆港区\n\n码头完成升级。'))[0].title).toBe('北疆港区');
  });
});

describe('JSONL', () => {
  it('reads one article per line: ids, sources with line numbers, blank lines skipped', () => {
    const articles = read('data/corpus.jsonl', fixture('corpus.jsonl'));
    expect(articles.map(({ id, source, title, date }) => ({ id, source, title, date }))).toEqual([
      { id: 'tj-001', source: 'data/corpus.jsonl#L1', title: '滨海新区建设细胞谷', date: '2024-03-05' },
      { id: 'corpus#3', source: 'data/corpus.jsonl#L3', title: '中国科学院天津工业生物技术研究所开发了新一代高效基因编辑技术', date: null },
      { id: sanitizeId('天津新闻/002'), source: 'data/corpus.jsonl#L4', title: '天津港集团在北疆港区建成智能化集装箱码头', date: '2024-03-08' },
    ]);
    expect(articles[1].text).toBe('中国科学院天津工业生物技术研究所开发了新一代高效基因编辑技术。');
  });

  const GOOD = '{"id":"a","text":"天津港集团建成智能化集装箱码头。"}';
  const BAD_LINES = [
    { line: '{"id":"b","text":"天津港', reason: /^invalid JSON \(.+\)$/ },
    { line: '["天津港"]', reason: /^not a JSON object$/ },
    { line: '{"id":"c","body":"天津港"}', reason: /^no string field "text"$/ },
    { line: '{"id":"d","text":42}', reason: /^no string field "text"$/ },
    { line: '{"id":"e","text":"  "}', reason: /^empty "text"$/ },
    { line: '{"id":"f","text":"天津港。","title":7}', reason: /^"title" must be a string$/ },
    { line: '{"id":"a","text":"滨海新区发布新政策。"}', reason: /^duplicate id "a" \(first on line 1\)$/ },
    { line: '{"id":"g","text":"分享至\\n举报"}', reason: /^no text left after removing page chrome$/ },
  ];

  it.each(BAD_LINES)('a bad line throws with file and line number: $line', ({ line, reason }) => {
    const text = `${GOOD}\n\n${line}\n${GOOD.replace('"a"', '"z"')}`;
    let message = '';
    try {
      read('corpus.jsonl', utf8(text));
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      message = (error as Error).message;
    }
    const match = /^corpus\.jsonl:3: (.+) — fix the line or pass --skip-bad$/.exec(message);
    expect(match?.[1]).toMatch(reason);
  });

  it('names the exact JSON error', () => {
    expectError(
      () => read('corpus.jsonl', utf8(`${GOOD}\n{"text": tianjin}`)),
      InputError,
      /^corpus\.jsonl:2: invalid JSON \(Unexpected token .*\) — fix the line or pass --skip-bad$/,
    );
  });

  it('skipBad skips bad lines, reports each one, and keeps the good ones', () => {
    const lines = [GOOD, ...BAD_LINES.map((b) => b.line), GOOD.replace('"a"', '"z"')];
    const skipped: [number, string][] = [];
    const articles = read('corpus.jsonl', utf8(lines.join('\n')), { skipBad: true, onSkip: (line, reason) => skipped.push([line, reason]) });
    expect(articles.map((a) => a.id)).toEqual(['a', 'z']);
    expect(skipped.map(([line]) => line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    skipped.forEach(([, reason], i) => expect(reason).toMatch(BAD_LINES[i].reason));
  });

  it('dates: the field normalised, else found at the top of the text, line after line', () => {
    const lines = [
      '{"text":"天津港。","date":"2024/3/5 08:00"}',
      '{"text":"2024年3月6日，天津港集团宣布码头投产。"}',
      '{"text":"天津港。","date":"去年春天"}',
      '{"text":"2024-03-07 滨海新区召开推进会。"}',
    ];
    expect(read('d.jsonl', utf8(lines.join('\n'))).map((a) => a.date)).toEqual(['2024-03-05', '2024-03-06', '去年春天', '2024-03-07']);
  });

  it('a file of blank lines is empty', () => {
    expectError(() => read('c.jsonl', utf8('\n  \n\n')), InputError, 'c.jsonl: empty file — add text to it or remove it from the input');
  });
});

describe('ids', () => {
  it.each([
    { relPath: 'graph/articles/000_35b15ba85cb5f8c4.txt', id: '000_35b15ba85cb5f8c4' },
    { relPath: 'news/tianjin-port.2024.md', id: 'tianjin-port.2024' },
    { relPath: 'a.b/c.HTML', id: 'c' },
    { relPath: '新闻/滨海新区.txt', id: /^doc-[0-9a-f]{16}$/ },
    { relPath: 'news/my article.txt', id: /^doc-[0-9a-f]{16}$/ },
  ])('fileIdOf($relPath)', ({ relPath, id }) => {
    expect(fileIdOf(relPath)).toMatch(typeof id === 'string' ? new RegExp(`^${id.replace(/\./g, '\\.')}$`) : id);
  });

  it('hashed ids are stable and differ by path', () => {
    expect(fileIdOf('新闻/滨海新区.txt')).toBe(fileIdOf('新闻/滨海新区.txt'));
    expect(fileIdOf('新闻/滨海新区.txt')).not.toBe(fileIdOf('旧闻/滨海新区.txt'));
    expect(sanitizeId('天津新闻/002')).toMatch(/^id-[0-9a-f]{16}$/);
    expect(sanitizeId('tj-001')).toBe('tj-001');
  });

  it('reading twice gives identical articles', () => {
    const once = read('data/corpus.jsonl', fixture('corpus.jsonl'));
    expect(read('data/corpus.jsonl', fixture('corpus.jsonl'))).toEqual(once);
  });
});

describe('arguments', () => {
  it('refuses an unsupported extension', () => {
    expectError(() => read('notes.docx', utf8('天津')), InputError, 'notes.docx: unsupported file type .docx — use .txt, .md, .html, .htm, .jsonl');
  });

  it.each([
    { options: { skipBad: 'yes' }, message: 'readArticles: skipBad must be a boolean — pass true or false' },
    { options: { onSkip: 3 }, message: 'readArticles: onSkip must be a function — pass (line, reason) => void' },
  ])('validates options: $message', ({ options, message }) => {
    expectError(() => read('a.txt', utf8('天津港。'), options as unknown as ReadOptions), OptionsError, message);
  });
});
