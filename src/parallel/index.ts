/** Parallel extraction: a worker-thread pool, the driver that feeds it recognition from a stream of articles and a cache, and the one for `kg extract`. */
export { recognizeCorpus, resolveRecognizeOptions, type ArticleInput, type RecognitionStore, type RecognizeCorpusOptions, type RecognizeCorpusResult } from './recognize-corpus.js';
export { helpWhileStarting, WorkerPool, WorkerTaskError } from './worker-pool.js';
export type { TaskItem, TaskResult, WorkerTask, WorkerTasks } from './messages.js';
export { extractDocuments, type ExtractDocumentsOptions } from './extract-documents.js';
