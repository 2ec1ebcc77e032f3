/** Defaults of the read stage: formats, decoding thresholds, id rules. */
import type { InputFormat } from './types.js';

/** Supported file extensions (lower case, with the dot) and their formats. */
export const FORMATS_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
};

/** The supported extensions, for discovery and messages. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS_BY_EXTENSION);

/** Bytes inspected to tell text from binary. */
export const BINARY_SAMPLE_BYTES = 1024;

/** Share of control bytes (other than tab, LF, CR, FF, ESC) above which a file is binary. */
export const BINARY_CONTROL_RATIO = 0.05;

/** Signatures of common binary formats at the start of a file. */
export const BINARY_SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
];

/** Bytes of an HTML file searched for a `<meta charset>` declaration. */
export const CHARSET_SCAN_BYTES = 4096;

/** UTF-8 with a few broken bytes (below this share of U+FFFD among non-ASCII characters) is still UTF-8. */
export const UTF8_MAX_REPLACEMENT_RATIO = 0.01;

/** A legacy decoding (declared charset or GB18030) is plausible when at most this share of its characters are U+FFFD… */
export const LEGACY_MAX_REPLACEMENT_RATIO = 0.005;

/** …and at most this share are private-use or control characters. */
export const LEGACY_MAX_SUSPICIOUS_RATIO = 0.02;

/** The legacy encoding tried when bytes are not UTF-8 and declare nothing. */
export const FALLBACK_ENCODING = 'gb18030';

/** A file name (without extension) or JSONL id used as is must match this; otherwise it is hashed. */
export const SAFE_ID = /^[A-Za-z0-9_.-]{1,100}$/;

/** Hex digits of the sha1 kept in a hashed id. */
export const ID_HASH_LENGTH = 16;

/** Prefixes of hashed ids: of a file and of a JSONL `id` field. */
export const FILE_ID_PREFIX = 'doc-';
export const JSONL_ID_PREFIX = 'id-';

/** Characters at the top of a text searched for its date. */
export const DATE_SCAN_CHARS = 600;

/** Years accepted in a date found in text. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * Longest text inside one Markdown inline mark (link text, emphasis, code) and longest link URL; longer ones keep
 * their marks. The bounds keep a line of a million unclosed marks to about a second.
 */
export const MARKDOWN_MAX_SPAN = 300;
export const MARKDOWN_MAX_URL = 2000;

/** Length of a title made from the first line when nothing better exists. */
export const FALLBACK_TITLE_LENGTH = 40;

/** Longest reason quoted from a JSON parse error. */
export const MAX_REASON_LENGTH = 120;

/**
 * Longest article text, in characters after cleaning (about 600 KB of Chinese UTF-8; a long government report is
 * 60,000). Later stages grow faster than linearly with the text: 100,000 characters take seconds, a few million hours.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/**
 * The text of a file (decoded .txt/.md, text of an .html page, a JSONL `text`) is refused before cleaning when longer
 * than this many times MAX_ARTICLE_CHARS: cleaning removes chrome, never most of a text.
 */
export const MAX_RAW_TEXT_FACTOR = 5;

/** Most bytes one UTF-16 code unit takes in any encoding read (UTF-8: 3, GB18030: 4), to size a file before decoding. */
export const MAX_BYTES_PER_CHAR = 4;

/** Default options of `readArticles`. */
export const DEFAULT_READ_OPTIONS = { skipBad: false, maxArticleChars: MAX_ARTICLE_CHARS } as const;

/**
 * Deepest element nesting read in an HTML page. Browsers stop nesting at 512; htmlparser2 slows down quadratically with
 * depth, so a page nested deeper is refused with an error instead of taking minutes.
 */
export const MAX_HTML_DEPTH = 1000;

/** Longest title kept (metadata, <title>, JSONL `title`); longer ones are cut. */
export const MAX_TITLE_CHARS = 300;

/** HTML elements whose text never belongs to the article (a `<header>` holding the `<h1>` is kept). */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'iframe', 'template', 'svg', 'form',
  'head', 'button', 'select', 'textarea', 'object', 'embed', 'canvas', 'audio', 'video', 'map', 'dialog',
]);

/** HTML elements that start and end a line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'body', 'html',
]);

/** Ids and classes of article containers on Chinese news sites (WeChat, NetEase, Sina, Sohu, QQ, government CMSs). */
export const CONTENT_CONTAINERS: ReadonlySet<string> = new Set([
  'js_content', 'rich_media_content', 'post_body', 'post_text', 'endText', 'artibody', 'article_content',
  'article-content', 'articleContent', 'Cnt-Main-Article-QQ', 'content-article', 'TRS_Editor', 'Custom_UnionStyle',
  'detail-content', 'news_content', 'newsContent', 'zoom', 'pages_content',
]);

/** A content container (or <article>, <main>) is used only when it holds at least this many characters. */
export const CONTENT_MIN_CHARS = 100;

/** Meta keys (property, name or itemprop, lower case) giving the title, url and publication date, best first. */
export const TITLE_META_KEYS: readonly string[] = ['og:title', 'twitter:title'];
export const URL_META_KEYS: readonly string[] = ['og:url'];
export const DATE_META_KEYS: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date',
  'publish-date', 'dc.date.issued', 'dc.date', 'date',
];

/** The last part of a <title> that names the site: "_网易订阅", " - 新华网", "|人民日报". */
export const SITE_NAME_SUFFIX =
  /(?:网|新闻|频道|日报|晚报|早报|报|订阅|资讯|在线|门户|官网|政府|客户端|APP|\.com|\.cn|News)$|搜狐|新浪|腾讯|网易|凤凰|人民网|新华网|央视|澎湃/i;
