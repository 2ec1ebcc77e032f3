/** Defaults of the recognition cache. */

/** Cache folder, inside the output folder (so each graph has its own, and it is hidden from git by `.cache/`). */
export const CACHE_DIR_NAME = '.cache';

/** Sub-folder of the cache that holds recognised articles. */
export const RECOGNITION_DIR_NAME = 'recognition';

/**
 * Source folders and files (relative to src/) whose contents decide what recognition yields: a change to any of them
 * gives a new cache namespace, so a recogniser edit never reuses stale entries even without a version bump.
 */
export const RECOGNITION_SOURCES = ['sentences', 'entities', 'lexicon', 'types.ts', 'sorted-spans.ts', 'read/simplify.ts', 'pipeline/recognize-article.ts', 'pipeline/recognition-record.ts', 'pipeline/defaults.ts'] as const;

/** Namespaces (extractor fingerprint + lexicon) kept after a build: the one used and the most recently used others. */
export const KEEP_NAMESPACES = 3;

/** New entries are written out as a segment file once this many are pending (and at the end of extraction). */
export const SEGMENT_ENTRIES = 4096;

/** With more segment files than this, a build rewrites the entries it used into one segment and drops the others. */
export const MAX_SEGMENTS = 12;

/** Segment files: `<unique>.seg.jsonl`, a header line then one entry a line. */
export const SEGMENT_SUFFIX = '.seg.jsonl';
