/** Worker thread: loads the lexicon once, then runs its task on batches of items and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { createLexicon, type LexiconEntry } from '../lexicon/index.js';
import { encodeRecognition, extractDocument, recognizeArticle, type RecognitionRecord } from '../pipeline/index.js';
import type { TaskItem, TaskResult, WorkerReply, WorkerRequest, WorkerTask } from './messages.js';

const { task, entries } = workerData as { task: WorkerTask; entries: LexiconEntry[] };
const lexicon = createLexicon(entries);
const port = parentPort!;

/** A text's recognition, as a compact record. */
function recognize(text: string): RecognitionRecord {
  const { sentences, mentions } = recognizeArticle({ id: '', title: '', url: null, date: null, source: '', text }, lexicon);
  return encodeRecognition(text, sentences, mentions);
}

const TASKS: { [T in WorkerTask]: (item: TaskItem<T>) => TaskResult<T> } = {
  recognize,
  extract: (document) => extractDocument(document, lexicon),
};
const run = TASKS[task] as (item: unknown) => unknown;

port.on('message', ({ batch, items }: WorkerRequest<unknown>) => {
  let reply: WorkerReply<unknown>;
  let item = 0;
  try {
    const results: unknown[] = [];
    for (; item < items.length; item++) results.push(run(items[item]));
    reply = { batch, results };
  } catch (error) {
    reply = { batch, item, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReply<unknown>);
