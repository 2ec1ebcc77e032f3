import type { Sentence } from '../types.js';
import { CLOSING_MARKS, SENTENCE_TERMINATORS } from './defaults.js';

const TERMINATORS = new Set(SENTENCE_TERMINATORS);
const CLOSERS = new Set(CLOSING_MARKS);

/** Splits an article text into sentences with offsets (end exclusive), on Chinese and Latin punctuation and line breaks. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    // Trim whitespace at both ends, keeping offsets exact.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i + 1);
    } else if (TERMINATORS.has(ch) || (ch === '.' && isLatinFullStop(text, i))) {
      let j = i + 1;
      while (j < text.length && (TERMINATORS.has(text[j]) || CLOSERS.has(text[j]))) j++;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return sentences;
}

/** A '.' ends a sentence when followed by whitespace or the end, and not inside a number like 5.86. */
function isLatinFullStop(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  const prev = text[i - 1];
  return prev !== undefined && /[A-Za-z0-9)"']/.test(prev);
}
