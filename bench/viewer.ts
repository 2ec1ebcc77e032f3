/**
 * Viewer benchmark: seeded graphs of 5k nodes / 20k edges and 20k / 80k, timed in headless Chromium from
 * navigation to the first rendered frame and to a search result, beside a bare sigma page rendering the
 * same graph in the same run. Run: npm run build:viewer && npx tsx bench/viewer.ts [--runs 3]
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../src/serve/index.js';
import { launchBrowser } from '../tests/e2e/browser.js';
import { generateGraph } from './viewer-graph.js';

const REPO = resolve(import.meta.dirname, '..');
const SIZES = [
  { nodes: 5_000, edges: 20_000 },
  { nodes: 20_000, edges: 80_000 },
];
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Math.max(1, Number(process.argv[runsArgument + 1]) || 3) : 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Milliseconds from navigation start to the first frame: `drawn` when the page's first-render mark is set
 * (the animation frame after sigma's first render), `painted` when the following frame starts, i.e. the
 * drawing commands have been executed (with a software GL that can be much later).
 */
async function firstFrame(page: Page, url: string): Promise<{ drawn: number; painted: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('kg-viewer:first-render').length > 0, undefined, { timeout: 300_000, polling: 50 });
  return page.evaluate(async () => {
    const drawn = performance.getEntriesByName('kg-viewer:first-render')[0]!.startTime;
    await new Promise((done) => requestAnimationFrame(done));
    return { drawn, painted: performance.now() };
  });
}

/** Types `query` right after the first frame; returns ms from navigation start, and from typing, to the first suggestion. */
async function searchResult(page: Page, query: string): Promise<{ sinceNavigation: number; latency: number }> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const typed = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (!document.querySelector('[role="option"]')) await new Promise((done) => setTimeout(done, 5));
    await new Promise((done) => requestAnimationFrame(done));
    const shown = performance.now();
    return { sinceNavigation: shown, latency: shown - typed };
  }, query);
}

async function main(): Promise<void> {
  // 1. The built viewer, and a bare sigma page built now.
  const viewerDist = join(REPO, 'viewer/dist');
  if (!existsSync(join(viewerDist, 'index.html'))) throw new Error('bench/viewer.ts: viewer/dist is missing — run npm run build:viewer first');
  const work = await mkdtemp(join(tmpdir(), 'kg-bench-'));
  const bareDist = join(work, 'bare');
  await build({ root: join(REPO, 'bench/viewer-bare'), base: './', logLevel: 'warn', configFile: false, build: { outDir: bareDist, emptyOutDir: true, target: 'es2022' } });

  // 2. Graphs, servers and a browser.
  const browser = await launchBrowser({ width: 1400, height: 900 });
  const rows: string[][] = [];
  try {
    for (const size of SIZES) {
      const graphDir = join(work, `graph-${size.nodes}`);
      const { json, sampleLabel } = generateGraph(size.nodes, size.edges);
      await mkdir(graphDir);
      await writeFile(join(graphDir, 'graph.json'), json);
      const viewer = await startServer({ root: viewerDist, graphDir, port: 0 });
      const bare = await startServer({ root: bareDist, graphDir, port: 0 });
      const query = [...sampleLabel].slice(1, 3).join('');
      const timings = { viewer: [] as number[], viewerPainted: [] as number[], bare: [] as number[], barePainted: [] as number[], search: [] as number[], latency: [] as number[] };
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.context.newPage();
        const bareFrame = await firstFrame(page, bare.url);
        timings.bare.push(bareFrame.drawn);
        timings.barePainted.push(bareFrame.painted);
        await page.close();
        const viewerPage = await browser.context.newPage();
        const viewerFrame = await firstFrame(viewerPage, viewer.url);
        timings.viewer.push(viewerFrame.drawn);
        timings.viewerPainted.push(viewerFrame.painted);
        const search = await searchResult(viewerPage, query);
        timings.search.push(search.sinceNavigation);
        timings.latency.push(search.latency);
        await viewerPage.close();
      }
      await viewer.close();
      await bare.close();
      rows.push([
        `${size.nodes / 1000}k / ${size.edges / 1000}k`, `${(json.length / 1e6).toFixed(1)} MB`,
        `${median(timings.bare).toFixed(0)} / ${median(timings.barePainted).toFixed(0)} ms`,
        `${median(timings.viewer).toFixed(0)} / ${median(timings.viewerPainted).toFixed(0)} ms`,
        `${median(timings.search).toFixed(0)} ms`, `${median(timings.latency).toFixed(0)} ms (“${query}”)`,
      ]);
    }
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }

  // 3. The table (medians).
  const header = ['graph (nodes / edges)', 'graph.json', 'bare sigma: first frame drawn / painted', 'viewer: first frame drawn / painted', 'viewer: search result', 'search latency'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`Headless Chromium (${RUNS} run(s) each, medians; times from navigation start)`);
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

await main();
