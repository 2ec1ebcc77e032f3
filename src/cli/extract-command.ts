import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import type { Lexicon } from '../lexicon/index.js';
import { extractCorpus, recognizeArticle } from '../pipeline/index.js';
import { readArticles } from '../read/index.js';
import type { Article, ArticleExtraction } from '../types.js';
import { discoverInputs, loadInputFile } from './inputs.js';
import { loadLexicon } from './load-lexicon.js';

/** Options of `kg extract`. */
export interface ExtractCommandOptions {
  lexicon?: string[];
  useLexicon?: boolean;
  cwd?: string;
  write?: (line: string) => void;
}

/** Extracts mentions and relations per document: from files, or from JSON lines {"id","text"} on stdin; one JSON line out each. */
export async function runExtract(files: string[], options: ExtractCommandOptions = {}): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const output = options.write ? undefined : bufferedStdout();
  const write = options.write ?? output!.write;
  try {
    return await extractAll(files, cwd, write, await loadLexicon(options.lexicon ?? [], options.useLexicon !== false, cwd));
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

async function extractAll(files: string[], cwd: string, write: (line: string) => void, lexicon: Lexicon): Promise<number> {
  const emit = (article: Article) => {
    // Each document is resolved on its own, so that its output does not depend on the others.
    const { extractions } = extractCorpus([recognizeArticle(article, lexicon)], lexicon, { englishLabels: false });
    for (const e of extractions) write(JSON.stringify(toRecord(e)));
  };
  let count = 0;
  if (files.length > 0) {
    for (const path of await discoverInputs(files, cwd)) {
      for (const article of readArticles(await loadInputFile(path, cwd))) {
        emit(article);
        count++;
      }
    }
    return count;
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
    emit({ id, title: '', url: null, date: null, source: `stdin#${lineNo}`, text: record.text });
    count++;
  }
  return count;
}

function toRecord(e: ArticleExtraction) {
  return {
    id: e.article.id,
    mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, type: m.type, entity: m.entity })),
    relations: e.relations.map((r) => ({ source: r.source, target: r.target, relation: r.relation, trigger: r.trigger, sentence: r.evidence.text })),
  };
}
