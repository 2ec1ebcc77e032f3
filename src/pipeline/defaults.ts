/** Defaults of the pipeline: the extractor's version and when extraction goes parallel. */

/**
 * Version of the per-article extraction (sentences + recognition) and of its cached record format. Bump it when
 * their output changes for the same text; the cache also keys on a fingerprint of the recogniser's source files.
 */
export const EXTRACTOR_VERSION = 2;

/** With explicit workers (`--jobs N`), they start once this many articles wait for recognition; fewer stay on the main thread. */
export const SEQUENTIAL_MAX_ARTICLES = 20;

/**
 * By default workers start only when, at the main thread's pace so far, the rest of the input would take longer than
 * this to recognise: a worker takes a second or two (and a core) to load, so smaller inputs are faster without them.
 */
export const WORKER_PAYBACK_SECONDS = 4;

/** Articles sent to a worker in one message, and the most characters of text such a batch holds. */
export const WORKER_BATCH_ARTICLES = 16;
export const WORKER_BATCH_CHARS = 64_000;

/** Batches queued per worker: one running and one waiting, so a worker never idles between messages. */
export const WORKER_BATCHES_IN_FLIGHT = 2;
