/** WorkerPool: worker threads that run one task (recognition, or the whole extraction of documents) on batches of items. */
import { Worker } from 'node:worker_threads';
import type { LexiconEntry } from '../lexicon/index.js';
import { WORKER_BATCHES_IN_FLIGHT } from '../pipeline/index.js';
import type { TaskItem, TaskResult, WorkerReply, WorkerRequest, WorkerTask } from './messages.js';

interface Job<In, Out> {
  batch: number;
  items: In[];
  resolve: (results: Out[]) => void;
  reject: (error: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  running: Map<number, Job<In, Out>>;
  /** The worker has loaded its modules, jieba's dictionary and the lexicon. */
  ready: boolean;
}

/**
 * The worker's entry. Run from TypeScript sources (tsx), a worker does not inherit the loader that bin/kg.js
 * registers, so it is started with a bootstrap that registers tsx's ESM loader and then imports the .ts entry.
 */
function spawnWorker(task: WorkerTask, entries: LexiconEntry[]): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './task-worker.ts' : './task-worker.js', import.meta.url);
  const workerData = { task, entries };
  if (!fromSource) return new Worker(entry, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** A batch failed in a worker; `item` is the index in the batch of the item that failed, when known. */
export class WorkerTaskError extends Error {
  constructor(
    message: string,
    readonly item?: number,
  ) {
    super(message);
    this.name = 'WorkerTaskError';
  }
}

/**
 * A fixed set of workers running task T (see task-worker.ts) with the lexicon's entries; batches queue in order and go
 * to the first worker with room.
 */
export class WorkerPool<T extends WorkerTask, In = TaskItem<T>, Out = TaskResult<T>> {
  private readonly slots: Slot<In, Out>[];
  private readonly queue: Job<In, Out>[] = [];
  private nextBatch = 0;
  private failure: Error | undefined;
  private closed = false;

  /** Starts `size` workers for `task` with the lexicon's entries (they build their own index). */
  constructor(size: number, task: T, entries: LexiconEntry[]) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`WorkerPool: size must be a whole number ≥ 1, got ${size}`);
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot<In, Out> = { worker: spawnWorker(task, entries), running: new Map(), ready: false };
      slot.worker.on('message', (reply: WorkerReply<Out>) => this.onReply(slot, reply));
      slot.worker.on('error', (error) => this.fail(new Error(`${task} worker failed: ${error.message}`)));
      slot.worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`${task} worker stopped (exit code ${code})`));
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

  /** Takes the oldest waiting batch away from the workers, for the caller to run itself (while they start). */
  takeQueued(): { items: In[]; resolve: (results: Out[]) => void; reject: (error: Error) => void } | undefined {
    return this.queue.shift();
  }

  /** Runs the task on a batch of items; resolves with one result per item, in order. */
  run(items: In[]): Promise<Out[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('WorkerPool: closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ batch: this.nextBatch++, items, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready) continue;
      while (slot.running.size < WORKER_BATCHES_IN_FLIGHT && this.queue.length > 0) {
        const job = this.queue.shift()!;
        slot.running.set(job.batch, job);
        slot.worker.postMessage({ batch: job.batch, items: job.items } satisfies WorkerRequest<In>);
      }
    }
  }

  private onReply(slot: Slot<In, Out>, reply: WorkerReply<Out>): void {
    if ('ready' in reply) {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const job = slot.running.get(reply.batch);
    if (!job) return;
    slot.running.delete(reply.batch);
    if ('error' in reply) job.reject(new WorkerTaskError(`failed in a worker: ${reply.error}`, reply.item));
    else job.resolve(reply.results);
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
    for (const job of pending) job.reject(new Error('WorkerPool: closed'));
    this.queue.length = 0;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

/** While the pool's workers load (a second or so each), the main thread runs the batches waiting for them itself. */
export async function helpWhileStarting<T extends WorkerTask>(pool: WorkerPool<T>, work: (item: TaskItem<T>) => TaskResult<T>): Promise<void> {
  while (pool.open && pool.readyWorkers < pool.size) {
    const job = pool.takeQueued();
    if (job) {
      let item = 0;
      try {
        const results: TaskResult<T>[] = [];
        for (; item < job.items.length; item++) results.push(work(job.items[item]));
        job.resolve(results);
      } catch (error) {
        job.reject(new WorkerTaskError(error instanceof Error ? error.message : String(error), item));
      }
    }
    // Let input, replies and the workers' `ready` messages through between batches.
    await new Promise((resolve) => (job ? setImmediate(resolve) : setTimeout(resolve, HELP_POLL_MS)));
  }
}

const HELP_POLL_MS = 5;
