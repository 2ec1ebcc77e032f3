/** extractCorpus: resolution across the corpus, then each article's relations (the sequential part of extraction). */
import type { Lexicon } from '../lexicon/index.js';
import { extractRelations } from '../relations/index.js';
import { resolveAliases, type NameLink, type ResolveOptions } from '../resolve/index.js';
import type { ArticleExtraction, ArticleMeta, Corpus, Relation } from '../types.js';
import { matchingText, type RecognizedArticle } from './recognize-article.js';

/** What extractCorpus yields. */
export interface CorpusExtraction {
  corpus: Corpus;
  extractions: ArticleExtraction[];
  /** Articles dropped because an earlier article has the same text. */
  duplicates: number;
  /** Articles kept under a new id (`id~2`, …) because an earlier article with another text has their id. */
  renamed: number;
}

/** Resolves the mentions of all articles into entities, then extracts each article's relations. */
export function extractCorpus(recognized: RecognizedArticle[], lexicon: Lexicon, options: ResolveOptions = {}): CorpusExtraction {
  // 1. Identical articles (same text) are counted once; ids are made unique.
  const { unique, duplicates, renamed } = dedupeArticles(recognized);
  // 2. Entities across the corpus.
  const resolution = resolveAliases(unique.map((r) => ({ article: r.article.id, mentions: r.mentions })), lexicon, options);
  // 3. Relations per article, with their evidence; each article gets only the name links of its own mentions.
  const linksByArticle = new Map<string, NameLink[]>();
  for (const link of resolution.links) {
    const list = linksByArticle.get(link.article);
    if (list) list.push(link);
    else linksByArticle.set(link.article, [link]);
  }
  const extractions = unique.map((r): ArticleExtraction => {
    const mentions = resolution.mentions.get(r.article.id) ?? [];
    const match = matchingText(r.article.text, r.sentences);
    const found = extractRelations(r.article.id, match.text, match.sentences, mentions, linksByArticle.get(r.article.id) ?? []);
    const relations = match.text === r.article.text ? found : found.map((relation) => quoteAsWritten(relation, r.article.text));
    return { article: r.article, sentences: r.sentences, mentions, relations };
  });
  const articles: ArticleMeta[] = unique.map(({ article: { id, title, url, date, source } }) => ({ id, title, url, date, source }));
  return { corpus: { articles, entities: resolution.entities, relations: extractions.flatMap((e) => e.relations) }, extractions, duplicates, renamed };
}

/** A relation found on the simplified copy of a text, its evidence quoting the text as written (same offsets). */
function quoteAsWritten(relation: Relation, text: string): Relation {
  const { evidence } = relation;
  const quoted = text.slice(evidence.start, evidence.end);
  const [a, b] = evidence.triggerSpan;
  const trigger = a >= 0 && evidence.trigger === evidence.text.slice(a, b) ? quoted.slice(a, b) : evidence.trigger;
  return { ...relation, evidence: { ...evidence, text: quoted, trigger } };
}

/**
 * Keeps the first of articles with the same text. An article whose id an earlier, different article holds (two
 * `news.txt` in different folders) is kept as `id~2`, `id~3`…, so ids stay unique and no article is lost.
 */
export function dedupeArticles(recognized: readonly RecognizedArticle[]): { unique: RecognizedArticle[]; duplicates: number; renamed: number } {
  const seenText = new Set<string>();
  const seenId = new Set<string>();
  const unique: RecognizedArticle[] = [];
  let renamed = 0;
  for (const r of recognized) {
    if (seenText.has(r.article.text)) continue;
    seenText.add(r.article.text);
    let id = r.article.id;
    for (let n = 2; seenId.has(id); n++) id = `${r.article.id}~${n}`;
    seenId.add(id);
    if (id !== r.article.id) renamed++;
    unique.push(id === r.article.id ? r : { ...r, article: { ...r.article, id } });
  }
  return { unique, duplicates: recognized.length - unique.length, renamed };
}
