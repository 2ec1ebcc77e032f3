/** Character-level normalisation: Unicode form, line ends, invisible characters, spaces, blank lines, line length. */
import { LINE_BREAK_MARKS, MAX_LINE_LENGTH } from './defaults.js';

/** Zero-width characters, the BOM, the soft hyphen and C0/C1 controls other than tab and line feed. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A UTF-16 surrogate without its other half (JSON can carry one: "\ud800"). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Runs of horizontal spaces (ASCII, tab, no-break, thin…) inside a line; U+3000 is kept inside lines. */
const SPACE_RUN = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F]+/g;

/**
 * Normalises a text: well-formed UTF-16 (a lone surrogate becomes U+FFFD, as a decoder makes of a broken byte; the
 * tokenizer's offsets rely on it), NFC, LF line ends, no invisible characters, single spaces, trimmed lines, at most
 * one blank line, no line longer than MAX_LINE_LENGTH.
 */
export function normalizeText(text: string): string {
  const lines = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .split('\n')
    // trim() removes the same whitespace as /\s/ (full-width spaces included), in linear time: /\s+$/ is quadratic
    // on a long run of spaces inside a line.
    .flatMap((line) => breakLongLine(line.replace(SPACE_RUN, ' ').trim()));
  return joinLines(lines);
}

/** A line cut into lines of at most MAX_LINE_LENGTH, after the best break mark of each piece's second half. */
export function breakLongLine(line: string, max = MAX_LINE_LENGTH): string[] {
  if (line.length <= max) return [line];
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const cut = breakPoint(rest, max);
    const piece = rest.slice(0, cut).trim();
    if (piece !== '') pieces.push(piece);
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** Where to cut: just after the last break mark in (max/2, max], else at max (never inside a surrogate pair). */
function breakPoint(line: string, max: number): number {
  const half = Math.floor(max / 2);
  const window = line.slice(half, max);
  for (const mark of LINE_BREAK_MARKS) {
    const global = new RegExp(mark.source, 'g');
    let last = -1;
    for (let match = global.exec(window); match !== null; match = global.exec(window)) last = match.index;
    if (last >= 0) return half + last + 1;
  }
  const code = line.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** Joins lines with at most one blank line between paragraphs and none at either end. */
export function joinLines(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
