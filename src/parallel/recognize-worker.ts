/** Worker thread: loads the lexicon once, then recognises batches of texts and posts their compact records back. */
import { parentPort, workerData } from 'node:worker_threads';
import { createLexicon, type LexiconEntry } from '../lexicon/index.js';
import { encodeRecognition, recognizeArticle } from '../pipeline/index.js';
import type { WorkerReply, WorkerRequest } from './messages.js';

const lexicon = createLexicon((workerData as { entries: LexiconEntry[] }).entries);
const port = parentPort!;

port.on('message', ({ batch, texts }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const records = texts.map((text) => {
      const { sentences, mentions } = recognizeArticle({ id: '', title: '', url: null, date: null, source: '', text }, lexicon);
      return encodeRecognition(text, sentences, mentions);
    });
    reply = { batch, records };
  } catch (error) {
    reply = { batch, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
