/** extractDocuments and the extraction task of WorkerPool: `kg extract`'s lines, the same on any thread, in input order. */
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../src/errors.js';
import { EMPTY_LEXICON } from '../../src/lexicon/index.js';
import { extractDocuments, WorkerPool, WorkerTaskError } from '../../src/parallel/index.js';
import { extractDocument, SEQUENTIAL_MAX_ARTICLES, type DocumentInput } from '../../src/pipeline/index.js';

const CITIES = ['天津', '苏州', '杭州', '合肥', '成都', '武汉', '西安', '青岛'];
const text = (i: number) => `${CITIES[i % CITIES.length]}华芯${i}号生物科技有限公司与${CITIES[(i + 3) % CITIES.length]}大学签署合作协议。该公司位于滨海高新区，专注于合成生物领域。`;
const documents = (n: number): DocumentInput[] => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, text: text(i), source: `stdin#${i + 1}` }));
/** A document whose text is not text: extraction throws on it, as on a bug. */
const broken = (i: number) => ({ id: `d${i}`, text: 42 as unknown as string, source: `stdin#${i + 1}` });

async function linesOf(input: DocumentInput[], options: { jobs?: number; workers?: 'auto' | 'eager' }) {
  const lines: string[] = [];
  const result = await extractDocuments(input, { lexicon: EMPTY_LEXICON, write: (line) => lines.push(line), ...options });
  return { lines, ...result };
}

describe('extractDocuments', () => {
  const many = documents(SEQUENTIAL_MAX_ARTICLES + 10);
  const expected = many.map((d) => extractDocument(d, EMPTY_LEXICON));

  it.each([
    ['the main thread (jobs 1)', { jobs: 1 }, 0],
    ['the main thread (a small input, auto)', { jobs: 2 }, 0],
    ['worker threads (jobs 2, eager)', { jobs: 2, workers: 'eager' as const }, 2],
  ])('writes one line per document in input order on %s', async (_name, options, workers) => {
    const run = await linesOf(many, options);
    expect(run.lines).toEqual(expected);
    expect(run.documents).toBe(many.length);
    expect(run.workers).toBe(workers);
  });

  it.each([
    ['on the main thread', { jobs: 1 }],
    ['with workers', { jobs: 2, workers: 'eager' as const }],
  ])('names the document extraction fails on %s, after writing the lines before it', async (_name, options) => {
    const input = [...documents(SEQUENTIAL_MAX_ARTICLES + 4), broken(SEQUENTIAL_MAX_ARTICLES + 4), ...documents(3)];
    const lines: string[] = [];
    const run = extractDocuments(input, { lexicon: EMPTY_LEXICON, write: (line) => lines.push(line), ...options });
    await expect(run).rejects.toBeInstanceOf(ExtractionError);
    await expect(run).rejects.toThrow(new RegExp(`^stdin#${SEQUENTIAL_MAX_ARTICLES + 5}: extraction failed \\(.+\\) — report it`));
    expect(lines).toEqual(expected.slice(0, lines.length));
  });

  it('refuses jobs that are not a whole number ≥ 1', async () => {
    await expect(linesOf([], { jobs: 0 })).rejects.toThrow(/jobs must be a whole number/);
  });
});

describe('WorkerPool, extraction task', () => {
  it('extracts in a worker what the main thread extracts, and says which item failed', async () => {
    const pool = new WorkerPool(1, 'extract', []);
    try {
      const input = documents(5);
      expect(await pool.run(input)).toEqual(input.map((d) => extractDocument(d, EMPTY_LEXICON)));
      const failure = await pool.run([...documents(2), broken(2)]).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(WorkerTaskError);
      expect((failure as WorkerTaskError).item).toBe(2);
    } finally {
      await pool.close();
    }
  });
});
