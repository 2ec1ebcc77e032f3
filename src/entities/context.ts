import type { Sentence } from '../types.js';
import type { Token } from './tokenize.js';

/** What a recogniser sees of one sentence: the article text, the sentence and its tokens (absolute offsets). */
export interface SentenceContext {
  text: string;
  sentence: Sentence;
  tokens: Token[];
}
