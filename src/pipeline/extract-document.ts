/** extractDocument: what `kg extract` prints for one document — its mentions and relations — as one JSON line. */
import type { Lexicon } from '../lexicon/index.js';
import type { Article, ArticleExtraction } from '../types.js';
import { extractCorpus } from './extract-corpus.js';
import { recognizeArticle } from './recognize-article.js';

/** A document as `kg extract` reads it: an id, the text used as given (offsets point into it), where it came from. */
export interface DocumentInput {
  id: string;
  text: string;
  source: string;
}

/** The JSON record of one document (see the README's `kg extract`). */
export interface DocumentRecord {
  id: string;
  mentions: { text: string; start: number; end: number; type: string; entity: string }[];
  relations: { source: string; target: string; relation: string; trigger: string; sentence: string }[];
}

/** Recognises and relates one document on its own (its output does not depend on other documents); its one JSON line. */
export function extractDocument(document: DocumentInput, lexicon: Lexicon): string {
  const article: Article = { id: document.id, title: '', url: null, date: null, source: document.source, text: document.text };
  const { extractions } = extractCorpus([recognizeArticle(article, lexicon)], lexicon, { englishLabels: false });
  const found: ArticleExtraction = extractions[0] ?? { article, sentences: [], mentions: [], relations: [] };
  return JSON.stringify(toDocumentRecord(document.id, found));
}

function toDocumentRecord(id: string, e: ArticleExtraction): DocumentRecord {
  return {
    id,
    mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: m.type, entity: m.entity })),
    relations: e.relations.map((r) => ({ source: r.source, target: r.target, relation: r.relation, trigger: r.trigger, sentence: r.evidence.text })),
  };
}
