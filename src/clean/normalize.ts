/** Character-level normalisation: Unicode form, line ends, invisible characters, spaces and blank lines. */

/** Zero-width characters, the BOM, the soft hyphen and C0/C1 controls other than tab and line feed. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Runs of horizontal spaces (ASCII, tab, no-break, thin…) inside a line; U+3000 is kept inside lines. */
const SPACE_RUN = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F]+/g;

/** Whitespace at either end of a line, full-width spaces included. */
const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

/** Normalises a text: NFC, LF line ends, no invisible characters, single spaces, trimmed lines, at most one blank line. */
export function normalizeText(text: string): string {
  const lines = text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(SPACE_RUN, ' ').replace(EDGE_SPACE, ''));
  return joinLines(lines);
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
