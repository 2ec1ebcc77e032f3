/** Pipeline: per-article recognition (parallelisable, cacheable) and corpus-wide extraction (resolve + relations). */
export { recognizeArticle, type RecognizedArticle } from './recognize-article.js';
export { dedupeArticles, extractCorpus, type CorpusExtraction } from './extract-corpus.js';
export { extractDocument, type DocumentInput, type DocumentRecord } from './extract-document.js';
export { decodeRecognition, encodeRecognition, type EncodedMention, type RecognitionRecord } from './recognition-record.js';
export { EXTRACTOR_VERSION, SEQUENTIAL_MAX_ARTICLES, WORKER_PAYBACK_SECONDS, WORKER_BATCH_ARTICLES, WORKER_BATCH_CHARS, WORKER_BATCHES_IN_FLIGHT } from './defaults.js';
export { cutCorpus, resolveCutOptions, type CutOptions } from './cut-corpus.js';
