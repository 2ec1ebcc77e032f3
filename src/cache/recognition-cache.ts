/**
 * RecognitionCache: recognised articles (sentences + mentions) on disk, keyed by the content hash of their text, in a
 * folder per namespace (extractor fingerprint + lexicon). A namespace holds append-only segment files of JSON lines,
 * each written atomically (temp file, then rename); reading one is a few sequential reads, not one file per
 * article. A corrupted line or segment reads as a miss and is recomputed, never an error.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../export/index.js';
import { decodeRecognition, type RecognitionRecord } from '../pipeline/index.js';
import type { Mention, Sentence } from '../types.js';
import { KEEP_NAMESPACES, MAX_SEGMENTS, SEGMENT_ENTRIES, SEGMENT_SUFFIX } from './defaults.js';

/** What the cache did during one build. */
export interface CacheStats {
  hits: number;
  misses: number;
  /** Lines found but unreadable (truncated, edited, foreign); their articles were recomputed. */
  corrupt: number;
  /** New entries written, and segment files written or removed by compaction. */
  written: number;
  segments: number;
  /** The first write error; later writes are skipped. */
  writeError?: string;
}

const FORMAT = 1;
const KEY = /^[0-9a-f]{64}$/;
/** Every entry line starts with its key: `{"key":"<64 hex>","record":…}`. */
const KEY_PREFIX = '{"key":"';

/** The recognition cache of one namespace; open it with RecognitionCache.open. */
export class RecognitionCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, written: 0, segments: 0 };
  /** Entry lines by key, as read (parsed only when asked for). */
  private readonly lines = new Map<string, string>();
  private readonly used = new Set<string>();
  private readonly loaded: string[] = [];
  private pending: string[] = [];
  private readonly writes = new Set<Promise<void>>();

  private constructor(
    readonly root: string,
    readonly namespace: string,
  ) {}

  /** Opens the cache of `namespace` under `root`, reading its segments; a missing folder is an empty cache. */
  static async open(root: string, namespace: string): Promise<RecognitionCache> {
    if (!/^[0-9a-z-]{8,80}$/.test(namespace)) throw new TypeError(`RecognitionCache: bad namespace ${JSON.stringify(namespace)}`);
    const cache = new RecognitionCache(root, namespace);
    await cache.load();
    return cache;
  }

  /** The folder of this namespace. */
  get folder(): string {
    return join(this.root, this.namespace);
  }

  private async load(): Promise<void> {
    const names = (await readdir(this.folder).catch(() => [] as string[])).filter((n) => n.endsWith(SEGMENT_SUFFIX)).sort();
    for (const name of names) {
      const text = await readFile(join(this.folder, name), 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      this.loaded.push(name);
      const rows = text.split('\n');
      if (rows[0] !== this.header()) {
        this.stats.corrupt += Math.max(rows.length - 1, 1);
        continue;
      }
      for (let i = 1; i < rows.length; i++) {
        const row = rows[i];
        if (row === '') continue;
        const key = row.startsWith(KEY_PREFIX) ? row.slice(KEY_PREFIX.length, KEY_PREFIX.length + 64) : '';
        if (KEY.test(key)) this.lines.set(key, row);
        else this.stats.corrupt++;
      }
    }
  }

  private header(): string {
    return JSON.stringify({ format: FORMAT, namespace: this.namespace });
  }

  /** The sentences and mentions stored for `text` under `key` (its content hash), or undefined. */
  async get(key: string, text: string): Promise<{ sentences: Sentence[]; mentions: Mention[] } | undefined> {
    if (!KEY.test(key)) throw new TypeError(`RecognitionCache.get: bad key ${JSON.stringify(key)}`);
    const row = this.lines.get(key);
    const decoded = row === undefined ? undefined : this.parse(row, key, text);
    if (decoded === undefined) {
      if (row !== undefined) {
        this.stats.corrupt++;
        this.lines.delete(key);
      }
      this.stats.misses++;
      return undefined;
    }
    this.used.add(key);
    this.stats.hits++;
    return decoded;
  }

  private parse(row: string, key: string, text: string): ReturnType<typeof decodeRecognition> {
    try {
      const entry = JSON.parse(row) as { key?: unknown; record?: unknown };
      return entry.key === key ? decodeRecognition(text, entry.record) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a record; entries are written out in segments of SEGMENT_ENTRIES, the rest at close(). */
  put(key: string, record: RecognitionRecord): void {
    if (!KEY.test(key)) throw new TypeError(`RecognitionCache.put: bad key ${JSON.stringify(key)}`);
    const row = JSON.stringify({ key, record });
    this.lines.set(key, row);
    this.used.add(key);
    this.pending.push(row);
    if (this.pending.length >= SEGMENT_ENTRIES) this.flush();
  }

  /** Writes the pending entries as a new segment, in the background. */
  private flush(): void {
    if (this.pending.length === 0 || this.stats.writeError !== undefined) return;
    const rows = this.pending;
    this.pending = [];
    const write = this.writeSegment(rows)
      .then(() => {
        this.stats.written += rows.length;
      })
      .catch((error: NodeJS.ErrnoException) => {
        this.stats.writeError ??= error.code ?? error.message;
      })
      .finally(() => this.writes.delete(write));
    this.writes.add(write);
  }

  private async writeSegment(rows: string[]): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    const name = `${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString('hex')}${SEGMENT_SUFFIX}`;
    const header = this.header();
    await writeFileAtomic(join(this.folder, name), (function* () {
      yield header;
      for (const row of rows) yield `\n${row}`;
      yield '\n';
    })());
    this.stats.segments++;
    return name;
  }

  /**
   * Writes what is pending and waits for it; with more than MAX_SEGMENTS segments, rewrites the entries this build
   * used into one and removes the segments it read. Then marks this namespace as used and removes the least recently
   * used others. Write errors are kept in stats, never thrown.
   */
  async close(): Promise<CacheStats> {
    this.flush();
    while (this.writes.size > 0) await Promise.all([...this.writes]);
    if (this.stats.writeError !== undefined) return this.stats;
    try {
      const segments = (await readdir(this.folder).catch(() => [] as string[])).filter((n) => n.endsWith(SEGMENT_SUFFIX));
      if (segments.length > MAX_SEGMENTS) await this.compact(segments);
      if (this.used.size > 0) {
        const now = new Date();
        await utimes(this.folder, now, now).catch(() => undefined);
        await this.pruneNamespaces();
      }
    } catch (error) {
      this.stats.writeError ??= (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    }
    return this.stats;
  }

  private async compact(segments: string[]): Promise<void> {
    const kept = await this.writeSegment([...this.used].map((key) => this.lines.get(key)!).filter(Boolean));
    await Promise.all(segments.filter((name) => name !== kept).map((name) => rm(join(this.folder, name), { force: true })));
  }

  private async pruneNamespaces(): Promise<void> {
    const names = await readdir(this.root).catch(() => [] as string[]);
    const others = await Promise.all(
      names
        .filter((name) => name !== this.namespace && !name.startsWith('.'))
        .map(async (name) => ({ name, used: (await stat(join(this.root, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
    );
    const stale = others.sort((a, b) => b.used - a.used || (a.name < b.name ? -1 : 1)).slice(KEEP_NAMESPACES - 1);
    await Promise.all(stale.map(({ name }) => rm(join(this.root, name), { recursive: true, force: true }).catch(() => undefined)));
  }
}
