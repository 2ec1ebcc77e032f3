/** HTML pages to text and metadata with htmlparser2: chrome elements dropped, blocks become lines. */
import { DomHandler, DomUtils, ElementType, Parser, type parseDocument } from 'htmlparser2';
import { InputError } from '../errors.js';
import {
  BLOCK_TAGS,
  CONTENT_CONTAINERS,
  CONTENT_MIN_CHARS,
  DATE_META_KEYS,
  DROPPED_TAGS,
  MAX_HTML_DEPTH,
  MAX_TITLE_CHARS,
  SITE_NAME_SUFFIX,
  TITLE_META_KEYS,
  URL_META_KEYS,
} from './defaults.js';
import { findDate, normalizeDate } from './metadata.js';
import type { ParsedDocument } from './types.js';

type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlNode = HtmlDocument['children'][number];
type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

/** The DOM handler of htmlparser2, refusing elements nested deeper than MAX_HTML_DEPTH. */
class DepthLimitedHandler extends DomHandler {
  private depth = 0;

  constructor(private readonly where: string) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.depth++;
    if (this.depth > MAX_HTML_DEPTH) {
      throw new InputError(`${this.where}: HTML elements nested more than ${MAX_HTML_DEPTH} deep (a broken or hostile page) — save the article's text as a .txt file`);
    }
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/**
 * Parses a page (parseDocument's options), stopping at nesting deeper than MAX_HTML_DEPTH: htmlparser2 and domutils
 * take time quadratic in the depth, and a few megabytes of `<div>` would take minutes and overflow the stack.
 */
function parsePage(html: string, where: string): HtmlDocument {
  const handler = new DepthLimitedHandler(where);
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return handler.root;
}

/** Extracts the article text, title, canonical url and publication date of an HTML page (`where` names it in errors). */
export function parseHtml(html: string, where: string): ParsedDocument {
  const doc = parsePage(html, where);
  // 1. Metadata from <meta>, <link rel=canonical>, <title>, <h1>, <time>.
  const metas = readMetas(doc);
  const titleTag = DomUtils.findOne((el) => el.name === 'title', doc.children);
  const h1 = DomUtils.findOne((el) => el.name === 'h1' && !isDropped(el), doc.children);
  const title =
    nonEmpty(stripSiteName(firstNonEmpty(TITLE_META_KEYS.map((key) => metas.get(key))) ?? '')) ??
    nonEmpty(stripSiteName(squeeze(titleTag ? DomUtils.textContent(titleTag) : ''))) ??
    nonEmpty(squeeze(h1 ? DomUtils.textContent(h1) : ''));
  const canonical = DomUtils.findOne(
    (el) => el.name === 'link' && (el.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'),
    doc.children,
  )?.attribs.href;
  const url = [canonical, ...URL_META_KEYS.map((key) => metas.get(key))].map(absoluteUrl).find((u) => u !== null) ?? null;
  const time = DomUtils.findOne((el) => el.name === 'time' && typeof el.attribs.datetime === 'string', doc.children);
  const metaDate = firstNonEmpty([...DATE_META_KEYS.map((key) => metas.get(key)), time?.attribs.datetime]);
  // 2. Text of the content container (or the body), chrome elements dropped, blocks on their own lines.
  const { nodes, container } = contentRoot(doc);
  const chunks: string[] = [];
  collectText(nodes, chunks, false);
  // Lines trimmed and blank runs shortened by hand (a regex like /[ \t]*\n/ is quadratic on long runs of spaces).
  let text = joinBlankRuns(chunks.join('').split('\n').map((line) => line.trim()));
  // 3. The headline stays the first line when a content container left it out.
  if (container && title !== null && !squeeze(text.slice(0, 4 * title.length + 200)).includes(title)) {
    text = `${title}\n\n${text}`;
  }
  const date = (metaDate !== null ? normalizeDate(metaDate) : null) ?? findDate(text) ?? (container ? findDate(pageText(doc)) : null);
  return { text, title, url, date };
}

function readMetas(doc: HtmlDocument): Map<string, string> {
  const metas = new Map<string, string>();
  for (const el of DomUtils.findAll((e) => e.name === 'meta', doc.children)) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').trim().toLowerCase();
    const content = squeeze(el.attribs.content ?? '');
    if (key !== '' && content !== '' && !metas.has(key)) metas.set(key, content);
  }
  return metas;
}

/** The main <article>, the <main>, or a known content container holding enough text; else the <body>. */
function contentRoot(doc: HtmlDocument): { nodes: HtmlNode[]; container: boolean } {
  const body = DomUtils.findOne((el) => el.name === 'body', doc.children);
  const scope = body ? body.children : doc.children;
  const candidates = [
    ...largest(DomUtils.findAll((el) => el.name === 'article' && !isDropped(el), scope)),
    ...DomUtils.findAll((el) => el.name === 'main' && !isDropped(el), scope),
    ...DomUtils.findAll((el) => isContentContainer(el) && !isDropped(el), scope),
  ];
  for (const candidate of candidates) {
    if (visibleLength(candidate) >= CONTENT_MIN_CHARS) return { nodes: [candidate], container: true };
  }
  return { nodes: scope, container: false };
}

/** The longest <article> when it holds most of the text of all of them (a page of cards has no main one). */
function largest(articles: HtmlElement[]): HtmlElement[] {
  const sized = articles.map((el) => ({ el, size: visibleLength(el) }));
  const total = sized.reduce((sum, { size }) => sum + size, 0);
  const best = sized.reduce<{ el: HtmlElement; size: number } | undefined>((a, b) => (a && a.size >= b.size ? a : b), undefined);
  return best !== undefined && best.size * 2 >= total ? [best.el] : [];
}

/** The visible text of the whole page (for a date printed outside the content container). */
function pageText(doc: HtmlDocument): string {
  const chunks: string[] = [];
  collectText(doc.children, chunks, false);
  return chunks.join('');
}

function visibleLength(el: HtmlElement): number {
  const chunks: string[] = [];
  collectText([el], chunks, false);
  return squeeze(chunks.join('')).length;
}

function isContentContainer(el: HtmlElement): boolean {
  const names = [el.attribs.id ?? '', ...(el.attribs.class ?? '').split(/\s+/)].filter((n) => n !== '');
  return names.some((name) => CONTENT_CONTAINERS.has(name));
}

/** True for an element removed from the text: a chrome tag, hidden, or inside one of those. */
function isDropped(el: HtmlElement): boolean {
  for (let node: HtmlElement | null = el; node !== null; node = parentElement(node)) {
    if (isSkipped(node)) return true;
  }
  return false;
}

function parentElement(el: HtmlElement): HtmlElement | null {
  const parent = el.parent;
  return parent !== null && 'attribs' in parent ? (parent as HtmlElement) : null;
}

function isSkipped(el: HtmlElement): boolean {
  if (DROPPED_TAGS.has(el.name)) {
    // A <header> holding the headline is kept: the <h1> is real content.
    return !(el.name === 'header' && DomUtils.findOne((e) => e.name === 'h1', el.children) !== null);
  }
  const style = (el.attribs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true' || style.includes('display:none');
}

function collectText(nodes: readonly HtmlNode[], out: string[], pre: boolean): void {
  for (const node of nodes) {
    if (node.type === ElementType.Text) {
      out.push(pre ? node.data : node.data.replace(/[ \t\n\r\f]+/g, ' '));
    } else if ('attribs' in node) {
      const el = node as HtmlElement;
      if (isSkipped(el)) continue;
      if (el.name === 'br') {
        out.push('\n');
        continue;
      }
      const block = BLOCK_TAGS.has(el.name);
      if (block) out.push('\n');
      else if (el.name === 'td' || el.name === 'th') out.push(' ');
      collectText(el.children, out, pre || el.name === 'pre');
      if (block) out.push('\n');
    }
  }
}

/** Lines joined, at most one blank line in a row. */
function joinBlankRuns(lines: readonly string[]): string {
  return lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== '')).join('\n');
}

/**
 * Strips trailing site names: "标题_网易订阅" → "标题", "标题 - 新华网" → "标题". Titles longer than MAX_TITLE_CHARS are
 * cut first (a page may hold a megabyte in <title>).
 */
export function stripSiteName(title: string): string {
  let rest = title.length > MAX_TITLE_CHARS ? title.slice(0, MAX_TITLE_CHARS).trim() : title;
  for (;;) {
    const match = /^(.*\S)\s*(?:[_|｜–—]|\s-\s)\s*([^_|｜–—]{1,16})$/.exec(rest);
    if (match === null || [...match[1]].length < 4 || !SITE_NAME_SUFFIX.test(match[2].trim())) return rest;
    rest = match[1];
  }
}

function absoluteUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function nonEmpty(text: string): string | null {
  return text === '' ? null : text;
}

function firstNonEmpty(values: readonly (string | undefined)[]): string | null {
  return values.find((v): v is string => v !== undefined && v.trim() !== '')?.trim() ?? null;
}
