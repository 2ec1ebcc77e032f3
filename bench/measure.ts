/** Runs `node bin/kg.js …` and Python scripts as child processes and reads their figures. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';

/** What one `kg build` run reported. */
export interface KgRun {
  wall: number;
  /** Peak resident memory of the whole process (all threads), MB. */
  maxRssMb: number;
  /** Seconds per step, from the summary line. */
  steps: Record<'total' | 'extract' | 'resolve' | 'graph' | 'layout' | 'export', number>;
  extracted: number;
  cached: number;
  entities: number;
  relations: number;
  articles: number;
}

const STEP = /^time: ([\d.]+) s \(extract ([\d.]+): (\d+) extracted[^,;]*(?:, (\d+) from cache)?[^;]*; resolve ([\d.]+); graph ([\d.]+); layout ([\d.]+); export ([\d.]+)\)$/m;

/**
 * `node bin/kg.js ARGS` under /usr/bin/time -v (peak RSS of the whole process); without it, the child prints its own
 * process.resourceUsage().maxRSS through bench/max-rss.mjs, loaded with --import.
 */
export function runKg(args: string[]): KgRun {
  const viaTime = existsSync(TIME);
  const command = viaTime ? TIME : process.execPath;
  const argv = viaTime ? ['-v', process.execPath, 'bin/kg.js', ...args] : ['--import', './bench/max-rss.mjs', 'bin/kg.js', ...args];
  const started = performance.now();
  const run = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`kg ${args.join(' ')} failed (${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const rss = viaTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr) : /KG_MAX_RSS_KB=(\d+)/.exec(run.stderr);
  const step = STEP.exec(run.stdout);
  if (!step || !rss) throw new Error(`kg ${args.join(' ')}: no summary or memory figure in its output:\n${run.stdout}\n${run.stderr.slice(-500)}`);
  const count = (label: string) => Number(new RegExp(`^${label}: (\\d+)`, 'm').exec(run.stdout)?.[1] ?? NaN);
  return {
    wall,
    maxRssMb: Number(rss[1]) / 1024,
    steps: { total: +step[1], extract: +step[2], resolve: +step[5], graph: +step[6], layout: +step[7], export: +step[8] },
    extracted: Number(step[3]),
    cached: Number(step[4] ?? 0),
    entities: count('entities'),
    relations: count('relations'),
    articles: count('articles'),
  };
}

/** The Python with jieba and networkx (Debian's /usr/bin/python3 first), or undefined. */
export function findPython(): string | undefined {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import jieba, networkx'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return undefined;
}

/** The figures bench/jieba_baseline.py prints, plus its wall-clock time and peak RSS. */
export interface BaselineRun {
  chars: number;
  seconds: number;
  tagging_seconds: number;
  nodes: number;
  edges: number;
  wall: number;
  maxRssMb: number;
}

export function runBaseline(python: string, corpus: string, out: string): BaselineRun {
  const viaTime = existsSync(TIME);
  const started = performance.now();
  const run = spawnSync(viaTime ? TIME : python, [...(viaTime ? ['-v', python] : []), 'bench/jieba_baseline.py', corpus, out], { cwd: ROOT, encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`jieba_baseline.py failed: ${run.stderr.slice(-500)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  return { ...JSON.parse(run.stdout.trim().split('\n').pop()!), wall, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
