/** kg build: read → recognise (cache, workers) → resolve + relations → graph → layout → export, with progress and a summary. */
import { join, resolve } from 'node:path';
import { CACHE_DIR_NAME, contentHash, extractorFingerprint, lexiconHash, RECOGNITION_DIR_NAME, RecognitionCache, type CacheStats } from '../cache/index.js';
import { OptionsError } from '../errors.js';
import { exportGraph } from '../export/index.js';
import { buildGraph, nodeKey, type KnowledgeGraph } from '../graph/index.js';
import { layoutGraph, placeInitially } from '../layout/index.js';
import type { Lexicon, LexiconEntry } from '../lexicon/index.js';
import { recognizeCorpus } from '../parallel/index.js';
import { cutCorpus, EXTRACTOR_VERSION, extractCorpus, resolveCutOptions, type CutOptions } from '../pipeline/index.js';
import { printable } from '../read/index.js';
import type { Corpus, EntityType } from '../types.js';
import { inputSize, streamArticles } from './article-stream.js';
import { StepTimer, type StepSeconds } from './build-timer.js';
import { checkJobs } from './check-jobs.js';
import { collectGarbage } from './collect-garbage.js';
import { DEFAULT_INPUT, DEFAULT_OUT } from './defaults.js';
import { discoverInputs } from './inputs.js';
import { loadLexicon } from './load-lexicon.js';
import { createProgress, progressModeFor, type Progress, type ProgressMode } from './progress.js';

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
  /**
   * Worker threads for recognition. By default the machine's parallelism, started when the input is big enough to pay
   * for them (WORKER_PAYBACK_SECONDS); given explicitly, they start from SEQUENTIAL_MAX_ARTICLES articles to recognise.
   * 1 = main thread only.
   */
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

/** What a build did: duplicates, recognition and cache figures, seconds per step. */
export interface BuildReport {
  /** Articles dropped because an earlier one has the same text; articles kept under a new id; bad JSONL lines skipped. */
  duplicates: number;
  renamed: number;
  skipped: number;
  /** Distinct texts recognised in this build, and taken from the cache. */
  extracted: number;
  cached: number;
  workers: number;
  /** Entities before --top/--types. */
  allEntities: number;
  cache?: CacheStats & { folder: string };
  seconds: StepSeconds;
  cpuSeconds: StepSeconds;
}

/** Builds the graph files from articles; returns the graph (after any cut), the written files and a report. */
export async function runBuild(inputs: string[], options: BuildCommandOptions = {}): Promise<{ graph: KnowledgeGraph; files: string[]; report: BuildReport }> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.quiet ? () => {} : (options.log ?? ((line: string) => process.stderr.write(line + '\n')));
  const timer = new StepTimer();
  // 1. Options, lexicon, inputs, cache, progress.
  checkBuildOptions(options);
  const cut = options.top !== undefined || options.types !== undefined ? resolveCutOptions({ top: options.top, types: options.types, importance: new Map() }) : undefined;
  const lexicon = await loadLexicon(options.lexicon ?? [], options.useLexicon !== false, cwd);
  const paths = await discoverInputs(inputs.length > 0 ? inputs : [DEFAULT_INPUT], cwd);
  const out = resolve(cwd, options.out ?? DEFAULT_OUT);
  const cache = options.cache === false ? undefined : await openCache(resolve(cwd, options.cacheDir ?? join(out, CACHE_DIR_NAME)), lexicon.entries);
  const progressStream = options.progressStream ?? process.stderr;
  const mode = options.progress ?? progressModeFor(Boolean(options.quiet), progressStream as { isTTY?: boolean });
  const totalBytes = await inputSize(paths, cwd);
  const progress = createProgress(mode, totalBytes, progressStream);
  try {
    // 2. Recognise (cache, workers), resolve, find relations, build the graph (cut when asked).
    const { graph, figures } = await extractAndBuild({ paths, totalBytes, cwd, lexicon, cache, progress, timer, options, log, cut });
    // 3. Layout (what extraction left behind collected first: the peak RSS of big builds stays lower).
    collectGarbage();
    progress.stage(`laying out ${graph.order} nodes`);
    if (options.layout === false) placeInitially(graph);
    else layoutGraph(graph, options.layoutTime !== undefined ? { timeLimit: options.layoutTime * 1000 } : {});
    timer.end('layout');
    // 4. Export, each file atomically.
    progress.stage('writing files');
    collectGarbage();
    const files = await exportGraph(graph, out);
    timer.end('export');
    progress.stop();
    const report: BuildReport = { ...figures, seconds: timer.seconds, cpuSeconds: timer.cpuSeconds };
    log(summarize(graph, report));
    return { graph, files, report };
  } finally {
    progress.stop();
  }
}

interface ExtractContext {
  paths: string[];
  totalBytes: number;
  cwd: string;
  lexicon: Lexicon;
  cache: RecognitionCache | undefined;
  progress: Progress;
  timer: StepTimer;
  options: BuildCommandOptions;
  log: (line: string) => void;
  cut: CutOptions | undefined;
}

/**
 * Steps extract, resolve and graph. The recognised articles and the corpus live only in here, so that they are freed
 * before the layout and the export (the graph keeps what the files need).
 */
async function extractAndBuild(context: ExtractContext): Promise<{ graph: KnowledgeGraph; figures: Omit<BuildReport, 'seconds' | 'cpuSeconds'> }> {
  const { corpus, ...figures } = await extractArticles(context);
  context.progress.stage('building the graph');
  const graph = buildCutGraph(corpus, context.cut);
  context.timer.end('graph');
  return { graph, figures: { ...figures, allEntities: corpus.entities.length } };
}

async function extractArticles({ paths, totalBytes, cwd, lexicon, cache, progress, timer, options, log }: ExtractContext) {
  let skipped = 0;
  const articles = streamArticles(paths, cwd, {
    maxFileSize: options.maxFileSize,
    skipBad: options.skipBad,
    onSkip: (file, line, reason) => {
      skipped++;
      log(`${printable(file)}:${line}: skipped (${printable(reason)})`);
    },
  });
  const { recognized, extracted, cached, workers } = await recognizeCorpus(articles, {
    lexicon,
    jobs: options.jobs,
    workers: options.jobs === undefined ? 'auto' : 'eager',
    totalBytes,
    keyOf: contentHash,
    store: cache,
    onProgress: progress.update,
  });
  const cacheStats = await cache?.close();
  timer.end('extract');
  progress.stage('resolving entities and relations');
  const { corpus, duplicates, renamed } = extractCorpus(recognized, lexicon);
  timer.end('resolve');
  return { corpus, duplicates, renamed, skipped, extracted, cached, workers, cache: cache && cacheStats ? { ...cacheStats, folder: cache.folder } : undefined };
}

/** The graph of the corpus; with --top/--types, the graph of the cut corpus (importance from the whole graph). */
function buildCutGraph(full: Corpus, cut: CutOptions | undefined): KnowledgeGraph {
  const graph = buildGraph(full);
  if (!cut) return graph;
  const importance = new Map(full.entities.map((e) => [e.id, graph.getNodeAttribute(nodeKey(e.id), 'importance')] as const));
  return buildGraph(cutCorpus(full, { ...cut, importance }));
}

function checkBuildOptions(options: BuildCommandOptions): void {
  const { maxFileSize, jobs, layoutTime } = options;
  if (maxFileSize !== undefined && (typeof maxFileSize !== 'number' || !(maxFileSize > 0) || !Number.isFinite(maxFileSize))) {
    const mb = Number(maxFileSize) / (1024 * 1024);
    const given = Number.isNaN(mb) ? 'not a number' : `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB is not a positive finite size`;
    throw new OptionsError(`--max-file-size: ${given} — pass a number of MB above 0, e.g. --max-file-size 300`);
  }
  checkJobs(jobs);
  if (layoutTime !== undefined && !(typeof layoutTime === 'number' && layoutTime > 0 && Number.isFinite(layoutTime))) {
    throw new OptionsError(`--layout-time: ${String(layoutTime)} is not a positive number of seconds — pass e.g. --layout-time 10`);
  }
}

/** The cache of this extractor (version, code fingerprint) and lexicon. */
async function openCache(root: string, entries: LexiconEntry[]): Promise<RecognitionCache> {
  const key = contentHash(`${await extractorFingerprint()}\n${lexiconHash(entries)}`);
  return RecognitionCache.open(join(root, RECOGNITION_DIR_NAME), `v${EXTRACTOR_VERSION}-${key.slice(0, 24)}`);
}

/** The summary printed after a build: articles, entities by type, relations (graph edges) by type, time per step. */
export function summarize(graph: KnowledgeGraph, report: BuildReport): string {
  const count = (values: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const notes = [
    report.duplicates ? `${plural(report.duplicates, 'duplicate')} counted once` : '',
    report.renamed ? `${plural(report.renamed, 'repeated id')} renamed id~2…` : '',
    report.skipped ? `${report.skipped} bad lines skipped` : '',
  ].filter(Boolean);
  const kept = graph.order < report.allEntities ? ` of ${report.allEntities}` : '';
  const s = report.seconds;
  const workers = report.workers > 0 ? ` on ${plural(report.workers, 'worker')}` : '';
  const cache = report.cache
    ? `, ${report.cached} from cache${report.cache.corrupt ? ` (${report.cache.corrupt} unreadable entries recomputed)` : ''}`
    : ', no cache';
  return [
    `articles: ${graph.getAttribute('articles').length}${notes.length ? ` (${notes.join(', ')})` : ''}`,
    `entities: ${graph.order}${kept} (${count(graph.mapNodes((_, a) => a.entityType))})`,
    `relations: ${graph.size} (${count(graph.mapEdges((_, a) => a.relation))})`,
    `time: ${s.total.toFixed(2)} s (extract ${s.extract.toFixed(2)}: ${report.extracted} extracted${workers}${cache}; resolve ${s.resolve.toFixed(2)}; graph ${s.graph.toFixed(2)}; layout ${s.layout.toFixed(2)}; export ${s.export.toFixed(2)})`,
    ...(report.cache?.writeError ? [`cache: not written (${report.cache.writeError}) — check that ${report.cache.folder} is writable, or pass --no-cache`] : []),
  ].join('\n');
}
