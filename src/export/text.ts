/** Text helpers shared by the writers: XML-legal strings, whitespace, colours, evidence lines. */
import type { Evidence } from '../types.js';

/** Everything outside XML 1.0's Char production (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 cannot hold. */
export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** XML-legal text on one line: whitespace runs become one space, ends trimmed (fits xsd:token). */
export function toToken(text: string): string {
  return stripXmlIllegal(text).replace(/\s+/g, ' ').trim();
}

/** '#rrggbb' or '#rgb' → {r, g, b}; null when the colour is not a hex colour. */
export function hexToRgb(color: string): { r: number; g: number; b: number } | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
}

/** Distinct non-empty values, first occurrence first. */
export function distinct(values: readonly string[]): string[] {
  if (values.length === 1) return values[0] === '' ? [] : [values[0]];
  return [...new Set(values.filter((value) => value !== ''))];
}

/** What an evidence line shows: where the sentence is and its text. */
export type EvidenceLine = Pick<Evidence, 'article' | 'sentence' | 'text'>;

/** Whitespace runs as one space, ends trimmed; most sentences have none, and are returned as they are. */
function oneLine(text: string): string {
  return HAS_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** The characters `\s` and trim() both treat as white space. */
const HAS_SPACE = /\s/;

/** One line per evidence sentence, `article#sentence: text`, duplicates of the same sentence dropped. */
export function evidenceLines(evidence: readonly EvidenceLine[]): string[] {
  const lines = evidence.map((e) => `${e.article}#${e.sentence}: ${oneLine(e.text)}`);
  return lines.length === 1 ? lines : [...new Set(lines)];
}
