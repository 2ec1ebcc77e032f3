import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { extractDocuments } from '../parallel/index.js';
import type { DocumentInput } from '../pipeline/index.js';
import { readArticles } from '../read/index.js';
import { checkJobs } from './check-jobs.js';
import { discoverInputs, loadInputFile } from './inputs.js';
import { loadLexicon } from './load-lexicon.js';

/** Options of `kg extract`. */
export interface ExtractCommandOptions {
  lexicon?: string[];
  useLexicon?: boolean;
  cwd?: string;
  write?: (line: string) => void;
  /**
   * Worker threads. By default the machine's parallelism, started once the main thread has spent WORKER_PAYBACK_SECONDS
   * on the input (its size is not known beforehand on stdin); given explicitly, from SEQUENTIAL_MAX_ARTICLES documents.
   */
  jobs?: number;
}

/** Extracts mentions and relations per document: from files, or from JSON lines {"id","text"} on stdin; one JSON line out each, in input order. */
export async function runExtract(files: string[], options: ExtractCommandOptions = {}): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const output = options.write ? undefined : bufferedStdout();
  const write = options.write ?? output!.write;
  try {
    checkJobs(options.jobs);
    const lexicon = await loadLexicon(options.lexicon ?? [], options.useLexicon !== false, cwd);
    const { documents } = await extractDocuments(documentsOf(files, cwd), { lexicon, write, jobs: options.jobs, workers: options.jobs === undefined ? 'auto' : 'eager' });
    return documents;
  } finally {
    output?.flush();
  }
}

/** Lines to stdout in chunks of about 64 kB (one write per line costs a system call each). */
function bufferedStdout(): { write: (line: string) => void; flush: () => void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length > 0) process.stdout.write(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write: (line) => {
      pending.push(line, '\n');
      size += line.length + 1;
      if (size >= 1 << 16) flush();
    },
    flush,
  };
}

async function* documentsOf(files: string[], cwd: string): AsyncGenerator<DocumentInput> {
  if (files.length > 0) {
    for (const path of await discoverInputs(files, cwd)) {
      for (const article of readArticles(await loadInputFile(path, cwd))) yield { id: article.id, text: article.text, source: article.source };
    }
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new InputError(`stdin:${lineNo}: invalid JSON (${(error as Error).message}) — send one {"id","text"} object per line`);
    }
    if (typeof record?.text !== 'string') throw new InputError(`stdin:${lineNo}: missing string "text" — send one {"id","text"} object per line`);
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `stdin#${lineNo}`;
    // Offsets must refer to the given text, so it is used as it is (no cleaning).
    yield { id, text: record.text, source: `stdin#${lineNo}` };
  }
}
