/** Markdown to plain text, lightly: syntax marks go, the words and the line layout stay. */
import { normalizeDate } from './metadata.js';
import type { ParsedDocument } from './types.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Extracts the text of a Markdown document; the title is the front-matter title or the first heading. */
export function parseMarkdown(markdown: string): ParsedDocument {
  // 1. Front matter: `title:`, `date:`, `url:` (or `link:`) lines.
  const front = FRONT_MATTER.exec(markdown);
  const meta = front !== null ? readFrontMatter(front[1]) : new Map<string, string>();
  const body = (front !== null ? markdown.slice(front[0].length) : markdown).replace(/<!--[\s\S]*?-->/g, '');
  // 2. Line by line: fences, headings, rules, quotes, bullets, tables, then inline marks.
  const lines = body.split('\n');
  const out: string[] = [];
  let heading: string | null = null;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    const setext = i + 1 < lines.length && line.trim() !== '' && SETEXT_UNDERLINE.test(lines[i + 1]) && !RULE.test(line);
    if (atx !== null || setext) {
      const text = stripInline(atx !== null ? (atx[1] ?? '') : line.trim());
      heading ??= text.trim() === '' ? null : text.trim();
      out.push(text);
      if (setext) i++;
      continue;
    }
    if (REFERENCE.test(line) || TABLE_DIVIDER.test(line)) continue;
    if (RULE.test(line)) {
      out.push('');
      continue;
    }
    out.push(stripInline(stripBlock(line)));
  }
  const url = meta.get('url') ?? meta.get('link') ?? null;
  const date = meta.get('date');
  return {
    text: out.join('\n'),
    title: meta.get('title') ?? heading,
    url: url !== null && /^https?:\/\//i.test(url) ? url : null,
    date: date !== undefined ? (normalizeDate(date) ?? date) : null,
  };
}

function readFrontMatter(yaml: string): Map<string, string> {
  const meta = new Map<string, string>();
  for (const line of yaml.split('\n')) {
    const match = /^([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (match === null) continue;
    const value = match[2].replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value !== '') meta.set(match[1].toLowerCase(), value);
  }
  return meta;
}

/** Block marks at the start of a line: quotes, bullets, table pipes. */
function stripBlock(line: string): string {
  let text = line.replace(/^\s*(?:>\s?)+/, '').replace(/^\s*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/, '');
  if (/^\s*\|/.test(text)) text = text.replace(/^\s*\||\|\s*$/g, '').replace(/\s*\|\s*/g, ' ');
  return text;
}

/** Inline marks: images go, links keep their text, emphasis, code and strike marks go, escapes resolve. */
function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1');
}
