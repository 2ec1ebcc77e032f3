/** Messages between the main thread and task workers. */

/** What a worker does with each item: recognise a text (RecognitionRecord), or extract a document (its JSON line). */
export type WorkerTask = 'recognize' | 'extract';

/** A batch of items for the worker's task. */
export interface WorkerRequest<In> {
  batch: number;
  items: In[];
}

/** The worker is loaded; or a batch's results, in the order of its items; or why the batch failed (and at which item). */
export type WorkerReply<Out> = { ready: true } | { batch: number; results: Out[] } | { batch: number; error: string; item?: number };
