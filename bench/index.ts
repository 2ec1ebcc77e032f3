/**
 * npm run bench -- [--runs N] [--sizes 1000,10000] [--baseline-max N] [--no-baseline] [--msra FILE] [--work DIR]
 *
 * Builds real news (the MSRA sentences of ../shared, grouped into ~2,000-character articles) and synthetic corpora
 * through the real CLI (`node bin/kg.js build`), each measurement `--runs` times (median): extraction MB/s, build time
 * with and without layout, layout and export time, peak RSS; the same corpora through bench/jieba_baseline.py (jieba
 * POS tagging + networkx) in the same run; a rebuild after adding one article to the largest corpus. Prints Markdown.
 */
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extraArticle, msraCorpus, syntheticCorpus, type BenchCorpus } from './corpora.js';
import { findPython, median, ROOT, runBaseline, runKg, type BaselineRun, type KgRun } from './measure.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '1000,10000' },
    'baseline-max': { type: 'string', default: '1000' },
    'no-baseline': { type: 'boolean', default: false },
    msra: { type: 'string', default: resolve(ROOT, '../shared/ner-dev/msra-val/sentences.txt') },
    work: { type: 'string' },
  },
});
const runs = Number(values.runs);
const sizes = values.sizes!.split(',').map(Number).filter((n) => n > 0);
const work = values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'kg-bench-'));
mkdirSync(work, { recursive: true });
const log = (line: string) => process.stderr.write(`${line}\n`);
const MB = 1024 * 1024;
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

interface CorpusResult {
  corpus: BenchCorpus;
  noLayout: KgRun[];
  withLayout: KgRun[];
  baseline?: BaselineRun;
}

/** `runs` cold builds (no cache) of a corpus, with or without layout. */
function builds(corpus: BenchCorpus, layout: boolean): KgRun[] {
  return Array.from({ length: runs }, (_, i) => {
    const out = join(work, `out-${corpus.articles}-${layout ? 'layout' : 'nolayout'}`);
    const run = runKg(['build', corpus.file, '--out', out, '--no-cache', ...(layout ? [] : ['--no-layout'])]);
    log(`  ${corpus.name}, ${layout ? 'with' : 'without'} layout, run ${i + 1}: ${fmt(run.wall)} s, extract ${fmt(run.steps.extract)} s, ${fmt(run.maxRssMb, 0)} MB`);
    return run;
  });
}

async function main(): Promise<void> {
  const started = new Date();
  const load = loadavg();
  log(`kg bench: ${runs} run(s), work folder ${work}`);
  // 1. Corpora.
  const corpora: BenchCorpus[] = [];
  const msra = await msraCorpus(resolve(values.msra!), work);
  if (msra) corpora.push(msra);
  for (const size of sizes) corpora.push(await syntheticCorpus(size, work));
  const python = values['no-baseline'] ? undefined : findPython();
  if (!values['no-baseline'] && !python) log('  no Python with jieba and networkx: apt-get install python3-jieba python3-networkx — baseline skipped');
  // 2. Builds and baseline, corpus by corpus.
  const results: CorpusResult[] = [];
  for (const corpus of corpora) {
    log(`${corpus.name}: ${corpus.articles} articles, ${fmt(corpus.bytes / MB)} MB`);
    const result: CorpusResult = { corpus, noLayout: builds(corpus, false), withLayout: builds(corpus, true) };
    if (python && corpus.articles <= Number(values['baseline-max'])) {
      result.baseline = runBaseline(python, corpus.file, join(work, `baseline-${corpus.articles}.gexf`));
      log(`  jieba + networkx: ${fmt(result.baseline.seconds)} s`);
    }
    results.push(result);
  }
  // 3. Incremental: the largest synthetic corpus, cold with an empty cache, then with one article more.
  const largest = corpora[corpora.length - 1];
  const growing = join(work, 'growing.jsonl');
  copyFileSync(largest.file, growing);
  const incrementalOut = join(work, 'out-incremental');
  rmSync(incrementalOut, { recursive: true, force: true });
  const cold = runKg(['build', growing, '--out', incrementalOut]);
  appendFileSync(growing, extraArticle());
  const warm = runKg(['build', growing, '--out', incrementalOut]);
  log(`incremental: cold ${fmt(cold.wall)} s, one article more ${fmt(warm.wall)} s (${warm.extracted} extracted)`);
  // 4. A graph the viewer can draw: the 2,000 most important entities of the largest corpus.
  const topOut = join(work, 'out-top');
  const top = runKg(['build', growing, '--out', topOut, '--top', '2000']);
  const sizeOf = (dir: string) => statSync(join(dir, 'graph.json')).size / MB;
  // 5. Report.
  const report = renderReport({ started, load, results, cold, warm, largest, top, fullJsonMb: sizeOf(incrementalOut), topJsonMb: sizeOf(topOut) });
  process.stdout.write(report);
  writeFileSync(join(work, 'report.md'), report);
  log(`report: ${join(work, 'report.md')}`);
}

function renderReport(r: {
  started: Date;
  load: number[];
  results: CorpusResult[];
  cold: KgRun;
  warm: KgRun;
  largest: BenchCorpus;
  top: KgRun;
  fullJsonMb: number;
  topJsonMb: number;
}): string {
  const cpu = cpus();
  const lines = [
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 1024 ** 3, 0)} GB RAM (${fmt(freemem() / 1024 ** 3, 0)} GB free), Node ${process.version}, ${process.platform}.`,
    `Date: ${r.started.toISOString().slice(0, 16).replace('T', ' ')} UTC. Load average at start ${r.load.map((l) => fmt(l, 2)).join(' / ')}, at end ${loadavg().map((l) => fmt(l, 2)).join(' / ')} (1/5/15 min).`,
    `Runs: ${runs} per figure, median; cold builds (\`--no-cache\`), wall-clock time of the whole \`node bin/kg.js build\` process, peak RSS of the whole process (all threads).`,
    '',
    '| corpus | articles | MB | extraction MB/s | build, no layout (s) | build with layout (s) | layout (s) | export (s) | peak RSS (MB) | entities | relations |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { corpus, noLayout, withLayout } of r.results) {
    const mbps = median(noLayout.map((run) => corpus.bytes / MB / run.steps.extract));
    lines.push(
      `| ${corpus.name} | ${corpus.articles.toLocaleString('en')} | ${fmt(corpus.bytes / MB)} | ${fmt(mbps, 2)} | ${fmt(median(noLayout.map((x) => x.wall)))} | ${fmt(median(withLayout.map((x) => x.wall)))} | ${fmt(median(withLayout.map((x) => x.steps.layout)))} | ${fmt(median(withLayout.map((x) => x.steps.export)))} | ${fmt(Math.max(...withLayout.map((x) => x.maxRssMb)), 0)} | ${withLayout[0].entities.toLocaleString('en')} | ${withLayout[0].relations.toLocaleString('en')} |`,
    );
  }
  const withBaseline = r.results.filter((x) => x.baseline);
  if (withBaseline.length > 0) {
    lines.push('', '| corpus | jieba + networkx (s) | its chars/s | kg extraction chars/s | ratio | kg build, no layout (s) | end-to-end ratio |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { corpus, noLayout, baseline } of withBaseline) {
      const theirs = baseline!.chars / baseline!.seconds;
      const ours = median(noLayout.map((run) => corpus.chars / run.steps.extract));
      const build = median(noLayout.map((x) => x.wall));
      lines.push(`| ${corpus.name} | ${fmt(baseline!.seconds)} | ${Math.round(theirs).toLocaleString('en')} | ${Math.round(ours).toLocaleString('en')} | ${fmt(ours / theirs)}× | ${fmt(build)} | ${fmt(baseline!.seconds / build)}× |`);
    }
  }
  lines.push(
    '',
    `Incremental (${r.largest.name}): cold build with an empty cache ${fmt(r.cold.wall)} s (${r.cold.extracted.toLocaleString('en')} extracted); after adding one article ${fmt(r.warm.wall)} s (${r.warm.extracted} extracted, ${r.warm.cached.toLocaleString('en')} from cache) = ${fmt((100 * r.warm.wall) / r.cold.wall, 0)} % of the cold build. Steps of the rebuild: extract ${fmt(r.warm.steps.extract)}, resolve ${fmt(r.warm.steps.resolve)}, graph ${fmt(r.warm.steps.graph)}, layout ${fmt(r.warm.steps.layout)}, export ${fmt(r.warm.steps.export)} s.`,
    `Viewer: graph.json of the whole graph ${fmt(r.fullJsonMb)} MB (${r.cold.entities.toLocaleString('en')} entities); with \`--top 2000\` ${fmt(r.topJsonMb)} MB, built in ${fmt(r.top.wall)} s.`,
    '',
  );
  return lines.join('\n');
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 1;
});
