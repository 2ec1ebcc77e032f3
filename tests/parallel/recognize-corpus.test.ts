import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/cache/index.js';
import { ExtractionError } from '../../src/errors.js';
import { EMPTY_LEXICON } from '../../src/lexicon/index.js';
import { recognizeCorpus, WorkerPool, type ArticleInput, type RecognitionStore } from '../../src/parallel/index.js';
import { decodeRecognition, recognizeArticle, SEQUENTIAL_MAX_ARTICLES, type RecognitionRecord } from '../../src/pipeline/index.js';
import type { Article } from '../../src/types.js';

const CITIES = ['天津', '苏州', '杭州', '合肥', '成都', '武汉', '西安', '青岛'];
const text = (i: number) => `${CITIES[i % CITIES.length]}华芯${i}号生物科技有限公司与${CITIES[(i + 3) % CITIES.length]}大学签署合作协议。该公司位于滨海高新区，专注于合成生物领域。`;
const article = (id: string, body: string): Article => ({ id, title: id, url: null, date: null, source: `${id}.txt`, text: body });
const inputs = (bodies: string[]): ArticleInput[] => bodies.map((body, i) => ({ article: article(`a${i}`, body), bytes: 10 }));

/** A store in memory that counts what it is asked. */
class MemoryStore implements RecognitionStore {
  readonly records = new Map<string, RecognitionRecord>();
  puts = 0;
  async get(key: string, body: string) {
    const record = this.records.get(key);
    return record && decodeRecognition(body, record);
  }
  put(key: string, record: RecognitionRecord) {
    this.puts++;
    this.records.set(key, record);
  }
}

describe('recognizeCorpus', () => {
  const many = Array.from({ length: SEQUENTIAL_MAX_ARTICLES + 6 }, (_, i) => text(i));

  it('recognises in worker threads what the main thread recognises, in input order', async () => {
    const parallel = await recognizeCorpus(inputs(many), { lexicon: EMPTY_LEXICON, jobs: 2, workers: 'eager' });
    expect(parallel.workers).toBe(2);
    const sequential = many.map((body, i) => recognizeArticle(article(`a${i}`, body), EMPTY_LEXICON));
    expect(parallel.recognized).toEqual(sequential);
  });

  it(`stays on the main thread with fewer than ${SEQUENTIAL_MAX_ARTICLES} texts, with a small input, or with jobs 1`, async () => {
    const few = await recognizeCorpus(inputs(many.slice(0, SEQUENTIAL_MAX_ARTICLES - 1)), { lexicon: EMPTY_LEXICON, jobs: 2, workers: 'eager' });
    const short = await recognizeCorpus(inputs(many), { lexicon: EMPTY_LEXICON, jobs: 2, totalBytes: 10 * many.length, paceSeconds: 0 });
    const one = await recognizeCorpus(inputs(many), { lexicon: EMPTY_LEXICON, jobs: 1, workers: 'eager' });
    expect([few.workers, short.workers, one.workers]).toEqual([0, 0, 0]);
    expect(one.extracted).toBe(many.length);
  });

  it('names the article when recognition fails on it (a bug, not bad input)', async () => {
    const lexicon = new Proxy(EMPTY_LEXICON, {
      get: () => {
        throw new TypeError('lexicon exploded');
      },
    });
    const run = recognizeCorpus([{ article: { ...article('odd', text(1)), source: 'news/odd\n.txt' }, bytes: 10 }], { lexicon, jobs: 1 });
    await expect(run).rejects.toBeInstanceOf(ExtractionError);
    await expect(run).rejects.toThrow(/^news\/odd\\u\{A\}\.txt: recognition failed \(.+\) — report it/);
  });

  it('recognises identical texts once, and takes what the store holds from it', async () => {
    const store = new MemoryStore();
    const bodies = [text(1), text(2), text(1), text(3), text(2)];
    const first = await recognizeCorpus(inputs(bodies), { lexicon: EMPTY_LEXICON, jobs: 2, keyOf: contentHash, store });
    expect([first.extracted, first.cached, store.puts]).toEqual([3, 0, 3]);
    expect(first.recognized.map((r) => r.article.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(first.recognized[2].mentions).toEqual(first.recognized[0].mentions);
    const again = await recognizeCorpus(inputs([...bodies, text(4)]), { lexicon: EMPTY_LEXICON, jobs: 2, keyOf: contentHash, store });
    expect([again.extracted, again.cached, store.puts]).toEqual([1, 3, 4]);
    expect(again.recognized.slice(0, 5)).toEqual(first.recognized);
  });

  it('reports progress up to every article and byte of the input', async () => {
    const seen: Array<{ articles: number; bytes: number }> = [];
    await recognizeCorpus(inputs([text(1), text(2), text(1)]), { lexicon: EMPTY_LEXICON, onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toEqual({ articles: 3, bytes: 30 });
    expect(seen.map((p) => p.articles)).toEqual([1, 2, 3]);
  });

  it('passes on an input error and stops its workers (the build fails instead of hanging)', async () => {
    async function* failing(): AsyncGenerator<ArticleInput> {
      yield* inputs(many);
      throw new Error('bad line 99');
    }
    await expect(recognizeCorpus(failing(), { lexicon: EMPTY_LEXICON, jobs: 2, workers: 'eager' })).rejects.toThrow('bad line 99');
  });

  it('starts workers by itself when the rest of a big input would take the main thread long', async () => {
    // 26 short texts that stand for a 1 GB input: at the main thread's pace the rest would take far more than the payback time.
    const big = await recognizeCorpus(inputs(many), { lexicon: EMPTY_LEXICON, jobs: 2, totalBytes: 1e9, paceSeconds: 0 });
    expect(big.workers).toBe(2);
    expect(big.recognized.map((r) => r.mentions)).toEqual(many.map((body, i) => recognizeArticle(article(`a${i}`, body), EMPTY_LEXICON).mentions));
  });

  it.each([[0], [1.5], [-1]])('refuses jobs %s', async (jobs) => {
    await expect(recognizeCorpus([], { lexicon: EMPTY_LEXICON, jobs })).rejects.toThrow(/jobs must be a whole number/);
  });
});

describe('WorkerPool', () => {
  it('rejects batches once closed', async () => {
    const pool = new WorkerPool(1, 'recognize', []);
    await pool.close();
    await expect(pool.run(['天津大学。'])).rejects.toThrow(/closed/);
  });
});
