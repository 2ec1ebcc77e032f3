import { chmod, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, KEEP_NAMESPACES, lexiconHash, MAX_SEGMENTS, RecognitionCache, SEGMENT_ENTRIES, SEGMENT_SUFFIX } from '../../src/cache/index.js';
import { EMPTY_LEXICON, type LexiconEntry } from '../../src/lexicon/index.js';
import { encodeRecognition, recognizeArticle } from '../../src/pipeline/index.js';

const work = mkdtempSync(join(tmpdir(), 'kg-cache-'));
afterAll(() => rm(work, { recursive: true, force: true }));
let folders = 0;
const freshRoot = async () => {
  const root = join(work, `root-${folders++}`);
  await mkdir(root, { recursive: true });
  return root;
};
const NS = 'v1-0123456789abcdef';
const TEXTS = ['天津大学与南开大学签署合作协议。', '滨海新区集聚了飞腾、麒麟等龙头企业。', '国家药品监督管理局批准了源瑞达上市。'];
const recognized = (text: string) => {
  const { sentences, mentions } = recognizeArticle({ id: 'x', title: '', url: null, date: null, source: '', text }, EMPTY_LEXICON);
  return { sentences, mentions, record: encodeRecognition(text, sentences, mentions) };
};
/** Stores TEXTS in a cache and closes it. */
const filled = async (root: string, namespace = NS) => {
  const cache = await RecognitionCache.open(root, namespace);
  for (const text of TEXTS) cache.put(contentHash(text), recognized(text).record);
  await cache.close();
  return cache;
};
const segments = async (root: string, namespace = NS) => (await readdir(join(root, namespace))).filter((n) => n.endsWith(SEGMENT_SUFFIX)).sort();

describe('RecognitionCache', () => {
  it('gives back what a previous build stored, and counts hits and misses', async () => {
    const root = await freshRoot();
    expect((await filled(root)).stats).toMatchObject({ written: 3, segments: 1 });
    const cache = await RecognitionCache.open(root, NS);
    for (const text of TEXTS) {
      const { sentences, mentions } = recognized(text);
      expect(await cache.get(contentHash(text), text)).toEqual({ sentences, mentions });
    }
    expect(await cache.get(contentHash('新的文章。'), '新的文章。')).toBeUndefined();
    expect(cache.stats).toMatchObject({ hits: 3, misses: 1, corrupt: 0 });
  });

  it('keeps namespaces apart: another extractor or lexicon sees an empty cache', async () => {
    const root = await freshRoot();
    await filled(root);
    const other = await RecognitionCache.open(root, 'v1-fedcba9876543210');
    expect(await other.get(contentHash(TEXTS[0]), TEXTS[0])).toBeUndefined();
  });

  it.each([
    ['a line cut in the middle', (line: string) => line.slice(0, line.length / 2)],
    ['a line of garbage', () => 'garbage'],
    ['offsets beyond the text', (line: string) => line.replace(/"sentences":\[\d+,\d+/, '"sentences":[0,99999')],
    ['a damaged key', (line: string) => line.replace(/^\{"key":"[0-9a-f]{4}/, '{"key":"zzzz')],
  ])('reads %s as a miss, counts it, and never throws', async (_, damage) => {
    const root = await freshRoot();
    await filled(root);
    const [segment] = await segments(root);
    const file = join(root, NS, segment);
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[1] = damage(lines[1]);
    await writeFile(file, lines.join('\n'));
    const cache = await RecognitionCache.open(root, NS);
    const results = await Promise.all(TEXTS.map((text) => cache.get(contentHash(text), text)));
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
    expect(cache.stats.corrupt).toBe(1);
  });

  it('ignores a segment whose header is not this namespace’s', async () => {
    const root = await freshRoot();
    await filled(root);
    const [segment] = await segments(root);
    const file = join(root, NS, segment);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^[^\n]*/, '{"format":99}'));
    const cache = await RecognitionCache.open(root, NS);
    expect(await cache.get(contentHash(TEXTS[0]), TEXTS[0])).toBeUndefined();
    expect(cache.stats.corrupt).toBeGreaterThan(0);
  });

  it(`writes a segment every ${SEGMENT_ENTRIES} entries and compacts more than ${MAX_SEGMENTS} segments into the entries used`, async () => {
    const root = await freshRoot();
    for (let i = 0; i < MAX_SEGMENTS; i++) {
      const cache = await RecognitionCache.open(root, NS);
      const text = `第${i}篇文章提到天津大学。`;
      cache.put(contentHash(text), recognized(text).record);
      await cache.close();
    }
    expect(await segments(root)).toHaveLength(MAX_SEGMENTS);
    const cache = await RecognitionCache.open(root, NS);
    const kept = '第3篇文章提到天津大学。';
    expect(await cache.get(contentHash(kept), kept)).toBeDefined();
    cache.put(contentHash(TEXTS[0]), recognized(TEXTS[0]).record);
    await cache.close();
    expect(await segments(root)).toHaveLength(1);
    const after = await RecognitionCache.open(root, NS);
    expect(await after.get(contentHash(kept), kept)).toBeDefined();
    expect(await after.get(contentHash(TEXTS[0]), TEXTS[0])).toBeDefined();
    expect(await after.get(contentHash('第4篇文章提到天津大学。'), '第4篇文章提到天津大学。')).toBeUndefined();
  });

  it(`keeps the ${KEEP_NAMESPACES} most recently used namespaces`, async () => {
    const root = await freshRoot();
    const names = ['v1-aaaaaaaaaaaaaaaa', 'v1-bbbbbbbbbbbbbbbb', 'v1-cccccccccccccccc', 'v1-dddddddddddddddd'];
    for (const [i, name] of names.entries()) {
      await filled(root, name);
      const when = new Date(Date.UTC(2024, 0, 1 + i));
      await utimes(join(root, name), when, when);
    }
    await filled(root, 'v1-eeeeeeeeeeeeeeee');
    expect((await readdir(root)).sort()).toEqual([...names.slice(-(KEEP_NAMESPACES - 1)), 'v1-eeeeeeeeeeeeeeee']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it cannot write in stats, without throwing', async () => {
    const root = await freshRoot();
    await chmod(root, 0o555);
    try {
      const cache = await RecognitionCache.open(root, NS);
      cache.put(contentHash(TEXTS[0]), recognized(TEXTS[0]).record);
      expect((await cache.close()).writeError).toMatch(/EACCES|EPERM/);
    } finally {
      await chmod(root, 0o755);
    }
  });

  it('reports a namespace path blocked by a file in stats, without throwing', async () => {
    const root = await freshRoot();
    await writeFile(join(root, NS), 'not a folder');
    const cache = await RecognitionCache.open(root, NS);
    cache.put(contentHash(TEXTS[0]), recognized(TEXTS[0]).record);
    expect((await cache.close()).writeError).toMatch(/EEXIST|ENOTDIR/);
  });
});

describe('cache keys', () => {
  const entry = (name: string, origin: string): LexiconEntry => ({ name, type: 'Company', en: 'X', aliases: [], origin });
  it('depend on the lexicon entries, not on where they were read from', () => {
    expect(lexiconHash([entry('飞腾', 'a.tsv:2')])).toBe(lexiconHash([entry('飞腾', 'b.tsv:9')]));
    expect(lexiconHash([entry('飞腾', 'a.tsv:2')])).not.toBe(lexiconHash([entry('麒麟', 'a.tsv:2')]));
    expect(lexiconHash([])).not.toBe(lexiconHash([entry('飞腾', 'a.tsv:2')]));
  });
  it('are the SHA-256 of the text', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHash('天津')).not.toBe(contentHash('天津 '));
  });
});
