import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, matchChrome, normalizeText } from '../../src/clean/index.js';
import { PORTAL_PAGES } from './pages.js';

const SEED = readFileSync(new URL('../fixtures/read/netease-seed.txt', import.meta.url), 'utf8');
const SEED_LINES = SEED.split('\n');

describe('cleanText on the NetEase seed article', () => {
  const cleaned = cleanText(SEED);
  const lines = cleaned.text.split('\n');

  it('starts with the headline and ends with the last body sentence', () => {
    expect(lines[0]).toBe('滨城新质生产力调研行 | 滨海新区全力打造未来产业创新高地');
    expect(lines[2]).toBe('开栏语');
    expect(lines[lines.length - 1].endsWith('推动一批“硬核”成果落地。')).toBe(true);
    expect(cleaned.title).toBe('滨城新质生产力调研行 | 滨海新区全力打造未来产业创新高地');
    expect(cleaned.origin).toBe('滨海发布');
  });

  it.each(['网易', 'Notice', '特别声明', '往期回顾', '专题推荐', '无障碍', '天津高新区THT', '文章数', '分享至', '来源', '转载'])(
    'leaves no %s',
    (chrome) => {
      expect(cleaned.text).not.toContain(chrome);
    },
  );

  it('keeps the body exactly: only the breadcrumb, the share widget and everything from the source line on go', () => {
    // Seed lines (1-based) 1 (breadcrumb), 5-6 ("0", "分享至") and 57-73 (source line, disclaimers, account footer) are chrome.
    const body = SEED_LINES.slice(2, 55).filter((_, i) => i + 3 !== 5 && i + 3 !== 6);
    expect(cleaned.text).toBe(normalizeText(body.join('\n')));
  });

  it('is idempotent', () => {
    expect(cleanText(cleaned.text)).toEqual({ text: cleaned.text, title: cleaned.title });
  });
});

describe('cleanText on other portals', () => {
  it.each(PORTAL_PAGES)('$name: keeps the body, drops the chrome', ({ page, first, last, gone, kept, title }) => {
    const { text, title: found } = cleanText(page);
    const lines = text.split('\n');
    expect(lines[0]).toBe(first);
    expect(lines[lines.length - 1]).toBe(last);
    for (const chrome of gone) expect(text).not.toContain(chrome);
    for (const body of kept) expect(text).toContain(body);
    expect(found).toBe(title);
    expect(cleanText(text).text).toBe(text);
  });
});

describe('normalisation', () => {
  it.each([
    { name: 'CRLF and CR', input: '第一行\r\n第二行\r第三行', output: '第一行\n第二行\n第三行' },
    { name: 'BOM and zero-width characters', input: '\uFEFF天\u200B津\u200D港\u2060口', output: '天津港口' },
    { name: 'NFC', input: 'Cafe\u0301 天津', output: 'Café 天津' },
    { name: 'runs of spaces, tabs and no-break spaces', input: '天津  港\t\t集团\u00A0\u00A0码头', output: '天津 港 集团 码头' },
    { name: 'full-width spaces at line ends', input: '\u3000\u3000滨海新区发布新政策。\u3000\n下一段', output: '滨海新区发布新政策。\n下一段' },
    { name: 'at most one blank line', input: '\n\n第一段。\n\n\n\n第二段。\n\n', output: '第一段。\n\n第二段。' },
  ])('$name', ({ input, output }) => {
    expect(cleanText(input).text).toBe(output);
  });
});

describe('chrome patterns', () => {
  it.each([
    ['网易首页 > 网易号 > 正文 申请入驻', 'breadcrumb'],
    ['当前位置：首页 > 新闻中心 > 区内要闻', 'location'],
    ['首页 > 新闻', 'breadcrumb'],
    ['分享至', 'widgets'],
    ['分享到： 微信 微博 QQ空间', 'widgets'],
    ['举报', 'widgets'],
    ['扫一扫', 'widgets'],
    ['无障碍浏览 进入关怀版', 'widgets'],
    ['字号：大 中 小', 'widgets'],
    ['特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。', 'disclaimer'],
    ['声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。', 'disclaimer'],
    ['免责声明', 'disclaimer-heading'],
    ['Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user.', 'notice-en'],
    ['来源:滨海发布,转载请注明出处', 'reprint'],
    ['来源：新华社', 'source'],
    ['12186文章数 1412关注度', 'counters'],
    ['阅读 (1234)', 'counters'],
    ['往期回顾 全部', 'recommendations'],
    ['专题推荐', 'recommendations'],
    ['责任编辑：张三 SN123', 'editor'],
    ['(责编：王五、赵六)', 'editor'],
    ['返回搜狐，查看更多', 'back-to-portal'],
    ['打开网易新闻 查看精彩图片', 'open-app'],
    ['打开腾讯新闻，查看更多精彩内容', 'open-app'],
    ['Copyright © 1997-2024 by www.people.com.cn. all rights reserved', 'copyright'],
    ['津ICP备05004123号', 'site-registration'],
    ['【打印本页】【关闭窗口】', 'print-close'],
    ['原标题：滨海新区打造未来产业高地', 'original-title'],
    ['作者：张三', 'byline'],
    ['0', 'number'],
    ['2024-03-05 10:20:33 来源: 新华网', 'dateline'],
    ['首页 新闻 体育 财经 娱乐 科技 汽车', 'menu'],
    ['———', 'symbols'],
    ['腾讯新闻', 'portal-name'],
    ['相关阅读：滨海新区打造细胞谷', 'related-link'],
    ['海量资讯、精准解读，尽在新浪财经APP', 'app-slogan'],
  ])('%s → %s', (line, name) => {
    expect(matchChrome(line)?.name).toBe(name);
  });

  it.each([
    '公司发表声明称，将继续加大研发投入。',
    '该项目来源于天津大学的一项基础研究成果，经过三年攻关实现转化。',
    '多位企业负责人在会上分享了各自的经验。',
    '编辑部收到了大量读者来信，纷纷点赞滨海新区的营商环境。',
    '超前谋划 抢占赛道',
    '天河高性能计算机系统',
    '2024年是扎实推动高质量发展的关键之年，滨海新区版权交易额同比增长20%。',
    '记者：您如何看待滨海新区的未来产业布局？',
    '编辑：好的，谢谢您。',
    '扫描二维码即可办理业务。',
    '相关新闻发布会于3月5日举行',
  ])('body line stays: %s', (line) => {
    expect(matchChrome(line)).toBeUndefined();
    expect(cleanText(`滨海新区新闻\n\n${line}`).text).toContain(line);
  });
});

describe('footer truncation', () => {
  const BODY_1 = '天津大学团队研制的脑机接口芯片已在多家医院开展临床试验，效果良好。';
  const BODY_2 = '该芯片采用自主设计的低功耗架构，功耗仅为同类产品的一半。';
  it.each([
    {
      name: 'a tail marker inside the body stays',
      page: [BODY_1, '该专利版权归天津大学所有，其他单位使用需获授权。', BODY_2],
      text: [BODY_1, '该专利版权归天津大学所有，其他单位使用需获授权。', BODY_2],
    },
    {
      name: 'a tail marker after the last body line cuts',
      page: [BODY_1, BODY_2, '版权归原作者所有，如有侵权请联系删除。', '天津高新区THT', '国家双创示范基地'],
      text: [BODY_1, BODY_2],
    },
    {
      name: 'a footer marker cuts even when body-like lines follow',
      page: [BODY_1, BODY_2, '责任编辑：李四', BODY_1.replace('天津大学', '南开大学')],
      text: [BODY_1, BODY_2],
    },
    {
      name: 'a footer marker before the body only drops its line',
      page: ['声明：本文转载自滨海发布。', '脑机接口芯片问世', BODY_1, BODY_2],
      text: ['脑机接口芯片问世', BODY_1, BODY_2],
    },
    {
      name: 'a long line without punctuation counts as body',
      page: ['分享至', '滨海新区'.repeat(21), '特别声明：以上内容为用户上传', '天津高新区THT', '国家双创示范基地'],
      text: ['滨海新区'.repeat(21)],
    },
    {
      name: 'a recommendation list inside the body goes up to the next body line',
      page: [BODY_1, '相关推荐', '滨海新区打造细胞谷', '信创谷集聚千余家企业', BODY_2],
      text: [BODY_1, BODY_2],
    },
  ])('$name', ({ page, text }) => {
    expect(cleanText(page.join('\n\n')).text).toBe(text.join('\n\n'));
  });
});

describe('idempotence', () => {
  const POOL = [
    '滨海新区全力打造未来产业创新高地',
    '发展新质生产力是推动高质量发展的内在要求和重要着力点，滨海新区积极联动本土科教资源优势。',
    '近日，一款数字中医人小程序在滨海高新区发布。',
    '天河高性能计算机系统',
    '0',
    '分享至',
    '网易首页 > 网易号 > 正文 申请入驻',
    '来源：滨海发布',
    '特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。',
    '往期回顾 全部',
    '专题推荐',
    '责任编辑：张三',
    '天津高新区THT',
    '12186文章数 1412关注度',
    '2024-03-05 10:20',
    '该政策自2024年4月1日起施行。（完）',
    '该专利版权归天津大学所有，其他单位使用需获授权。',
    '版权归原作者所有，如有侵权请联系删除。',
    '相关推荐',
    '',
    '',
  ];

  it('clean(clean(x)) equals clean(x) for pages mixed from body and chrome lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...POOL), { maxLength: 30 }), (lines) => {
        const once = cleanText(lines.join('\n'));
        expect(cleanText(once.text)).toEqual(once.origin === undefined ? once : { text: once.text, title: once.title });
      }),
      { seed: 20240305, numRuns: 300 },
    );
  });
});
