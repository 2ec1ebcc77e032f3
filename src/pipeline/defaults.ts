/** Defaults of the pipeline: the extractor's version and when extraction goes parallel. */

/**
 * Version of the per-article extraction (sentences + recognition) and of its cached record format. Bump it when
 * their output changes for the same text; the cache also keys on a fingerprint of the recogniser's source files.
 */
export const EXTRACTOR_VERSION = 1;

/** With fewer articles than this to extract, workers cost more to start than they save: extract on the main thread. */
export const SEQUENTIAL_MAX_ARTICLES = 20;

/** Articles sent to a worker in one message, and the most characters of text such a batch holds. */
export const WORKER_BATCH_ARTICLES = 16;
export const WORKER_BATCH_CHARS = 64_000;

/** Batches queued per worker: one running and one waiting, so a worker never idles between messages. */
export const WORKER_BATCHES_IN_FLIGHT = 2;
