/** Parallel recognition: a worker-thread pool and the driver that feeds it from a stream of articles and a cache. */
export { recognizeCorpus, resolveRecognizeOptions, type ArticleInput, type RecognitionStore, type RecognizeCorpusOptions, type RecognizeCorpusResult } from './recognize-corpus.js';
export { RecognizerPool } from './worker-pool.js';
