import { join, resolve } from 'node:path';
import { CACHE_DIR_NAME, contentHash, extractorFingerprint, lexiconHash, RECOGNITION_DIR_NAME, RecognitionCache, type CacheStats } from '../cache/index.js';
import { OptionsError } from '../errors.js';
import { exportGraph } from '../export/index.js';
import { buildGraph, type KnowledgeGraph } from '../graph/index.js';
import { layoutGraph, placeInitially } from '../layout/index.js';
import { recognizeCorpus } from '../parallel/index.js';
import { cutCorpus, EXTRACTOR_VERSION, extractCorpus, resolveCutOptions } from '../pipeline/index.js';
import type { Corpus, EntityType } from '../types.js';
import { streamArticles, inputSize } from './article-stream.js';
import { DEFAULT_INPUT, DEFAULT_OUT } from './defaults.js';
import { discoverInputs } from './inputs.js';
import { loadLexicon } from './load-lexicon.js';
import { createProgress, progressModeFor, type ProgressMode } from './progress.js';

/** Options of `kg build`. */
export interface BuildCommandOptions {
  out?: string;
  lexicon?: string[];
  useLexicon?: boolean;
  layout?: boolean;
  /** Stop ForceAtlas2 after this many seconds (output then depends on the machine's speed). */
  layoutTime?: number;
  quiet?: boolean;
  skipBad?: boolean;
  maxFileSize?: number;
  /** Reuse and store recognised articles in the cache (default true). */
  cache?: boolean;
  /** Cache folder; default `<out>/.cache`. */
  cacheDir?: string;
  /** Worker threads for recognition; default the machine's parallelism, 1 = main thread only. */
  jobs?: number;
  /** Keep only the N most important entities, and/or only these types. */
  top?: number;
  types?: EntityType[];
  cwd?: string;
  log?: (line: string) => void;
  /** Progress display (default: from quiet and whether stderr is a terminal) and where it goes (default stderr). */
  progress?: ProgressMode;
  progressStream?: NodeJS.WritableStream;
}

/** Seconds per step of a build, and what recognition and the cache did. */
export interface BuildReport {
  duplicates: number;
  renamed: number;
  skipped: number;
  extracted: number;
  cached: number;
  workers: number;
  cache?: CacheStats & { folder: string };
  seconds: { extract: number; resolve: number; graph: number; layout: number; export: number; total: number };
}

/** Builds the graph files from articles: read → extract → graph → layout → export; returns the corpus, written files and a report. */
export async function runBuild(inputs: string[], options: BuildCommandOptions = {}): Promise<{ corpus: Corpus; files: string[]; report: BuildReport }> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.quiet ? () => {} : (options.log ?? ((line: string) => process.stderr.write(line + '\n')));
  const started = performance.now();
  let lap = started;
  const seconds = { extract: 0, resolve: 0, graph: 0, layout: 0, export: 0, total: 0 };
  const tick = (step: keyof typeof seconds) => {
    const now = performance.now();
    seconds[step] = (now - lap) / 1000;
    lap = now;
  };
  // 1. Options, lexicon and inputs.
  checkBuildOptions(options);
  const cut = options.top !== undefined || options.types !== undefined ? resolveCutOptions({ top: options.top, types: options.types, importance: new Map() }) : undefined;
  const lexicon = await loadLexicon(options.lexicon ?? [], options.useLexicon !== false, cwd);
  const paths = await discoverInputs(inputs.length > 0 ? inputs : [DEFAULT_INPUT], cwd);
  const out = resolve(cwd, options.out ?? DEFAULT_OUT);
  const cache = options.cache === false ? undefined : await openCache(resolve(cwd, options.cacheDir ?? join(out, CACHE_DIR_NAME)), lexicon.entries);
  const progressStream = options.progressStream ?? process.stderr;
  const progress = createProgress(options.progress ?? progressModeFor(Boolean(options.quiet), progressStream as { isTTY?: boolean }), await inputSize(paths, cwd), progressStream);

  try {
    // 2. Read and recognise each article: from the cache, on the main thread or in workers.
    let skipped = 0;
    const articles = streamArticles(paths, cwd, {
      maxFileSize: options.maxFileSize,
      skipBad: options.skipBad,
      onSkip: (file, line, reason) => {
        skipped++;
        log(`${file}:${line}: skipped (${reason})`);
      },
    });
    const recognition = await recognizeCorpus(articles, { lexicon, jobs: options.jobs, keyOf: contentHash, store: cache, onProgress: progress.update });
    const cacheStats = await cache?.close();
    tick('extract');
    // 3. Resolve, relations, graph (cut when asked), layout.
    progress.stage('resolving entities and relations');
    const { corpus: full, duplicates, renamed } = extractCorpus(recognition.recognized, lexicon);
    tick('resolve');
    progress.stage('building the graph');
    let corpus = full;
    let graph = buildGraph(corpus);
    if (cut) {
      const importance = new Map(graph.mapNodes((node, a) => [node, a.importance] as const));
      corpus = cutCorpus(full, { ...cut, importance });
      graph = buildGraph(corpus);
    }
    tick('graph');
    progress.stage(`laying out ${graph.order} nodes`);
    layout(graph, options);
    tick('layout');
    // 4. Export, each file atomically.
    progress.stage('writing files');
    const files = await exportGraph(graph, out);
    tick('export');
    progress.stop();
    seconds.total = (performance.now() - started) / 1000;
    const report: BuildReport = {
      duplicates,
      renamed,
      skipped,
      extracted: recognition.extracted,
      cached: recognition.cached,
      workers: recognition.workers,
      cache: cache && cacheStats ? { ...cacheStats, folder: cache.folder } : undefined,
      seconds,
    };
    log(summarize(corpus, report, full));
    return { corpus, files, report };
  } finally {
    progress.stop();
  }
}

function checkBuildOptions(options: BuildCommandOptions): void {
  const { maxFileSize, jobs, layoutTime } = options;
  if (maxFileSize !== undefined && (typeof maxFileSize !== 'number' || !(maxFileSize > 0) || !Number.isFinite(maxFileSize))) {
    const mb = Number(maxFileSize) / (1024 * 1024);
    throw new OptionsError(`--max-file-size: ${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB is not a positive size — pass a number of MB above 0`);
  }
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new OptionsError(`--jobs: ${String(jobs)} is not a whole number ≥ 1 — pass e.g. --jobs 2, or 1 for no worker threads`);
  if (layoutTime !== undefined && !(typeof layoutTime === 'number' && layoutTime > 0 && Number.isFinite(layoutTime))) {
    throw new OptionsError(`--layout-time: ${String(layoutTime)} is not a positive number of seconds — pass e.g. --layout-time 10`);
  }
}

/** The cache namespace: extractor version, code fingerprint and lexicon. */
async function openCache(root: string, entries: Parameters<typeof lexiconHash>[0]): Promise<RecognitionCache> {
  const key = contentHash(`${await extractorFingerprint()}\n${lexiconHash(entries)}`);
  return RecognitionCache.open(join(root, RECOGNITION_DIR_NAME), `v${EXTRACTOR_VERSION}-${key.slice(0, 24)}`);
}

function layout(graph: KnowledgeGraph, options: BuildCommandOptions): void {
  if (options.layout === false) placeInitially(graph);
  else layoutGraph(graph, options.layoutTime !== undefined ? { timeLimit: options.layoutTime * 1000 } : {});
}

/** The short summary printed after a build: articles, entities by type, relations by type, time. */
export function summarize(corpus: Corpus, report: BuildReport, full: Corpus = corpus): string {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const edges = new Set(corpus.relations.map((r) => `${r.source}\u0000${r.target}\u0000${r.relation}`));
  const notes = [
    report.duplicates ? `${report.duplicates} duplicate${report.duplicates > 1 ? 's' : ''} counted once` : '',
    report.renamed ? `${report.renamed} repeated id${report.renamed > 1 ? 's' : ''} renamed id~2…` : '',
    report.skipped ? `${report.skipped} bad lines skipped` : '',
  ].filter(Boolean);
  const cut = corpus.entities.length < full.entities.length ? ` of ${full.entities.length}` : '';
  const s = report.seconds;
  const cacheNote = report.cache ? `, ${report.cached} from cache` : ', no cache';
  const workers = report.workers > 0 ? ` on ${report.workers} workers` : '';
  return [
    `articles: ${corpus.articles.length}${notes.length ? ` (${notes.join(', ')})` : ''}`,
    `entities: ${corpus.entities.length}${cut} (${count(corpus.entities.map((e) => e.type))})`,
    `relations: ${edges.size} (${count([...edges].map((k) => k.split('\u0000')[2]))})`,
    `time: ${s.total.toFixed(2)} s (extract ${s.extract.toFixed(2)}: ${report.extracted} extracted${workers}${cacheNote}; resolve ${s.resolve.toFixed(2)}; graph ${s.graph.toFixed(2)}; layout ${s.layout.toFixed(2)}; export ${s.export.toFixed(2)})`,
    ...(report.cache?.writeError ? [`cache: not written (${report.cache.writeError}) — check that ${report.cache.folder} is writable, or pass --no-cache`] : []),
  ].join('\n');
}
