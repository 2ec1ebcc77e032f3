/**
 * recognizeCorpus: recognition of a stream of articles — each distinct text once, from the cache when it holds it,
 * else on the main thread (few articles) or in worker threads — with results in input order.
 */
import { availableParallelism } from 'node:os';
import type { Lexicon } from '../lexicon/index.js';
import {
  decodeRecognition,
  encodeRecognition,
  recognizeArticle,
  SEQUENTIAL_MAX_ARTICLES,
  WORKER_BATCH_ARTICLES,
  WORKER_BATCH_CHARS,
  type RecognitionRecord,
  type RecognizedArticle,
} from '../pipeline/index.js';
import type { Article, Mention, Sentence } from '../types.js';
import { RecognizerPool } from './worker-pool.js';

/** One article of the input stream, with the input bytes it stands for (for progress). */
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

/** Checks the options and fills in defaults; throws RangeError naming the bad option. */
export function resolveRecognizeOptions(options: RecognizeCorpusOptions): Required<Pick<RecognizeCorpusOptions, 'jobs'>> {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`recognizeCorpus: jobs must be a whole number ≥ 1, got ${String(options.jobs)}`);
  if (options.store && !options.keyOf) throw new RangeError('recognizeCorpus: a store needs keyOf');
  return { jobs };
}

/** Recognises one text on the main thread, as a record. */
function recognizeHere(text: string, lexicon: Lexicon): RecognitionRecord {
  const { sentences, mentions } = recognizeArticle({ id: '', title: '', url: null, date: null, source: '', text }, lexicon);
  return encodeRecognition(text, sentences, mentions);
}

/** While workers load (a second or two each), the main thread recognises the batches waiting for them. */
async function helpWhileStarting(pool: RecognizerPool, lexicon: Lexicon): Promise<void> {
  while (pool.open && pool.readyWorkers < pool.size) {
    const job = pool.takeQueued();
    if (job) {
      try {
        job.resolve(job.texts.map((text) => recognizeHere(text, lexicon)));
      } catch (error) {
        job.reject(error as Error);
      }
    }
    // Let input, replies and the workers' `ready` messages through between batches.
    await new Promise((resolve) => (job ? setImmediate(resolve) : setTimeout(resolve, HELP_POLL_MS)));
  }
}

const HELP_POLL_MS = 5;

/** Recognises every article of `inputs`; identical texts share one recognition. Workers are always stopped at the end. */
export async function recognizeCorpus(inputs: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options: RecognizeCorpusOptions): Promise<RecognizeCorpusResult> {
  // 1. Options and state.
  const { jobs } = resolveRecognizeOptions(options);
  const { lexicon, store, onProgress } = options;
  const keyOf = options.keyOf ?? ((text: string) => text);
  const byKey = new Map<string, Promise<Parts>>();
  const results: Promise<RecognizedArticle>[] = [];
  const lookups: Promise<unknown>[] = [];
  const done = { articles: 0, bytes: 0 };
  const counts = { extracted: 0, cached: 0 };
  const misses: Array<{ text: string; resolve: (record: RecognitionRecord) => void; reject: (error: Error) => void }> = [];
  let pool: RecognizerPool | undefined;
  let batch: typeof misses = [];
  let batchChars = 0;

  const sendBatch = () => {
    const sent = batch;
    batch = [];
    batchChars = 0;
    pool!.recognize(sent.map((m) => m.text)).then(
      (records) => sent.forEach((m, i) => m.resolve(records[i])),
      (error: Error) => sent.forEach((m) => m.reject(error)),
    );
  };
  const toPool = (miss: (typeof misses)[number]) => {
    batch.push(miss);
    batchChars += miss.text.length;
    if (batch.length >= WORKER_BATCH_ARTICLES || batchChars >= WORKER_BATCH_CHARS || pool!.hasIdleWorker) sendBatch();
  };
  // 2. A text not in the store waits until there are enough of them to start workers, then goes to the pool.
  const extract = (text: string): Promise<RecognitionRecord> =>
    new Promise((resolve, reject) => {
      const miss = { text, resolve, reject };
      if (pool) return toPool(miss);
      misses.push(miss);
      if (jobs > 1 && misses.length >= SEQUENTIAL_MAX_ARTICLES) {
        pool = new RecognizerPool(jobs, lexicon.entries);
        misses.splice(0).forEach(toPool);
        void helpWhileStarting(pool, lexicon);
      }
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
    // 3. Each article: its text's recognition, shared by identical texts.
    for await (const { article, bytes } of inputs) {
      const key = keyOf(article.text);
      let parts = byKey.get(key);
      if (!parts) {
        const lookup = store ? store.get(key, article.text) : Promise.resolve(undefined);
        // A miss is queued (extract is called) in this reaction, before the one `lookups` waits for.
        parts = lookup.then((found) => (found ? (counts.cached++, found) : extractNow(key, article.text)));
        lookups.push(lookup.catch(() => undefined));
        byKey.set(key, parts);
      }
      const result = parts.then((p) => {
        done.articles++;
        done.bytes += bytes;
        onProgress?.({ ...done });
        return { article, sentences: p.sentences, mentions: p.mentions };
      });
      result.catch(() => undefined);
      results.push(result);
    }
    // 4. End of input: the last partial batch to the pool, or the few misses on the main thread.
    await Promise.all(lookups);
    if (pool && batch.length > 0) sendBatch();
    for (const miss of misses.splice(0)) {
      try {
        miss.resolve(recognizeHere(miss.text, lexicon));
      } catch (error) {
        miss.reject(error as Error);
      }
    }
    const recognized = await Promise.all(results);
    return { recognized, ...counts, workers: pool?.size ?? 0 };
  } finally {
    await pool?.close();
  }
}
