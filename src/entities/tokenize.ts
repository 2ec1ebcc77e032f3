import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { tagOf } from './dictionary.js';

/** A jieba token with its part-of-speech tag and offsets in the text it came from. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

/** Loads jieba's default dictionary once, on first use. */
function getJieba(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * Segments `text` with jieba; offsets are shifted by `offset`. The tags are jieba's own (`tag` gives the dictionary's
 * tag of each word of `cut`), looked up here because crossing into the native module once per word is slow. Without
 * HMM (the default) unknown names fall apart into characters, which keeps function words separate for boundary
 * rules; with HMM they stay whole (tagged `x`).
 */
export function tokenize(text: string, offset = 0, hmm = false): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const word of getJieba().cut(text, hmm)) {
    // jieba returns the text's characters in order; find each word from the current position.
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    const start = at < 0 ? pos : at;
    tokens.push({ word, tag: tagOf(word), start: start + offset, end: start + word.length + offset });
    pos = start + word.length;
  }
  return tokens;
}
