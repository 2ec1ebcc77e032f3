/**
 * extractDocuments: `kg extract`'s documents, each extracted on its own — on the main thread or, when the input is big
 * enough to pay for them, in worker threads — with the JSON lines written in input order.
 */
import { ExtractionError, KgError } from '../errors.js';
import type { Lexicon } from '../lexicon/index.js';
import { extractDocument, SEQUENTIAL_MAX_ARTICLES, WORKER_BATCH_CHARS, WORKER_PAYBACK_SECONDS, type DocumentInput } from '../pipeline/index.js';
import { printable } from '../read/index.js';
import { resolveRecognizeOptions } from './recognize-corpus.js';
import { helpWhileStarting, WorkerPool, WorkerTaskError } from './worker-pool.js';

/** Options of extractDocuments. */
export interface ExtractDocumentsOptions {
  lexicon: Lexicon;
  /** Worker threads to use at most; 1 keeps everything on the main thread. Default: the machine's parallelism. */
  jobs?: number;
  /**
   * When workers start: 'auto', once the main thread has spent WORKER_PAYBACK_SECONDS on the input (its size is not
   * known beforehand: as much may follow as came); 'eager', once SEQUENTIAL_MAX_ARTICLES documents wait.
   */
  workers?: 'auto' | 'eager';
  /** Where each document's JSON line goes, in input order. */
  write: (line: string) => void;
}

/**
 * Documents are often short (a sentence, a headline): a batch holds up to this many, or WORKER_BATCH_CHARS characters,
 * and goes to an idle worker early only from IDLE_BATCH_CHARS — a message per short document would cost more than it.
 */
const BATCH_DOCUMENTS = 1024;
const IDLE_BATCH_CHARS = 8_000;

/** Batches written or waiting: past this many, reading waits for the oldest (memory stays bounded on endless input). */
const MAX_BATCHES_IN_FLIGHT = 16;

/** Extracts every document of `documents`; returns how many there were and how many workers ran. Workers always stop. */
export async function extractDocuments(documents: AsyncIterable<DocumentInput> | Iterable<DocumentInput>, options: ExtractDocumentsOptions): Promise<{ documents: number; workers: number }> {
  // 1. Options and state.
  const { jobs, workers: when } = resolveRecognizeOptions({ lexicon: options.lexicon, jobs: options.jobs, workers: options.workers });
  const { lexicon, write } = options;
  const here = (document: DocumentInput) => extractDocument(document, lexicon);
  /** Documents extracted on the main thread, as a settled promise; a failure says which item it was. */
  const runHere = (items: DocumentInput[]): Promise<string[]> => {
    const lines: string[] = [];
    try {
      for (const item of items) lines.push(here(item));
      return Promise.resolve(lines);
    } catch (error) {
      return Promise.reject(new WorkerTaskError(error instanceof Error ? error.message : String(error), lines.length));
    }
  };
  const pace = { seconds: 0, samples: 0 };
  const inFlight: Promise<void>[] = [];
  let written: Promise<void> = Promise.resolve();
  let pool: WorkerPool<'extract'> | undefined;
  let batch: DocumentInput[] = [];
  let batchChars = 0;
  let count = 0;

  // 2. Results reach `write` in input order, whichever thread made them; a failure names its document.
  const inOrder = (sent: DocumentInput[], lines: Promise<string[]>) => {
    const named = lines.catch((error: unknown) => {
      if (error instanceof KgError) throw error;
      const source = sent[error instanceof WorkerTaskError && error.item !== undefined ? error.item : 0].source;
      const cause = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new ExtractionError(`${printable(source)}: extraction failed (${printable(cause)}) — report it with this document, or leave it out`);
    });
    written = written.then(() => named).then((done) => done.forEach(write));
    written.catch(() => undefined);
    inFlight.push(written);
  };
  const sendBatch = () => {
    if (batch.length === 0) return;
    const sent = batch;
    [batch, batchChars] = [[], 0];
    inOrder(sent, pool!.run(sent));
  };
  const startWorkers = () => {
    pool = new WorkerPool(jobs, 'extract', lexicon.entries);
    void helpWhileStarting(pool, here);
  };
  /** The partial batch: to the workers, or on the main thread when they never started. */
  const finishBatch = () => {
    if (pool) return sendBatch();
    const rest = batch;
    batch = [];
    if (rest.length > 0) inOrder(rest, runHere(rest));
  };

  try {
    // 3. Each document: to the workers once started (in batches); else here, timing the main thread's pace ('auto'),
    // or held until SEQUENTIAL_MAX_ARTICLES wait ('eager').
    try {
      for await (const document of documents) {
        count++;
        if (pool || (jobs > 1 && when === 'eager')) {
          batch.push(document);
          batchChars += document.text.length;
          if (!pool && batch.length >= SEQUENTIAL_MAX_ARTICLES) startWorkers();
          if (pool && (batch.length >= BATCH_DOCUMENTS || batchChars >= WORKER_BATCH_CHARS || (pool.hasIdleWorker && batchChars >= IDLE_BATCH_CHARS))) sendBatch();
        } else {
          const started = performance.now();
          inOrder([document], runHere([document]));
          if (++pace.samples > 1) pace.seconds += (performance.now() - started) / 1000;
          if (jobs > 1 && pace.seconds >= WORKER_PAYBACK_SECONDS) startWorkers();
        }
        while (inFlight.length > MAX_BATCHES_IN_FLIGHT) await inFlight.shift();
      }
    } catch (error) {
      // Bad input: what came before it is still written, then the error goes up.
      finishBatch();
      await written.catch(() => undefined);
      throw error;
    }
    // 4. End of input: the last batch, then every line written.
    finishBatch();
    await written;
    return { documents: count, workers: pool?.size ?? 0 };
  } finally {
    await pool?.close();
  }
}
