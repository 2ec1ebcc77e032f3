/** Benchmark corpora: MSRA news sentences grouped into articles (when ../shared has them) and synthetic corpora. */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { generateCorpus } from '../scripts/synth/generate-corpus.js';

/** A corpus written as JSONL for the runs. */
export interface BenchCorpus {
  name: string;
  file: string;
  articles: number;
  bytes: number;
  chars: number;
}

/** Characters per MSRA article: consecutive sentences are joined until an article reaches this length. */
export const MSRA_ARTICLE_CHARS = 2000;

async function writeJsonl(file: string, records: Iterable<{ id: string; text: string; title?: string }>): Promise<{ articles: number; bytes: number; chars: number }> {
  const out = createWriteStream(file);
  let articles = 0;
  let bytes = 0;
  let chars = 0;
  for (const record of records) {
    const line = JSON.stringify(record) + '\n';
    articles++;
    bytes += Buffer.byteLength(line);
    chars += record.text.length;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { articles, bytes, chars };
}

/** MSRA validation sentences (characters separated by spaces, one sentence a line) as articles of ~2,000 characters. */
export async function msraCorpus(sentencesFile: string, dir: string): Promise<BenchCorpus | undefined> {
  if (!existsSync(sentencesFile)) return undefined;
  const sentences = readFileSync(sentencesFile, 'utf8').split('\n').map((line) => line.replace(/ /g, '').trim()).filter(Boolean);
  const records: Array<{ id: string; title: string; text: string }> = [];
  let current: string[] = [];
  let length = 0;
  const flush = () => {
    if (current.length === 0) return;
    records.push({ id: `msra-${String(records.length + 1).padStart(4, '0')}`, title: current[0].slice(0, 20), text: current.join('') });
    current = [];
    length = 0;
  };
  for (const sentence of sentences) {
    current.push(sentence);
    length += sentence.length;
    if (length >= MSRA_ARTICLE_CHARS) flush();
  }
  flush();
  const file = join(dir, 'msra.jsonl');
  return { name: 'MSRA news', file, ...(await writeJsonl(file, records)) };
}

/** `articles` synthetic articles (seed `bench`), as `npm run corpus:synth` writes them. */
export async function syntheticCorpus(articles: number, dir: string, seed = 'bench'): Promise<BenchCorpus> {
  const file = join(dir, `synth-${articles}.jsonl`);
  return { name: `synthetic ${articles.toLocaleString('en')}`, file, ...(await writeJsonl(file, generateCorpus({ articles, seed }))) };
}

/** One more article, for the incremental rebuild. */
export function extraArticle(): string {
  const [record] = [...generateCorpus({ articles: 1, seed: 'bench: one more' })];
  return JSON.stringify({ ...record, id: 'bench-one-more' }) + '\n';
}
