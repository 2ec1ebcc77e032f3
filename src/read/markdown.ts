/**
 * Markdown to plain text, lightly: syntax marks go, the words and the line layout stay. Every pattern runs in
 * linear time on any line (inline spans are bounded, trailing marks are trimmed by hand): a hostile file of a
 * million `[` or `**a ` must not take minutes.
 */
import { MARKDOWN_MAX_SPAN, MARKDOWN_MAX_URL } from './defaults.js';
import { normalizeDate } from './metadata.js';
import type { ParsedDocument } from './types.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const ATX_OPENING = /^ {0,3}#{1,6}(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_CELL_DIVIDER = /^:?-{3,}:?$/;

/** Extracts the text of a Markdown document; the title is the front-matter title or the first heading. */
export function parseMarkdown(markdown: string): ParsedDocument {
  // 1. Front matter: `title:`, `date:`, `url:` (or `link:`) lines.
  const front = FRONT_MATTER.exec(markdown);
  const meta = front !== null ? readFrontMatter(front[1]) : new Map<string, string>();
  const body = removeComments(front !== null ? markdown.slice(front[0].length) : markdown);
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
    const atx = atxHeading(line);
    const setext = i + 1 < lines.length && line.trim() !== '' && SETEXT_UNDERLINE.test(lines[i + 1]) && !RULE.test(line);
    if (atx !== null || setext) {
      const text = stripInline(atx ?? line.trim());
      heading ??= text.trim() === '' ? null : text.trim();
      out.push(text);
      if (setext) i++;
      continue;
    }
    if (REFERENCE.test(line) || isTableDivider(line)) continue;
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

/** `| --- | :---: |`: cells of three dashes or more (colons for alignment), pipes at the ends optional. */
function isTableDivider(line: string): boolean {
  const cells = line.trim().split('|').map((cell) => cell.trim());
  const inner = cells.slice(cells[0] === '' ? 1 : 0, cells.length > 1 && cells.at(-1) === '' ? -1 : undefined);
  return inner.length > 0 && inner.every((cell) => TABLE_CELL_DIVIDER.test(cell));
}

/** `<!-- … -->` comments removed; an unclosed one stays as text. */
function removeComments(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + 3;
  }
  return out + text.slice(from);
}

/** The text of an ATX heading line (`## Title ##` → "Title"), or null when the line is not one. */
function atxHeading(line: string): string | null {
  const opening = ATX_OPENING.exec(line);
  if (opening === null) return null;
  const text = line.slice(opening[0].length).trim();
  // A closing run of # goes when a space precedes it ("# C#" keeps its #).
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return end === 0 ? '' : end < text.length && /[ \t]/.test(text[end - 1]) ? text.slice(0, end).trim() : text;
}

function readFrontMatter(yaml: string): Map<string, string> {
  const meta = new Map<string, string>();
  for (const line of yaml.split('\n')) {
    const match = /^([A-Za-z_]+)[ \t]*:(.*)$/.exec(line);
    if (match === null) continue;
    const value = match[2].trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value !== '') meta.set(match[1].toLowerCase(), value);
  }
  return meta;
}

/** Block marks at the start of a line: quotes, bullets, table pipes. */
function stripBlock(line: string): string {
  let text = line.replace(/^\s*(?:>\s?)+/, '').replace(/^\s*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/, '');
  if (/^\s*\|/.test(text)) {
    const cells = text.trim().split('|').map((cell) => cell.trim());
    text = cells.slice(1, cells.at(-1) === '' && cells.length > 2 ? -1 : undefined).join(' ');
  }
  return text;
}

/** Inline spans and URLs are bounded (MARKDOWN_MAX_SPAN, MARKDOWN_MAX_URL): a mark never closed costs a bounded look-ahead. */
const N = MARKDOWN_MAX_SPAN;
const U = MARKDOWN_MAX_URL;
const INLINE_PATTERNS: readonly [RegExp, string][] = [
  [new RegExp(`!\\[[^\\]\\n]{0,${N}}\\]\\([^)\\n]{0,${U}}\\)|!\\[[^\\]\\n]{0,${N}}\\]\\[[^\\]\\n]{0,${N}}\\]`, 'g'), ''],
  [new RegExp(`\\[([^\\]\\n]{1,${N}})\\]\\([^)\\n]{0,${U}}\\)`, 'g'), '$1'],
  [new RegExp(`\\[([^\\]\\n]{1,${N}})\\]\\[[^\\]\\n]{0,${N}}\\]`, 'g'), '$1'],
  [new RegExp(`<(https?:\\/\\/[^<>\\s]{1,${U}})>`, 'g'), '$1'],
  [new RegExp(`<\\/?[A-Za-z][^<>\\n]{0,${N}}>`, 'g'), ''],
  [new RegExp(`(\`+)(.{1,${N}}?)\\1`, 'g'), '$2'],
  [new RegExp(`(\\*\\*|__)(?=\\S)(.{1,${N}}?)(?<=\\S)\\1`, 'g'), '$2'],
  [new RegExp(`~~(?=\\S)(.{1,${N}}?)(?<=\\S)~~`, 'g'), '$1'],
  [new RegExp(`\\*(?=\\S)(.{1,${N}}?)(?<=\\S)\\*`, 'g'), '$1'],
  [new RegExp(`(?<![\\p{L}\\p{N}_])_(?=\\S)(.{1,${N}}?)(?<=\\S)_(?![\\p{L}\\p{N}_])`, 'gu'), '$1'],
  [/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1'],
];

/** Inline marks: images go, links keep their text, emphasis, code and strike marks go, escapes resolve. */
function stripInline(text: string): string {
  return INLINE_PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
