/** Messages between the main thread and recognition workers. */
import type { RecognitionRecord } from '../pipeline/index.js';

/** A batch of article texts to recognise. */
export interface WorkerRequest {
  batch: number;
  texts: string[];
}

/** The worker is loaded; or a batch's records, in the order of its texts; or why the batch failed. */
export type WorkerReply = { ready: true } | { batch: number; records: RecognitionRecord[] } | { batch: number; error: string };
