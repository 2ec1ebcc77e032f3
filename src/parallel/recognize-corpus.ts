/**
 * recognizeCorpus: recognition of a stream of articles — each distinct text once, from the store (cache) when it holds
 * it, else on the main thread or, when the input is big enough to pay for them, in worker threads — with results in
 * input order.
 */
import { availableParallelism } from 'node:os';
import { ExtractionError, KgError } from '../errors.js';
import type { Lexicon } from '../lexicon/index.js';
import {
  decodeRecognition,
  encodeRecognition,
  recognizeArticle,
  SEQUENTIAL_MAX_ARTICLES,
  WORKER_BATCH_ARTICLES,
  WORKER_BATCH_CHARS,
  WORKER_PAYBACK_SECONDS,
  type RecognitionRecord,
  type RecognizedArticle,
} from '../pipeline/index.js';
import { printable } from '../read/index.js';
import type { Article, Mention, Sentence } from '../types.js';
import { helpWhileStarting, WorkerPool } from './worker-pool.js';

/** One article of the input stream, with the input bytes it stands for (for progress and the workers' estimate). */
export interface ArticleInput {
  article: Article;
  bytes: number;
}

/** Where recognised texts are looked up and stored (RecognitionCache, or a test double). */
export interface RecognitionStore {
  get(key: string, text: string): Promise<{ sentences: Sentence[]; mentions: Mention[] } | undefined>;
  put(key: string, record: RecognitionRecord): void;
}

/** Options of recognizeCorpus. */
export interface RecognizeCorpusOptions {
  lexicon: Lexicon;
  /** Worker threads to use at most; 1 keeps everything on the main thread. Default: the machine's parallelism. */
  jobs?: number;
  /**
   * When workers start. 'auto' (default): once, at the main thread's pace, the rest of the input would take more than
   * WORKER_PAYBACK_SECONDS. 'eager': once SEQUENTIAL_MAX_ARTICLES texts wait for recognition.
   */
  workers?: 'auto' | 'eager';
  /** Bytes of the whole input, for the 'auto' estimate (unknown: workers start after that long on the main thread). */
  totalBytes?: number;
  /** Seconds of main-thread recognition before the 'auto' estimate is trusted (default PACE_MIN_SECONDS). */
  paceSeconds?: number;
  /** Key of a text (its content hash); required with a store. */
  keyOf?: (text: string) => string;
  store?: RecognitionStore;
  /** Called after each article is recognised (or found), with running totals. */
  onProgress?: (done: { articles: number; bytes: number }) => void;
}

/** What recognizeCorpus did. */
export interface RecognizeCorpusResult {
  recognized: RecognizedArticle[];
  /** Distinct texts recognised now, and found in the store. */
  extracted: number;
  cached: number;
  /** Worker threads started (0: all on the main thread). */
  workers: number;
}

type Parts = { sentences: Sentence[]; mentions: Mention[] };
type Miss = { text: string; resolve: (record: RecognitionRecord) => void; reject: (error: Error) => void };

/** Checks the options and fills in defaults; throws RangeError naming the bad option. */
export function resolveRecognizeOptions(options: RecognizeCorpusOptions): { jobs: number; workers: 'auto' | 'eager' } {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`recognizeCorpus: jobs must be a whole number ≥ 1, got ${String(options.jobs)}`);
  const workers = options.workers ?? 'auto';
  if (workers !== 'auto' && workers !== 'eager') throw new RangeError(`recognizeCorpus: workers must be 'auto' or 'eager', got ${String(workers)}`);
  if (options.store && !options.keyOf) throw new RangeError('recognizeCorpus: a store needs keyOf');
  return { jobs, workers };
}

/** Recognises one text on the main thread, as a record. */
function recognizeHere(text: string, lexicon: Lexicon): RecognitionRecord {
  const { sentences, mentions } = recognizeArticle({ id: '', title: '', url: null, date: null, source: '', text }, lexicon);
  return encodeRecognition(text, sentences, mentions);
}

function settle(miss: Miss, lexicon: Lexicon): void {
  try {
    miss.resolve(recognizeHere(miss.text, lexicon));
  } catch (error) {
    miss.reject(error as Error);
  }
}

/**
 * Seconds of recognition on the main thread before its pace is trusted: the first text also loads jieba's dictionary
 * (it is not counted), and the first hundreds of articles run before the JIT compiler has warmed up.
 */
export const PACE_MIN_SECONDS = 0.5;

/** Recognises every article of `inputs`; identical texts share one recognition. Workers are always stopped at the end. */
export async function recognizeCorpus(inputs: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options: RecognizeCorpusOptions): Promise<RecognizeCorpusResult> {
  // 1. Options and state.
  const { jobs, workers: when } = resolveRecognizeOptions(options);
  const { lexicon, store, onProgress, totalBytes, paceSeconds = PACE_MIN_SECONDS } = options;
  const keyOf = options.keyOf ?? ((text: string) => text);
  const byKey = new Map<string, Promise<Parts>>();
  const results: Promise<RecognizedArticle>[] = [];
  const lookups: Promise<unknown>[] = [];
  const done = { articles: 0, bytes: 0 };
  const counts = { extracted: 0, cached: 0 };
  const pace = { seenBytes: 0, seconds: 0, samples: 0 };
  const waiting: Miss[] = [];
  let pool: WorkerPool<'recognize'> | undefined;
  let batch: Miss[] = [];
  let batchChars = 0;

  // 2. Workers: batches of texts, sent when full or when a worker has nothing to do.
  const sendBatch = () => {
    const sent = batch;
    batch = [];
    batchChars = 0;
    pool!.run(sent.map((m) => m.text)).then(
      (records) => sent.forEach((m, i) => m.resolve(records[i])),
      (error: Error) => sent.forEach((m) => m.reject(error)),
    );
  };
  const toPool = (miss: Miss) => {
    batch.push(miss);
    batchChars += miss.text.length;
    if (batch.length >= WORKER_BATCH_ARTICLES || batchChars >= WORKER_BATCH_CHARS || pool!.hasIdleWorker) sendBatch();
  };
  const startWorkers = () => {
    pool = new WorkerPool(jobs, 'recognize', lexicon.entries);
    void helpWhileStarting(pool, (text) => recognizeHere(text, lexicon));
    waiting.splice(0).forEach(toPool);
  };
  /** Seconds the rest of the input would take on the main thread, at its pace so far. */
  const secondsLeft = () => (totalBytes === undefined ? pace.seconds : ((totalBytes - pace.seenBytes) * pace.seconds) / Math.max(pace.seenBytes, 1));

  // 3. A text not in the store: to the workers once started; else on the main thread now ('auto'), or waiting until
  // enough texts wait ('eager').
  const extract = (text: string): Promise<RecognitionRecord> =>
    new Promise((resolve, reject) => {
      const miss: Miss = { text, resolve, reject };
      if (pool) return toPool(miss);
      if (jobs > 1 && when === 'eager') {
        waiting.push(miss);
        if (waiting.length >= SEQUENTIAL_MAX_ARTICLES) startWorkers();
        return;
      }
      const started = performance.now();
      settle(miss, lexicon);
      if (++pace.samples > 1) pace.seconds += (performance.now() - started) / 1000;
      if (jobs > 1 && pace.seconds >= paceSeconds && secondsLeft() > WORKER_PAYBACK_SECONDS) startWorkers();
    });
  const extractNow = async (key: string, text: string): Promise<Parts> => {
    counts.extracted++;
    const record = await extract(text);
    store?.put(key, record);
    const parts = decodeRecognition(text, record);
    if (!parts) throw new Error('recognizeCorpus: a worker returned a malformed record');
    return parts;
  };

  try {
    // 4. Each article: its text's recognition, shared by identical texts.
    for await (const { article, bytes } of inputs) {
      pace.seenBytes += bytes;
      const key = keyOf(article.text);
      let parts = byKey.get(key);
      if (!parts) {
        const lookup = store ? store.get(key, article.text) : Promise.resolve(undefined);
        // A miss is handed to extract in this reaction, before the one `lookups` waits for.
        parts = lookup.then((found) => (found ? (counts.cached++, found) : extractNow(key, article.text)));
        lookups.push(lookup.catch(() => undefined));
        byKey.set(key, parts);
      }
      const result = parts.then(
        (p) => {
          done.articles++;
          done.bytes += bytes;
          onProgress?.({ ...done });
          return { article, sentences: p.sentences, mentions: p.mentions };
        },
        (error: unknown) => {
          if (error instanceof KgError) throw error;
          const cause = error instanceof Error ? error.message : String(error);
          throw new ExtractionError(`${printable(article.source)}: recognition failed (${printable(cause)}) — report it with this file, or leave the file out`);
        },
      );
      result.catch(() => undefined);
      results.push(result);
    }
    // 5. End of input: the last partial batch to the workers, the texts still waiting on the main thread.
    await Promise.all(lookups);
    if (pool && batch.length > 0) sendBatch();
    for (const miss of waiting.splice(0)) settle(miss, lexicon);
    const recognized = await Promise.all(results);
    return { recognized, ...counts, workers: pool?.size ?? 0 };
  } finally {
    await pool?.close();
  }
}
