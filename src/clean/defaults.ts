/** Defaults of the clean stage: the page-chrome patterns and the thresholds that tell body text from chrome. */

/**
 * What a chrome pattern does when a line matches it.
 * - `footer`: an unmistakable footer start (disclaimer, editor credit, "返回搜狐"). After the first body line
 *   everything from the match to the end is cut; before it only the line is dropped.
 * - `tail`: a footer start that could also be a sentence of the body ("版权所有", "转载请注明出处"): it cuts like
 *   `footer` only when no body line follows it; elsewhere in the body it stays.
 * - `section`: the heading of a recommendation list ("往期回顾", "专题推荐"). The heading and the short
 *   lines after it are dropped, up to the next body line.
 * - `line`: a widget or credit line, dropped wherever it is.
 * - `edge`: dropped only before the first body line or after the last one (dates, counters, menus),
 *   because the same shape can be real content inside the body.
 */
export type ChromeRole = 'footer' | 'tail' | 'section' | 'line' | 'edge';

/** One documented chrome pattern: matched against a whole trimmed line no longer than `maxLength`. */
export interface ChromePattern {
  name: string;
  role: ChromeRole;
  pattern: RegExp;
  /** Longer lines never match: chrome is short, body paragraphs are long. */
  maxLength: number;
  /** Whether a line that ends like a sentence (。！？) or asks a question may match ("记者：您怎么看？" is body). */
  prose: boolean;
  /** What it catches, with a real example. */
  note: string;
}

/** Share, login, font-size and accessibility widget words; a line made only of them (and counts) is chrome. */
export const WIDGET_WORDS: readonly string[] = [
  '分享至', '分享到', '分享', '转发', '收藏', '点赞', '赞', '在看', '喜欢', '举报', '投诉', '反馈', '评论', '写评论',
  '发表评论', '跟帖', '打印', '关闭', '纠错', '我要纠错', '我要反馈', '保存图片', '复制链接', '网页链接', '原文链接',
  '微信', '微博', '新浪微博', 'QQ', 'QQ空间', 'QQ好友', '朋友圈', '微信好友', '豆瓣', '扫一扫', '字号', '字体',
  '大', '中', '小', '默认', '超大', '申请入驻', '登录', '注册', '退出', '首页', '客户端', '下载客户端', '下载APP',
  'APP', '无障碍浏览', '无障碍', '进入关怀版', '关怀版', '长者模式', '读屏专用', '返回顶部', '返回', '更多', '全部',
  '展开全文', '查看全文', '阅读全文', '阅读原文', '收起', '设为首页', '加入收藏', '手机版', '简体', '繁体', '繁體',
  'English', '视力保护色', '扫一扫在手机打开当前页', '在手机上查看当前页面', '打开APP', '听新闻', '语音播报',
];

const W = WIDGET_WORDS.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const COUNT = String.raw`\d+(?:\.\d+)?[万wWkK+]?`;
const SEP = String.raw`[\s|｜/、·•:：\[\]【】()（）]+`;

/**
 * The chrome patterns, in the order they are tried (the first match decides the role). Each is tested against
 * a whole trimmed line. Three structural checks in `lines.ts` complete them: breadcrumbs ("网易首页 > 网易号 >
 * 正文", role `line`), menus (five or more short items in a row, role `edge`) and lines without a letter or a
 * digit (role `line`).
 */
export const CHROME_PATTERNS: readonly ChromePattern[] = [
  {
    name: 'disclaimer',
    role: 'footer',
    pattern: /^[【\[]?(?:特别|免责|版权|平台|郑重|法律|重要|新浪|网易|搜狐|腾讯|凤凰网?|澎湃)?声明[】\]]?\s*[:：]/,
    maxLength: 300,
    prose: true,
    note: '"特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布…", "声明：该文观点仅代表作者本人…"',
  },
  {
    name: 'disclaimer-heading',
    role: 'footer',
    pattern: /^[【\[]?(?:免责声明|版权声明|特别声明)[】\]]?$/,
    maxLength: 12,
    prose: false,
    note: '"免责声明" alone on its line, the disclaimer text below it',
  },
  {
    name: 'notice-en',
    role: 'footer',
    pattern: /^(?:Notice|Disclaimer)\s*:\s*\S/i,
    maxLength: 400,
    prose: true,
    note: '"Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao…"',
  },
  {
    name: 'editor',
    role: 'footer',
    pattern: /^[（(【\[]?\s*(?:责任编辑|责编|值班编辑|编辑|审核|审校|校对|监制|终审|一审|二审|三审)\s*[:：丨|]/,
    maxLength: 60,
    prose: false,
    note: '"责任编辑：张三 SN123", "(责编：王五、赵六)", "编辑：李四" — the credit that closes an article',
  },
  {
    name: 'back-to-portal',
    role: 'footer',
    pattern: /^返回(?:搜狐|网易|新浪|腾讯|首页)[，,\s]*查看更多/,
    maxLength: 30,
    prose: false,
    note: '"返回搜狐，查看更多"',
  },
  {
    name: 'print-close',
    role: 'footer',
    pattern: /^[【\[]?(?:打印本页|打印此页|关闭窗口|关闭本页)[】\]]?/,
    maxLength: 40,
    prose: false,
    note: '"【打印本页】【关闭窗口】" of government pages',
  },
  {
    name: 'app-promo',
    role: 'footer',
    pattern: /^(?:分享让更多人看到|微信扫一扫关注|继续滑动看下一个|向上滑动看下一个|预览时标签不可点|轻触阅读原文)/,
    maxLength: 40,
    prose: false,
    note: '"分享让更多人看到" (People\'s Daily), "微信扫一扫关注该公众号", "继续滑动看下一个" (WeChat)',
  },
  {
    name: 'reprint',
    role: 'tail',
    pattern: /转载请注明|转载请联系|未经(?:授权|许可|书面授权).{0,12}(?:转载|使用|复制)|版权归.{0,20}所有|如有侵权|侵删|不代表本(?:站|网|平台|号)(?:的)?(?:观点|立场)/,
    maxLength: 100,
    prose: true,
    note: '"来源:滨海发布,转载请注明出处", "本文转自网络，如有侵权请联系删除"',
  },
  {
    name: 'copyright',
    role: 'tail',
    pattern: /版权所有|Copyright|©|All\s+Rights\s+Reserved/i,
    maxLength: 160,
    prose: true,
    note: '"Copyright © 1997-2024 by www.people.com.cn. all rights reserved", "新华网版权所有"',
  },
  {
    name: 'site-registration',
    role: 'tail',
    pattern: /ICP备|ICP证|公网安备|网站标识码|互联网新闻信息服务许可证|^(?:主办单位|承办单位|技术支持|运维单位)\s*[:：]/,
    maxLength: 150,
    prose: false,
    note: '"津ICP备05004123号", "主办单位：天津市滨海新区人民政府办公室"',
  },
  {
    name: 'app-slogan',
    role: 'tail',
    pattern: /尽在.{0,10}(?:APP|App|客户端)$/,
    maxLength: 40,
    prose: false,
    note: '"海量资讯、精准解读，尽在新浪财经APP"',
  },
  {
    name: 'recommendations',
    role: 'section',
    pattern:
      /^[【\[]?(?:往期回顾|往期推荐|往期精选|专题推荐|相关阅读|推荐阅读|相关新闻|相关推荐|相关文章|热门推荐|热门文章|热点推荐|精彩推荐|猜你喜欢|延伸阅读|更多精彩|大家都在看|为你推荐|今日推荐|热门评论|网友评论|最新评论|阅读排行|点击排行|24小时热文)[】\]]?[\s:：>》»]*(?:全部|更多)?[\s>》»]*$/,
    maxLength: 20,
    prose: false,
    note: '"往期回顾 全部", "专题推荐" and the list of headlines under it',
  },
  {
    name: 'related-link',
    role: 'line',
    pattern: /^[【\[]?(?:相关阅读|延伸阅读|推荐阅读|相关新闻|相关链接)[】\]]?\s*[:：]/,
    maxLength: 80,
    prose: false,
    note: '"相关阅读：滨海新区打造细胞谷" inside the body',
  },
  {
    name: 'widgets',
    role: 'line',
    pattern: new RegExp(`^(?=.*(?:${W}))[\\[【(（]?(?:${W}|${COUNT})(?:${SEP}(?:${W}|${COUNT}))*[\\s:：\\]】)）]*$`),
    maxLength: 60,
    prose: false,
    note: '"分享至", "分享到： 微信 微博 QQ空间", "无障碍浏览 进入关怀版", "字号：大 中 小", "登录 注册 下载APP"',
  },
  {
    name: 'counters',
    role: 'line',
    pattern: new RegExp(
      `^(?:${COUNT}\\s*(?:文章数|关注度|粉丝数?|获赞|阅读|浏览|评论|点赞|关注|作品)\\s*)+$|^(?:阅读|阅读量|阅读数|浏览|浏览量|浏览次数|点击|点击数|点击量|访问量|评论数?)\\s*[:：(（]?\\s*${COUNT}\\s*[)）]?$`,
    ),
    maxLength: 40,
    prose: false,
    note: '"12186文章数 1412关注度", "阅读 (1234)", "浏览次数：980"',
  },
  {
    name: 'source',
    role: 'line',
    pattern: /^[（(【\[]?(?:文章|信息|稿件|新闻|本文|内容|图文)?来源\s*[:：]/,
    maxLength: 60,
    prose: false,
    note: '"来源：滨海发布" — dropped, the source name is returned as `origin`',
  },
  {
    name: 'byline',
    role: 'line',
    pattern: /^[（(【\[]?(?:作者|记者|通讯员|撰文|文字|文|撰稿|供稿|摄影|摄像|图片|图|视频|出品|策划|统筹|制作|主编|美编|设计|实习生|本期编辑)\s*[:：丨|/]/,
    maxLength: 40,
    prose: false,
    note: '"作者：张三", "图/新华社", "文 | 李四" (an interview line "记者：您怎么看？" stays)',
  },
  {
    name: 'original-title',
    role: 'line',
    pattern: /^原标题\s*[:：]/,
    maxLength: 100,
    prose: false,
    note: '"原标题：…" of reposts',
  },
  {
    name: 'open-app',
    role: 'line',
    pattern: /^(?:打开|下载)\s*.{0,10}(?:APP|App|app|客户端|新闻)[，,\s]*(?:查看|阅读|看|获取).{0,12}$|^展开剩余\s*\d+\s*%$/,
    maxLength: 40,
    prose: false,
    note: '"打开网易新闻 查看精彩图片", "打开腾讯新闻，查看更多精彩内容", "展开剩余85%"',
  },
  {
    name: 'follow-us',
    role: 'line',
    pattern: /^(?:点击|长按|扫码|扫描|识别).{0,20}(?:关注|二维码|下载|订阅)|^(?:关注我们|欢迎关注|关注公众号)/,
    maxLength: 40,
    prose: false,
    note: '"点击上方蓝字关注我们", "长按识别二维码" ("扫描二维码即可办理。" stays)',
  },
  {
    name: 'location',
    role: 'line',
    pattern: /^(?:当前位置|您的位置|您现在的位置|你的位置|所在位置)\s*[:：]/,
    maxLength: 100,
    prose: false,
    note: '"当前位置：首页 > 新闻中心 > 区内要闻"',
  },
  {
    name: 'prev-next',
    role: 'line',
    pattern: /^(?:上一篇|下一篇|上一条|下一条)\s*[:：]?/,
    maxLength: 80,
    prose: false,
    note: '"上一篇：滨海新区召开…"',
  },
  {
    name: 'number',
    role: 'edge',
    pattern: /^\d{1,7}$/,
    maxLength: 7,
    prose: false,
    note: '"0" — a share or comment count left alone on its line',
  },
  {
    name: 'dateline',
    role: 'edge',
    pattern: /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:\s+\S{1,20}){0,4}$/,
    maxLength: 60,
    prose: false,
    note: '"2024-03-05 10:20:33 来源: 新华网", "2024年3月5日 08:00 天津"',
  },
  {
    name: 'page-meta',
    role: 'edge',
    pattern: /^[【\[]?(?:发布时间|发布日期|发表时间|更新时间|时间|日期|字号|浏览次数|点击次数|发布机构|信息来源|发布者)\s*[:：]/,
    maxLength: 120,
    prose: false,
    note: '"发布时间：2024-03-05 来源：滨海新区政府网 浏览次数：1234"',
  },
  {
    name: 'portal-name',
    role: 'edge',
    pattern: /^(?:腾讯|网易|新浪|搜狐|凤凰|澎湃)(?:新闻|网|号)?(?:客户端|APP|App)?$|^(?:今日头条|百家号|企鹅号)$/,
    maxLength: 12,
    prose: false,
    note: '"腾讯新闻", "网易新闻客户端" — a portal name alone on its line above or below the article',
  },
  {
    name: 'wechat-original',
    role: 'edge',
    pattern: /^原创\s+\S/,
    maxLength: 80,
    prose: false,
    note: '"原创 滨海发布 滨海发布 2024-03-05 08:00 天津"',
  },
];

/** A breadcrumb has at least this many short items between `>` (or `›`, `»`, `＞`, `→`). */
export const BREADCRUMB_MIN_ITEMS = 3;

/** Longest item of a breadcrumb or of a menu line. */
export const MENU_ITEM_MAX_LENGTH = 15;

/** A menu line has at least this many short items separated by spaces or `|`. */
export const MENU_MIN_ITEMS = 5;

/** A body line has at least this many characters and some punctuation… */
export const BODY_MIN_LENGTH = 30;

/** …or ends a sentence and has at least this many characters. */
export const BODY_SENTENCE_MIN_LENGTH = 10;

/** …or is at least this long, punctuation or not (scraped text sometimes has none). */
export const BODY_LONG_LENGTH = 80;

/** A headline is between these lengths and comes before the first body line. */
export const HEADLINE_MIN_LENGTH = 4;
export const HEADLINE_MAX_LENGTH = 80;

/** Credits glued to the end of the last paragraph: "…发展。（责任编辑：王五）", "（完）" (matched from the last parenthesis). */
export const TRAILING_CREDIT = /^[（(](?:(?:责任编辑|责编|编辑|记者|作者|来源)\s*[:：][^()（）]{1,30}|完)[)）]\s*$/;

/** Passes until the text is stable; cleaning is idempotent by construction, this bounds the loop. */
export const MAX_CLEAN_PASSES = 4;

/**
 * Longest line (UTF-16 code units) kept whole. Longer lines (a scraped page glued onto one line, a JSONL text without
 * line breaks) are broken after a sentence end, else a clause mark, else a space, else anywhere: later stages work
 * sentence by sentence and a sentence of 100,000 characters costs them minutes.
 */
export const MAX_LINE_LENGTH = 5000;

/** Marks a long line is broken after, best first (each searched in the second half of the allowed length). */
export const LINE_BREAK_MARKS: readonly RegExp[] = [/[。！？!?；;…]/, /[，、,：:）)”」』]/, /[\s\u3000]/];
