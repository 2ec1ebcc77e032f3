/** Messages between the main thread and task workers. */
import type { DocumentInput, RecognitionRecord } from '../pipeline/index.js';

/** What a worker can do with each item of a batch, and what it gives back for it. */
export interface WorkerTasks {
  /** Recognise a text: its sentences and mentions as a compact record. */
  recognize: { item: string; result: RecognitionRecord };
  /** Extract a document on its own: its `kg extract` JSON line. */
  extract: { item: DocumentInput; result: string };
}

export type WorkerTask = keyof WorkerTasks;
export type TaskItem<T extends WorkerTask> = WorkerTasks[T]['item'];
export type TaskResult<T extends WorkerTask> = WorkerTasks[T]['result'];

/** A batch of items for the worker's task. */
export interface WorkerRequest<In> {
  batch: number;
  items: In[];
}

/** The worker is loaded; or a batch's results, in the order of its items; or why the batch failed (and at which item). */
export type WorkerReply<Out> = { ready: true } | { batch: number; results: Out[] } | { batch: number; error: string; item?: number };
