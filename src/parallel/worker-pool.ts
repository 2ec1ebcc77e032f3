/** RecognizerPool: worker threads that recognise batches of texts, each worker holding the lexicon once. */
import { Worker } from 'node:worker_threads';
import type { LexiconEntry } from '../lexicon/index.js';
import { WORKER_BATCHES_IN_FLIGHT, type RecognitionRecord } from '../pipeline/index.js';
import type { WorkerReply, WorkerRequest } from './messages.js';

interface Job {
  batch: number;
  texts: string[];
  resolve: (records: RecognitionRecord[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  running: Map<number, Job>;
  /** The worker has loaded its modules, jieba's dictionary and the lexicon. */
  ready: boolean;
}

/**
 * The worker's entry. Run from TypeScript sources (tsx), a worker does not inherit the loader that bin/kg.js
 * registers, so it is started with a bootstrap that registers tsx's ESM loader and then imports the .ts entry.
 */
function spawnWorker(entries: LexiconEntry[]): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './recognize-worker.ts' : './recognize-worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: { entries } });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { entries } });
}

/** A fixed set of recognition workers; batches queue in order and go to the first worker with room. */
export class RecognizerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextBatch = 0;
  private failure: Error | undefined;
  private closed = false;

  /** Starts `size` workers with the lexicon's entries (they build their own index). */
  constructor(size: number, entries: LexiconEntry[]) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`RecognizerPool: size must be a whole number ≥ 1, got ${size}`);
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: spawnWorker(entries), running: new Map(), ready: false };
      slot.worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
      slot.worker.on('error', (error) => this.fail(new Error(`recognition worker failed: ${error.message}`)));
      slot.worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`recognition worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  /** Number of workers. */
  get size(): number {
    return this.slots.length;
  }

  /** True when some worker has nothing to do: a partial batch is then worth sending. */
  get hasIdleWorker(): boolean {
    return this.queue.length === 0 && this.slots.some((slot) => slot.ready && slot.running.size === 0);
  }

  /** Workers that have started (loading one takes a second or two). */
  get readyWorkers(): number {
    return this.slots.filter((slot) => slot.ready).length;
  }

  /** False once closed or failed. */
  get open(): boolean {
    return !this.closed && this.failure === undefined;
  }

  /** Takes the oldest waiting batch away from the workers, for the caller to recognise itself (while they start). */
  takeQueued(): { texts: string[]; resolve: (records: RecognitionRecord[]) => void; reject: (error: Error) => void } | undefined {
    return this.queue.shift();
  }

  /** Recognises a batch of texts; resolves with one record per text, in order. */
  recognize(texts: string[]): Promise<RecognitionRecord[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('RecognizerPool: closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ batch: this.nextBatch++, texts, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready) continue;
      while (slot.running.size < WORKER_BATCHES_IN_FLIGHT && this.queue.length > 0) {
        const job = this.queue.shift()!;
        slot.running.set(job.batch, job);
        slot.worker.postMessage({ batch: job.batch, texts: job.texts } satisfies WorkerRequest);
      }
    }
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if ('ready' in reply) {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const job = slot.running.get(reply.batch);
    if (!job) return;
    slot.running.delete(reply.batch);
    if ('error' in reply) job.reject(new Error(`recognition failed in a worker: ${reply.error}`));
    else job.resolve(reply.records);
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const job of [...this.queue, ...this.slots.flatMap((s) => [...s.running.values()])]) job.reject(error);
    this.queue.length = 0;
    for (const slot of this.slots) slot.running.clear();
    void this.close();
  }

  /** Stops every worker; pending batches are rejected. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const pending = [...this.queue, ...this.slots.flatMap((s) => [...s.running.values()])];
    for (const job of pending) job.reject(new Error('RecognizerPool: closed'));
    this.queue.length = 0;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
