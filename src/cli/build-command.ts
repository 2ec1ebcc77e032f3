import { resolve } from 'node:path';
import { exportGraph } from '../export/index.js';
import { buildGraph } from '../graph/index.js';
import { layoutGraph, placeInitially } from '../layout/index.js';
import { extractCorpus, recognizeArticle, type RecognizedArticle } from '../pipeline/index.js';
import { readArticles } from '../read/index.js';
import type { Corpus } from '../types.js';
import { DEFAULT_INPUT, DEFAULT_OUT } from './defaults.js';
import { discoverInputs, loadInputFile } from './inputs.js';
import { loadLexicon } from './load-lexicon.js';

/** Options of `kg build`. */
export interface BuildCommandOptions {
  out?: string;
  lexicon?: string[];
  useLexicon?: boolean;
  layout?: boolean;
  quiet?: boolean;
  skipBad?: boolean;
  maxFileSize?: number;
  cwd?: string;
  log?: (line: string) => void;
}

/** Builds the graph files from articles: read → extract → graph → layout → export; returns the corpus and written files. */
export async function runBuild(inputs: string[], options: BuildCommandOptions = {}): Promise<{ corpus: Corpus; files: string[] }> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.quiet ? () => {} : (options.log ?? ((line: string) => process.stderr.write(line + '\n')));
  const started = performance.now();
  // 1. Lexicon and inputs.
  const lexicon = await loadLexicon(options.lexicon ?? [], options.useLexicon !== false, cwd);
  const paths = await discoverInputs(inputs.length > 0 ? inputs : [DEFAULT_INPUT], cwd);
  // 2. Read and recognise each article.
  const recognized: RecognizedArticle[] = [];
  let skipped = 0;
  for (const path of paths) {
    const file = await loadInputFile(path, cwd, { maxFileSize: options.maxFileSize });
    const articles = readArticles(file, { skipBad: options.skipBad, onSkip: (line, reason) => {
      skipped++;
      log(`${file.path}:${line}: skipped (${reason})`);
    } });
    for (const article of articles) recognized.push(recognizeArticle(article, lexicon));
  }
  // 3. Resolve, relations, graph, layout.
  const { corpus } = extractCorpus(recognized, lexicon);
  const graph = buildGraph(corpus);
  if (options.layout === false) placeInitially(graph);
  else layoutGraph(graph);
  // 4. Export, each file atomically.
  const files = await exportGraph(graph, resolve(cwd, options.out ?? DEFAULT_OUT));
  log(summarize(corpus, skipped, performance.now() - started));
  return { corpus, files };
}

/** The short summary printed after a build: articles, entities by type, relations by type, time. */
export function summarize(corpus: Corpus, skipped: number, ms: number): string {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const edges = new Set(corpus.relations.map((r) => `${r.source}\u0000${r.target}\u0000${r.relation}`));
  return [
    `articles: ${corpus.articles.length}${skipped ? ` (${skipped} bad lines skipped)` : ''}`,
    `entities: ${corpus.entities.length} (${count(corpus.entities.map((e) => e.type))})`,
    `relations: ${edges.size} (${count([...edges].map((k) => k.split('\u0000')[2]))})`,
    `time: ${(ms / 1000).toFixed(2)} s`,
  ].join('\n');
}
