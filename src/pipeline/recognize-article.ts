/** recognizeArticle: the per-article, parallelisable part of extraction. */
import { recognizeEntities } from '../entities/index.js';
import type { Lexicon } from '../lexicon/index.js';
import { splitSentences } from '../sentences/index.js';
import type { Article, Mention, Sentence } from '../types.js';

/** One article after sentence splitting and recognition, before resolution. */
export interface RecognizedArticle {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
}

/** Splits an article into sentences and recognises its mentions; depends only on the text and the lexicon. */
export function recognizeArticle(article: Article, lexicon: Lexicon): RecognizedArticle {
  const sentences = splitSentences(article.text);
  return { article, sentences, mentions: recognizeEntities(article.text, sentences, lexicon) };
}
