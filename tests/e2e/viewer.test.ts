/** End to end on the seed graph (a fresh build of graph/articles when the builder runs): draw, search, panel, filters, language, history, files, export. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewerOn } from './browser.js';
import { countPixels, FIXTURE_DIR, nodeDisplay, openViewer, prepareGraphDir, REPO, RESULTS_DIR, searchAndPick, watchPage, type GraphSource } from './setup.js';

let page: Page;
let problems: string[];
let source: GraphSource;
let graphJson: { nodes: { key: string; attributes: { entityType: string; label: string } }[]; edges: unknown[]; attributes: { entityTypes?: Record<string, { color?: string }> } };
const closers: (() => Promise<void>)[] = [];

const selectedKey = () => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('node'));
const summary = () => page.locator('.summary').textContent();
const clearSelection = async () => {
  const close = page.getByRole('button', { name: 'Close details' });
  if (await close.isVisible()) await close.click();
};

beforeAll(async () => {
  const graph = await prepareGraphDir();
  closers.push(graph.cleanup);
  source = graph.source;
  graphJson = JSON.parse(await readFile(join(graph.dir, 'graph.json'), 'utf8'));
  const viewer = await openViewerOn(graph.dir);
  closers.push(viewer.close);
  ({ page, problems } = viewer);
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe(`viewer on the seed graph`, () => {
  it('runs on the real seed graph, not the fixture', () => {
    console.info(`e2e graph: ${source} (${graphJson.nodes.length} nodes, ${graphJson.edges.length} edges)`);
    expect(source).not.toBe('fixture');
  });

  it('draws the graph on the canvas and counts every entity type in the legend', async () => {
    const pixels = await countPixels(page);
    expect(pixels.inked / pixels.total).toBeGreaterThan(0.01);
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-initial.png') });
    expect(await summary()).toContain(`${graphJson.nodes.length} / ${graphJson.nodes.length} entities`);
    const counts = new Map<string, number>();
    for (const node of graphJson.nodes) counts.set(node.attributes.entityType, (counts.get(node.attributes.entityType) ?? 0) + 1);
    for (const [type, count] of counts) {
      await expect(page.locator(`.legend label:has(input[data-key="${type}"]) .count`).textContent()).resolves.toBe(String(count));
    }
  });

  it('finds 飞腾 by any part of a name or pinyin, and moves through suggestions with the arrow keys', async () => {
    const input = page.getByRole('combobox', { name: 'Search entities' });
    for (const query of ['飞腾', 'feiteng', 'ft', 'Phytium']) {
      await input.fill(query);
      await expect(page.getByRole('option').first().textContent()).resolves.toContain('飞腾');
    }
    await input.fill('实验室');
    const options = page.getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    await expect(options.first().getAttribute('aria-selected')).resolves.toBe('true');
    await input.press('ArrowDown');
    await expect(options.nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(input.getAttribute('aria-activedescendant')).resolves.toBe(await options.nth(1).getAttribute('id'));
    await input.press('Escape');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('selects Phytium from the search and shows its MEMBER_OF relation to 信创谷 with the marked sentence', async () => {
    const cameraBefore = await page.evaluate(() => (document.getElementById('app') as unknown as { kgViewer: { camera(): unknown } }).kgViewer.camera());
    await searchAndPick(page, '飞腾');
    const panel = page.locator('aside.panel');
    await expect(panel.locator('h2').textContent()).resolves.toContain('飞腾');
    await expect(panel.locator('.subtitle').textContent()).resolves.toMatch(/Phytium/);
    const group = panel.locator('.relation-group[data-relation="MEMBER_OF"][data-direction="out"]');
    await expect(group.locator('.entity-link').first().textContent()).resolves.toContain('信创谷');
    const evidence = group.locator('.evidence').first();
    await expect(evidence.textContent()).resolves.toContain('集聚了飞腾、麒麟、曙光');
    await expect(evidence.locator('mark.mark-source').textContent()).resolves.toBe('飞腾');
    await expect(evidence.locator('mark.mark-target').textContent()).resolves.toContain('信创谷');
    await expect(evidence.locator('mark.mark-trigger').textContent()).resolves.toBe('集聚');
    const key = await selectedKey();
    expect(key).toContain('飞腾');
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (document.getElementById('app') as unknown as { kgViewer: { camera(): unknown } }).kgViewer.camera())).not.toEqual(cameraBefore);
    const display = await nodeDisplay(page, key!);
    expect(display?.highlighted).toBe(true);
    const box = await page.locator('.graph').boundingBox();
    expect(Math.abs(display!.x - box!.width / 2)).toBeLessThan(box!.width / 4);
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-selected-feiteng.png') });
  });

  it('shows the evidence of an edge clicked on the canvas', async () => {
    const feiteng = (await selectedKey())!;
    const target = await page.locator('.relation-group[data-relation="MEMBER_OF"] .entity-link').first().getAttribute('data-node');
    const [a, b] = [await nodeDisplay(page, feiteng), await nodeDisplay(page, target!)];
    const box = (await page.locator('.graph').boundingBox())!;
    const edge = `${feiteng}->${target}:MEMBER_OF`;
    // Walk along the edge until sigma reports it under the mouse (nodes or labels may cover parts of it).
    let point: { x: number; y: number } | null = null;
    for (let t = 0.2; t <= 0.8 && !point; t += 0.05) {
      const candidate = { x: box.x + a!.x + (b!.x - a!.x) * t, y: box.y + a!.y + (b!.y - a!.y) * t };
      await page.mouse.move(candidate.x, candidate.y);
      const hovered = await page.evaluate(() => (document.getElementById('app') as unknown as { kgViewer: { hovered(): { edge: string | null } } }).kgViewer.hovered());
      if (hovered.edge === edge) point = candidate;
    }
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const panel = page.locator('aside.panel');
    await expect(panel.locator('h2 code').textContent()).resolves.toBe('MEMBER_OF');
    await expect(panel.locator('.evidence').first().textContent()).resolves.toContain('集聚了飞腾');
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(panel.isHidden()).resolves.toBe(true);
  });

  it('hides the entities of an unchecked type, and shows them again', async () => {
    await clearSelection();
    const companyColor = graphJson.attributes.entityTypes?.Company?.color ?? '#0072b2';
    const before = await countPixels(page, companyColor);
    expect(before.matching).toBeGreaterThan(50);
    const companies = graphJson.nodes.filter((node) => node.attributes.entityType === 'Company');
    await page.locator('input[data-key="Company"]').uncheck();
    const after = await countPixels(page, companyColor);
    expect(after.matching).toBeLessThan(before.matching / 10);
    expect(await summary()).toContain(`${graphJson.nodes.length - companies.length} / ${graphJson.nodes.length} entities`);
    expect((await nodeDisplay(page, companies[0]!.key))?.hidden).toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain('types=');
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-no-companies.png') });
    await page.locator('input[data-key="Company"]').check();
    expect((await nodeDisplay(page, companies[0]!.key))?.hidden).toBe(false);
  });

  it('switches labels between Chinese and English, and Back restores the previous view', async () => {
    await searchAndPick(page, '信创谷');
    const key = (await selectedKey())!;
    const zh = await nodeDisplay(page, key);
    expect(zh?.label).toBe('信创谷');
    await page.getByText('English', { exact: true }).click();
    await expect.poll(async () => (await nodeDisplay(page, key))?.label).toBe('Xinchuang Valley');
    await expect(page.locator('aside.panel h2').textContent()).resolves.toBe('Xinchuang Valley');
    await expect(page.locator('.legend label:has(input[data-key="Company"]) .filter-name').textContent()).resolves.toMatch(/^Company$/i);
    expect(await page.evaluate(() => location.hash)).toContain('lang=en');
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-english.png') });
    await page.goBack();
    await expect.poll(async () => (await nodeDisplay(page, key))?.label).toBe('信创谷');
    await page.goForward();
    await expect.poll(async () => (await nodeDisplay(page, key))?.label).toBe('Xinchuang Valley');
    await page.getByText('中文', { exact: true }).click();
  });

  it('runs ForceAtlas2 in a worker, removes overlaps and returns to the precomputed layout', async () => {
    await clearSelection();
    const key = graphJson.nodes[0]!.key;
    const original = await nodeDisplay(page, key);
    await page.getByRole('button', { name: 'Run ForceAtlas2' }).click();
    await expect(page.locator('[data-action="forceatlas2"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(async () => (await nodeDisplay(page, key))?.x, { timeout: 10_000 }).not.toBeCloseTo(original!.x, 0);
    await page.getByRole('button', { name: 'Stop ForceAtlas2' }).click();
    await expect(page.locator('[data-action="forceatlas2"]').getAttribute('aria-pressed')).resolves.toBe('false');
    await page.getByRole('button', { name: 'Remove overlaps' }).click();
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-forceatlas2.png') });
    await page.getByRole('button', { name: 'Original layout' }).click();
    await expect.poll(async () => (await nodeDisplay(page, key))?.x).toBeCloseTo(original!.x, 0);
    expect((await nodeDisplay(page, key))?.y).toBeCloseTo(original!.y, 0);
  });

  it('keeps the graph and says why when an opened file is broken', async () => {
    await page.locator('input[type="file"]').setInputFiles(join(FIXTURE_DIR, 'broken-graph.json'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/broken-graph\.json: not valid JSON .*The current graph stays\./);
    expect(await summary()).toContain(`/ ${graphJson.nodes.length} entities`);
    expect((await countPixels(page)).inked).toBeGreaterThan(1000);
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-broken-file.png') });
    problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes('Failed to load resource')));
  });

  it('exports the current view as GEXF that parses back', async () => {
    await page.locator('input[data-key="Company"]').uncheck();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GEXF' }).click()]);
    expect(download.suggestedFilename()).toBe('kg-view.gexf');
    const xml = await readFile((await download.path())!, 'utf8');
    const exported = parse(Graph, xml);
    const companies = graphJson.nodes.filter((node) => node.attributes.entityType === 'Company').length;
    expect(exported.order).toBe(graphJson.nodes.length - companies);
    exported.forEachNode((_, a) => {
      expect(a.entityType).not.toBe('Company');
      expect(typeof a.labelEn).toBe('string');
      expect(String(a.color)).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
    });
    exported.forEachEdge((_, a) => expect(a.kind).toBe(a.relation));
    await page.locator('input[data-key="Company"]').check();
  });

  it('exports PNG and JSON downloads', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    const data = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(data.nodes).toHaveLength(graphJson.nodes.length);
  });

  it('opens a shared view from the URL (the README screenshot with KG_SCREENSHOT=docs/viewer.png)', async () => {
    const shared = await page.context().newPage();
    const sharedProblems = watchPage(shared);
    await openViewer(shared, `${new URL(page.url()).origin}/#node=${encodeURIComponent('信创谷')}`);
    await expect(shared.locator('aside.panel h2').textContent()).resolves.toBe('信创谷');
    // The four members of 集聚了飞腾、麒麟、曙光、360 share one item: the sentence once, each member marked.
    const members = shared.locator('aside.panel .relation-group[data-relation="MEMBER_OF"][data-direction="in"] .relation.shared');
    await expect(members.count()).resolves.toBe(1);
    await expect(members.locator('.entity-link').count()).resolves.toBe(4);
    await expect(members.locator('.evidence').count()).resolves.toBe(1);
    await expect(members.locator('mark.mark-source').allTextContents()).resolves.toEqual(['飞腾', '麒麟', '曙光', '360']);
    await shared.waitForTimeout(800);
    await shared.screenshot({ path: resolve(REPO, process.env.KG_SCREENSHOT ?? join(RESULTS_DIR, 'viewer-shared-view.png')) });
    expect(sharedProblems).toEqual([]);
    await shared.close();
  });

  it('raised no dialog, page error or console error', () => {
    expect(problems).toEqual([]);
  });
});
