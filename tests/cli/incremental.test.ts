/** kg build through the real CLI on a small synthetic corpus: cache reuse, incremental rebuilds, workers, cuts. */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/synth/generate-corpus.js';
import { SEQUENTIAL_MAX_ARTICLES } from '../../src/pipeline/index.js';
import { kg } from './kg.js';

const work = mkdtempSync(join(tmpdir(), 'kg-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const FILES = ['edges.csv', 'graph.gexf', 'graph.json', 'nodes.csv'];
const snapshot = (dir: string) => Object.fromEntries(FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const segmentsOf = (out: string) => {
  const root = join(out, '.cache', 'recognition');
  return readdirSync(root).flatMap((ns) => readdirSync(join(root, ns)).map((f) => join(root, ns, f)));
};

// More articles than the sequential threshold, so that the first build uses workers; the last record repeats an earlier text.
const records = [...generateCorpus({ articles: SEQUENTIAL_MAX_ARTICLES + 4, seed: 'incremental', duplicateRate: 0, articleChars: 300 })];
records.push({ ...records[3], id: 'repost-of-3' });
const [extra] = [...generateCorpus({ articles: 1, seed: 'one more', duplicateRate: 0, articleChars: 300 })].map((r) => ({ ...r, id: 'one-more' }));
const corpus = join(work, 'corpus.jsonl');
const distinct = records.length - 1;

describe('kg build, incremental', () => {
  const out = join(work, 'out');
  let cold: ReturnType<typeof kg>;
  let warm: ReturnType<typeof kg>;
  let coldFiles: Record<string, string>;
  beforeAll(() => {
    writeFileSync(corpus, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    cold = kg(['build', corpus, '--out', out, '--jobs', '2']);
    coldFiles = snapshot(out);
    warm = kg(['build', corpus, '--out', out, '--jobs', '2']);
  });

  it('extracts every distinct text once, in workers, and counts the repost once', () => {
    expect(cold.stderr).toBe('');
    expect(cold.code).toBe(0);
    expect(cold.stdout).toMatch(new RegExp(`^articles: ${distinct} \\(1 duplicate counted once\\)$`, 'm'));
    expect(cold.stdout).toContain(`extract `);
    expect(cold.stdout).toMatch(new RegExp(`: ${distinct} extracted on 2 workers, 0 from cache;`));
  });

  it('keeps the cache in <out>/.cache and reuses all of it on a second build, with the same files', () => {
    expect(segmentsOf(out).length).toBeGreaterThan(0);
    expect(warm.code).toBe(0);
    expect(warm.stdout).toMatch(new RegExp(`: 0 extracted, ${distinct} from cache;`));
    expect(snapshot(out)).toEqual(coldFiles);
  });

  it('extracts only the added article, and writes what a build without cache writes', () => {
    appendFileSync(corpus, JSON.stringify(extra) + '\n');
    const added = kg(['build', corpus, '--out', out, '--jobs', '2']);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(new RegExp(`: 1 extracted, ${distinct} from cache;`));
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toContain('"id":"one-more"');
    const fresh = join(work, 'fresh');
    const noCache = kg(['build', corpus, '--out', fresh, '--no-cache', '--jobs', '1']);
    expect(noCache.stdout).toMatch(/extracted, no cache;/);
    expect(existsSync(join(fresh, '.cache'))).toBe(false);
    expect(snapshot(out)).toEqual(snapshot(fresh));
  });

  it('recomputes a corrupted cache entry instead of failing', () => {
    const [segment] = segmentsOf(out);
    const lines = readFileSync(segment, 'utf8').split('\n');
    lines[2] = lines[2].slice(0, 40);
    writeFileSync(segment, lines.join('\n'));
    const before = snapshot(out);
    const repaired = kg(['build', corpus, '--out', out, '--jobs', '2']);
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/: 1 extracted, \d+ from cache \(1 unreadable entries recomputed\);/);
    expect(snapshot(out)).toEqual(before);
  });

  it('takes the cache folder from --cache-dir', () => {
    const cacheDir = join(work, 'elsewhere');
    const run = kg(['build', corpus, '--out', join(work, 'out2'), '--cache-dir', cacheDir, '--jobs', '1']);
    expect(run.code).toBe(0);
    expect(readdirSync(join(cacheDir, 'recognition')).length).toBe(1);
    expect(existsSync(join(work, 'out2', '.cache'))).toBe(false);
  });

  it('cuts a big graph to the most important entities, or to some types', () => {
    const top = kg(['build', corpus, '--out', join(work, 'top'), '--top', '15', '--types', 'Company,ResearchInstitute,DevelopmentZone']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^entities: 15 of \d+ \(/m);
    const graph = JSON.parse(readFileSync(join(work, 'top', 'graph.json'), 'utf8'));
    expect(graph.nodes).toHaveLength(15);
    expect(new Set(graph.nodes.map((n: { attributes: { entityType: string } }) => n.attributes.entityType))).toEqual(new Set(['Company', 'ResearchInstitute', 'DevelopmentZone']));
  });

  it.each([
    [['--jobs', '0'], /^kg: --jobs: 0 is not a whole number ≥ 1/],
    [['--top', 'x'], /^kg: --top: "x" is not a number — pass a number after --top/],
    [['--top', '-1'], /^kg: --top: -1 is not a whole number ≥ 1/],
    [['--max-file-size', 'abc'], /^kg: --max-file-size: "abc" is not a number/],
    [['--max-file-size', '-1'], /^kg: --max-file-size: -1 MB is not a positive finite size/],
    [['--types', 'Planet'], /^kg: --types: unknown type "Planet"/],
    [['--layout-time', '0'], /^kg: --layout-time: 0 is not a positive number of seconds/],
  ])('refuses %j with one line and exit 2', (args, message) => {
    const run = kg(['build', corpus, '--out', join(work, 'bad'), ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(work, 'bad', 'graph.json'))).toBe(false);
  });
});
