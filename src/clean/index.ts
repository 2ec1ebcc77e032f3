/** The clean stage: normalises a text and removes web-page chrome around the article body. */
import { removeChrome } from './chrome.js';
import { MAX_CLEAN_PASSES } from './defaults.js';
import { isBodyLine, isHeadline } from './lines.js';
import { joinLines, normalizeText } from './normalize.js';

export { CHROME_PATTERNS, WIDGET_WORDS, type ChromePattern, type ChromeRole } from './defaults.js';
export { matchChrome, isBodyLine, isHeadline, type ChromeMatch } from './lines.js';
export { normalizeText } from './normalize.js';

/** A cleaned text, the headline found at its top, and the publisher named by a removed "来源：" line. */
export interface CleanedText {
  text: string;
  title?: string;
  origin?: string;
}

/** Cleans a text (pure, idempotent): normalises it, removes page chrome, and finds its headline. */
export function cleanText(text: string): CleanedText {
  if (typeof text !== 'string') throw new TypeError('cleanText: text must be a string');
  // 1. Normalise characters, spaces and blank lines.
  let current = normalizeText(text);
  let origin: string | undefined;
  // 2. Remove chrome until stable (one pass almost always suffices).
  for (let pass = 0; pass < MAX_CLEAN_PASSES; pass++) {
    const removal = removeChrome(current.split('\n'));
    origin ??= removal.origin;
    const next = joinLines(removal.lines);
    if (next === current) break;
    current = next;
  }
  // 3. The headline: the first line before the body that reads like one.
  const result: CleanedText = { text: current };
  const title = findHeadline(current);
  if (title !== undefined) result.title = title;
  if (origin !== undefined) result.origin = origin;
  return result;
}

/** The first headline-like line before the first body paragraph. */
function findHeadline(text: string): string | undefined {
  for (const line of text.split('\n')) {
    if (isBodyLine(line)) return undefined;
    if (isHeadline(line)) return line;
  }
  return undefined;
}
