/** Cache stage: recognised articles on disk, keyed by content hash, extractor fingerprint and lexicon. */
export { CACHE_DIR_NAME, KEEP_NAMESPACES, MAX_SEGMENTS, RECOGNITION_DIR_NAME, RECOGNITION_SOURCES, SEGMENT_ENTRIES, SEGMENT_SUFFIX } from './defaults.js';
export { contentHash, extractorFingerprint, lexiconHash } from './fingerprint.js';
export { RecognitionCache, type CacheStats } from './recognition-cache.js';
