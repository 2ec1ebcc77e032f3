/** The read stage: input bytes to cleaned articles (.txt, .md, .html/.htm, .jsonl). */
import { cleanText } from '../clean/index.js';
import { InputError, OptionsError } from '../errors.js';
import type { Article } from '../types.js';
import { decodeBytes } from './decode.js';
import { DEFAULT_READ_OPTIONS, FORMATS_BY_EXTENSION, MAX_BYTES_PER_CHAR, MAX_RAW_TEXT_FACTOR, MAX_TITLE_CHARS, SUPPORTED_EXTENSIONS } from './defaults.js';
import { parseHtml } from './html.js';
import { fileIdOf, sanitizeId } from './ids.js';
import { parseJsonl } from './jsonl.js';
import { tooLongReason } from './limits.js';
import { parseMarkdown } from './markdown.js';
import { printable } from './printable.js';
import { fallbackTitle, findDate, normalizeDate } from './metadata.js';
import type { InputFile, InputFormat, ParsedDocument, ReadOptions } from './types.js';

export { MAX_ARTICLE_CHARS, SUPPORTED_EXTENSIONS } from './defaults.js';
export { decodeBytes, type DecodedText } from './decode.js';
export { fileIdOf, sanitizeId } from './ids.js';
export { printable } from './printable.js';
export type { InputFile, InputFormat, ReadOptions } from './types.js';

/** Reads one input file into articles: decodes, parses its format, cleans the text, and gives ids and metadata. */
export function readArticles(file: InputFile, options: ReadOptions = {}): Article[] {
  // 1. Validate the arguments.
  const { skipBad, onSkip, maxArticleChars } = validateReadOptions(options);
  if (typeof file?.path !== 'string' || typeof file.relPath !== 'string' || !(file.bytes instanceof Uint8Array)) {
    throw new TypeError('readArticles: file must be { path: string, relPath: string, bytes: Uint8Array }');
  }
  const where = printable(file.path);
  const format = formatOf(file);
  const maxRawChars = maxArticleChars * MAX_RAW_TEXT_FACTOR;
  const tooLong = (length: number, atLeast = false) =>
    new InputError(`${where}: ${tooLongReason('article', length, maxArticleChars, atLeast)} — split it into several files or JSONL lines`);
  // 2. Decode (a text or Markdown file far too long is refused before: any encoding gives a character per 4 bytes
  //    at least); an empty or blank file is an error.
  if ((format === 'text' || format === 'markdown') && file.bytes.length > maxRawChars * MAX_BYTES_PER_CHAR) {
    throw tooLong(Math.ceil(file.bytes.length / MAX_BYTES_PER_CHAR), true);
  }
  const { text } = decodeBytes(file.bytes, where, format === 'html');
  if (!/[^\s\u200B-\u200D\u2060\uFEFF]/.test(text)) {
    throw new InputError(`${where}: empty file — add text to it or remove it from the input`);
  }
  const fileId = fileIdOf(file.relPath);
  if (format === 'jsonl') return readJsonl(text, file, fileId, { skipBad, onSkip, maxArticleChars });
  // 3. Parse the format (a text far too long is refused before any work on it) and clean the text.
  if (format !== 'html' && text.length > maxRawChars) throw tooLong(text.length);
  const doc = format === 'html' ? parseHtml(text, where) : format === 'markdown' ? parseMarkdown(text) : parseText(text);
  if (doc.text.length > maxRawChars) throw tooLong(doc.text.length);
  const article = makeArticle(doc, fileId, file.relPath);
  if (article === null) {
    throw new InputError(`${where}: no article text left after removing page chrome — check that the file holds an article`);
  }
  if (article.text.length > maxArticleChars) throw tooLong(article.text.length);
  return [article];
}

type ValidReadOptions = Required<Pick<ReadOptions, 'skipBad' | 'maxArticleChars'>> & Pick<ReadOptions, 'onSkip'>;

function validateReadOptions(options: ReadOptions): ValidReadOptions {
  if (typeof options !== 'object' || options === null) throw new OptionsError('readArticles: options must be an object — pass { skipBad, onSkip }');
  const skipBad = options.skipBad ?? DEFAULT_READ_OPTIONS.skipBad;
  if (typeof skipBad !== 'boolean') throw new OptionsError('readArticles: skipBad must be a boolean — pass true or false');
  if (options.onSkip !== undefined && typeof options.onSkip !== 'function') {
    throw new OptionsError('readArticles: onSkip must be a function — pass (line, reason) => void');
  }
  const maxArticleChars = options.maxArticleChars ?? DEFAULT_READ_OPTIONS.maxArticleChars;
  if (!Number.isSafeInteger(maxArticleChars) || maxArticleChars <= 0) {
    throw new OptionsError('readArticles: maxArticleChars must be a positive integer — pass a number of characters');
  }
  return { skipBad, onSkip: options.onSkip, maxArticleChars };
}

function formatOf(file: InputFile): InputFormat {
  const name = file.relPath !== '' ? file.relPath : file.path;
  const dot = name.lastIndexOf('.');
  const extension = dot > name.lastIndexOf('/') ? name.slice(dot).toLowerCase() : '';
  const format = FORMATS_BY_EXTENSION[extension];
  if (format === undefined) {
    const shown = extension === '' ? 'a file without extension' : `unsupported file type ${extension}`;
    throw new InputError(`${printable(file.path)}: ${shown} — use ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
  return format;
}

function parseText(text: string): ParsedDocument {
  return { text, title: null, url: null, date: findDate(text) };
}

/** An article from a parsed document, or null when no text is left after cleaning. */
function makeArticle(doc: ParsedDocument, id: string, source: string): Article | null {
  const cleaned = cleanText(doc.text);
  if (cleaned.text === '') return null;
  const title = capTitle(oneLine(doc.title ?? '') || cleaned.title || fallbackTitle(cleaned.text));
  return { id, title, url: doc.url, date: doc.date, source, text: cleaned.text };
}

function readJsonl(text: string, file: InputFile, fileId: string, { skipBad, onSkip, maxArticleChars }: ValidReadOptions): Article[] {
  const { records, problems } = parseJsonl(text, maxArticleChars * MAX_RAW_TEXT_FACTOR);
  const articles: Article[] = [];
  const firstLineOfId = new Map<string, number>();
  const skip = (line: number, reason: string): void => {
    if (!skipBad) throw new InputError(`${printable(file.path)}:${line}: ${reason} — fix the line or pass --skip-bad`);
    onSkip?.(line, reason);
  };
  // Records and problems in line order, so the first bad line is the one reported.
  const items = [...records, ...problems].sort((a, b) => a.line - b.line);
  for (const item of items) {
    if ('reason' in item) {
      skip(item.line, item.reason);
      continue;
    }
    const id = item.id !== null ? sanitizeId(item.id) : `${fileId}#${item.line}`;
    const first = firstLineOfId.get(id);
    if (first !== undefined) {
      skip(item.line, `duplicate id "${id}" (first on line ${first})`);
      continue;
    }
    if (item.text.length > maxArticleChars * MAX_RAW_TEXT_FACTOR) {
      skip(item.line, tooLongReason('article', item.text.length, maxArticleChars));
      continue;
    }
    const date = item.date !== null ? (normalizeDate(item.date) ?? item.date) : findDate(item.text);
    const doc: ParsedDocument = { text: item.text, title: item.title, url: item.url, date };
    const article = makeArticle(doc, id, `${file.relPath}#L${item.line}`);
    if (article === null) {
      skip(item.line, 'no text left after removing page chrome');
      continue;
    }
    if (article.text.length > maxArticleChars) {
      skip(item.line, tooLongReason('article', article.text.length, maxArticleChars));
      continue;
    }
    firstLineOfId.set(id, item.line);
    articles.push(article);
  }
  return articles;
}

function oneLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A title of at most MAX_TITLE_CHARS characters (code points), "…" when cut. */
function capTitle(title: string): string {
  if (title.length <= MAX_TITLE_CHARS) return title;
  const chars = [...title];
  return chars.length <= MAX_TITLE_CHARS ? title : `${chars.slice(0, MAX_TITLE_CHARS - 1).join('').trimEnd()}…`;
}
