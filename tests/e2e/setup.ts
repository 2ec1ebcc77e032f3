/** E2E setup: a graph folder (fresh build of graph/articles, else graph/out, else the fixture), the built viewer, page helpers. */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/serve/index.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const VIEWER_DIST = join(REPO, 'viewer/dist');
export const FIXTURE_DIR = join(REPO, 'tests/fixtures/viewer');
export const RESULTS_DIR = join(REPO, 'test-results');

/** Where the graph under test came from. */
export type GraphSource = 'fresh build' | 'graph/out' | 'fixture';

/** Builds graph/articles into a temp folder with the project CLI; falls back to graph/out, then to the fixture. */
export async function prepareGraphDir(): Promise<{ dir: string; source: GraphSource; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-e2e-graph-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  if (existsSync(join(REPO, 'src/cli/index.ts'))) {
    try {
      await promisify(execFile)('npx', ['tsx', 'src/cli/index.ts', 'build', '--out', dir, '--quiet'], { cwd: REPO, timeout: 150_000 });
      if (existsSync(join(dir, 'graph.json'))) return { dir, source: 'fresh build', cleanup };
    } catch {
      // the builder may be mid-change: use what exists
    }
  }
  if (existsSync(join(REPO, 'graph/out/graph.json'))) {
    await cleanup();
    return { dir: join(REPO, 'graph/out'), source: 'graph/out', cleanup: async () => undefined };
  }
  await copyFile(join(FIXTURE_DIR, 'small-graph.json'), join(dir, 'graph.json'));
  return { dir, source: 'fixture', cleanup };
}

/** A folder serving the hand-made fixture as graph.json. */
export async function fixtureGraphDir(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-e2e-fixture-'));
  await copyFile(join(FIXTURE_DIR, 'small-graph.json'), join(dir, 'graph.json'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Serves the built viewer with `graphDir`; the viewer must have been built (npm run test:e2e does it). */
export async function serveViewer(graphDir: string): Promise<RunningServer> {
  if (!existsSync(join(VIEWER_DIST, 'index.html'))) throw new Error('viewer/dist is missing — run `npm run build:viewer` (npm run test:e2e does it first)');
  await mkdir(RESULTS_DIR, { recursive: true });
  return startServer({ root: VIEWER_DIST, graphDir, port: 0 });
}

/** Fails the test on any dialog, page error or CSP violation; returns the collected problems. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

/** Opens the viewer and waits for its first frame. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout: 30_000 });
}

/** Counts pixels of the graph area that differ from white, and those close to `color` ('#rrggbb'), from a screenshot. */
export async function countPixels(page: Page, color?: string): Promise<{ total: number; inked: number; matching: number }> {
  await page.waitForTimeout(150);
  const png = await page.locator('.graph').screenshot();
  return page.evaluate(async ([data, target]) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const rgb = target ? [1, 3, 5].map((i) => parseInt(target.slice(i, i + 2), 16)) : null;
    let inked = 0, matching = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r < 245 || g < 245 || b < 245) inked++;
      if (rgb && Math.abs(r - rgb[0]!) + Math.abs(g - rgb[1]!) + Math.abs(b - rgb[2]!) < 24) matching++;
    }
    return { total: pixels.length / 4, inked, matching };
  }, [png.toString('base64'), color ?? null] as const);
}

/** Reads the viewer's inspection handle (sigma display data of a node). */
export function nodeDisplay(page: Page, key: string) {
  return page.evaluate((node) => (document.getElementById('app') as unknown as { kgViewer: { nodeDisplay(key: string): { label: string | null; hidden: boolean; color: string; highlighted: boolean; x: number; y: number } | null } }).kgViewer.nodeDisplay(node), key);
}

/** Types into the search box and picks the first suggestion with Enter. */
export async function searchAndPick(page: Page, query: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Search entities' });
  await input.fill(query);
  await page.getByRole('option').first().waitFor();
  await input.press('Enter');
}

/** Opens `content` as the file `name` through the viewer's file picker, as a user would; the file is written in `dir` first (large files go fast) and must stay there while the page reads it. */
export async function openGraphFile(page: Page, dir: string, name: string, content: string | Buffer): Promise<void> {
  await writeFile(join(dir, name), content);
  await page.locator('input[type="file"]').setInputFiles(join(dir, name));
}

/** How long the page takes to answer a script from the test (ms); Infinity when it does not answer within `limitMs` (a hung main thread). */
export async function responseTime(page: Page, limitMs = 5_000): Promise<number> {
  const start = performance.now();
  const answered = await Promise.race([
    page.evaluate(() => new Promise<boolean>((done) => requestAnimationFrame(() => done(true)))),
    new Promise<boolean>((done) => setTimeout(() => done(false), limitMs)),
  ]);
  return answered ? performance.now() - start : Number.POSITIVE_INFINITY;
}
