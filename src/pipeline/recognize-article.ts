/** recognizeArticle: the per-article, parallelisable part of extraction. */
import { recognizeEntities } from '../entities/index.js';
import type { Lexicon } from '../lexicon/index.js';
import { toSimplified } from '../read/simplify.js';
import { splitSentences } from '../sentences/index.js';
import type { Article, Mention, Sentence } from '../types.js';

/** One article after sentence splitting and recognition, before resolution. */
export interface RecognizedArticle {
  article: Article;
  /** Sentences of the original text (evidence quotes them as written). */
  sentences: Sentence[];
  mentions: Mention[];
}

/**
 * Splits an article into sentences and recognises its mentions; depends only on the text and the lexicon.
 * Traditional text is recognised on its simplified copy (same offsets), so 濱海新區 is found and matched as 滨海新区:
 * the mention keeps the surface as written in `text` and the simplified form in `canonical`.
 */
export function recognizeArticle(article: Article, lexicon: Lexicon): RecognizedArticle {
  const matchText = toSimplified(article.text);
  const sentences = splitSentences(matchText);
  const mentions = recognizeEntities(matchText, sentences, lexicon);
  if (matchText === article.text) return { article, sentences, mentions };
  return {
    article,
    sentences: sentences.map((s) => ({ ...s, text: article.text.slice(s.start, s.end) })),
    mentions: mentions.map((m) => restoreSurface(m, article.text, matchText)),
  };
}

/** The text relations are matched on: the simplified copy of a traditional text, else the text itself. */
export function matchingText(text: string, sentences: readonly Sentence[]): { text: string; sentences: readonly Sentence[] } {
  const simplified = toSimplified(text);
  if (simplified === text) return { text, sentences };
  return { text: simplified, sentences: sentences.map((s) => ({ ...s, text: simplified.slice(s.start, s.end) })) };
}

/** A mention found on the simplified copy, with its surface as written and its simplified form as canonical name. */
function restoreSurface(mention: Mention, text: string, matchText: string): Mention {
  const written = text.slice(mention.start, mention.end);
  if (mention.text !== matchText.slice(mention.start, mention.end) || written === mention.text) return mention;
  return { ...mention, text: written, canonical: mention.canonical ?? mention.text };
}
