import { recognizeEntities } from '../entities/index.js';
import type { Lexicon } from '../lexicon/index.js';
import { extractRelations } from '../relations/index.js';
import { resolveAliases } from '../resolve/index.js';
import { splitSentences } from '../sentences/index.js';
import type { Article, ArticleExtraction, ArticleMeta, Corpus, Mention, Sentence } from '../types.js';

/** One article after sentence splitting and recognition, before resolution. */
export interface RecognizedArticle {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
}

/** Splits an article into sentences and recognises its mentions (the per-article, parallelisable part). */
export function recognizeArticle(article: Article, lexicon: Lexicon): RecognizedArticle {
  const sentences = splitSentences(article.text);
  return { article, sentences, mentions: recognizeEntities(article.text, sentences, lexicon) };
}

/** Resolves the mentions of all articles into entities, then extracts each article's relations. */
export function extractCorpus(recognized: RecognizedArticle[], lexicon: Lexicon): { corpus: Corpus; extractions: ArticleExtraction[] } {
  // 1. Identical articles (same text) are counted once.
  const unique = dedupeArticles(recognized);
  // 2. Entities across the corpus.
  const resolution = resolveAliases(unique.map((r) => ({ article: r.article.id, mentions: r.mentions })), lexicon);
  // 3. Relations per article, with their evidence.
  const extractions = unique.map((r): ArticleExtraction => {
    const mentions = resolution.mentions.get(r.article.id) ?? [];
    const relations = extractRelations(r.article.id, r.article.text, r.sentences, mentions, resolution.links);
    return { article: r.article, sentences: r.sentences, mentions, relations };
  });
  const articles: ArticleMeta[] = unique.map(({ article: { id, title, url, date, source } }) => ({ id, title, url, date, source }));
  return { corpus: { articles, entities: resolution.entities, relations: extractions.flatMap((e) => e.relations) }, extractions };
}

/** Keeps the first of articles with the same id or the same text; ids stay unique. */
function dedupeArticles(recognized: RecognizedArticle[]): RecognizedArticle[] {
  const seenText = new Set<string>();
  const seenId = new Set<string>();
  const unique: RecognizedArticle[] = [];
  for (const r of recognized) {
    if (seenText.has(r.article.text) || seenId.has(r.article.id)) continue;
    seenText.add(r.article.text);
    seenId.add(r.article.id);
    unique.push(r);
  }
  return unique;
}
