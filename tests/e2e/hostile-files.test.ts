/** End to end: graph files built to hurt the viewer (see hostile-payloads.ts) — entity bombs, external entities, 10 MB labels, huge lists, nodes without positions, unknown attributes, reserved keys. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewerOn } from './browser.js';
import { doctypeFiles, gexfGraph, hugeListsJson, unknownAttributesGexf, unknownAttributesJson } from './hostile-payloads.js';
import { fixtureGraphDir, nodeDisplay, openGraphFile, openViewer, responseTime, RESULTS_DIR, searchAndPick, serveViewer, watchPage } from './setup.js';

let page: Page;
let problems: string[];
let origin: string;
let filesDir: string;
const requests: string[] = [];
const closers: (() => Promise<void>)[] = [];

/** The longest name the viewer draws or prints (with its ellipsis). */
const SHOWN_LABEL_MAX = 121;
/** A page that answers a script within this time is not hung. */
const RESPONSIVE_MS = 2_000;

const summary = () => page.locator('.summary').textContent();
const alertText = () => page.getByRole('alert').textContent();
const statusText = () => page.getByRole('status').filter({ hasText: 'Opened' }).textContent();
const pwned = () => page.evaluate(() => (window as unknown as { kgPwned?: unknown }).kgPwned ?? null);
const injected = () => page.evaluate(() => document.querySelectorAll('img, svg, iframe, object, embed, script:not([src]), a[href^="javascript"]').length);

beforeAll(async () => {
  const fixture = await fixtureGraphDir();
  closers.push(fixture.cleanup);
  filesDir = await mkdtemp(join(tmpdir(), 'kg-e2e-hostile-'));
  closers.push(() => rm(filesDir, { recursive: true, force: true }));
  const viewer = await openViewerOn(fixture.dir);
  closers.push(viewer.close);
  ({ page, problems } = viewer);
  origin = new URL(viewer.url).origin;
  page.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe('hostile graph files', () => {
  it('refuses XML with a DOCTYPE (entity bombs, external entities and DTDs), loads nothing, keeps the graph and stays responsive', async () => {
    for (const { name, content } of doctypeFiles(origin)) {
      const started = performance.now();
      await openGraphFile(page, filesDir, name, content());
      await expect.poll(alertText, { message: name }).toMatch(new RegExp(`^${name.replace('.', '\\.')}: .*DOCTYPE.*The current graph stays\\.$`));
      expect(performance.now() - started, name).toBeLessThan(10_000);
      expect(await responseTime(page), name).toBeLessThan(RESPONSIVE_MS);
      await expect(summary()).resolves.toMatch(/18 \/ 18 entities/);
    }
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-entity-bomb.png') });
    expect(requests.filter((url) => /secret|evil|remote|passwd/.test(url))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('opens a 10 MB label: shortened on the canvas, in the suggestions and in the panel, kept whole in the data', async () => {
    const head = '<img src=x onerror="window.kgPwned=1">超长名称';
    const label = `${head}${'长标签'.repeat(1_200_000)}`;
    const graph = {
      attributes: {},
      nodes: [
        { key: 'huge', attributes: { label, labelEn: `${'Long '.repeat(2_000_000)}`, entityType: 'Company', x: 0, y: 0, mentions: 3 } },
        { key: '甲', attributes: { label: '甲公司', entityType: 'Company', x: 10, y: 5 } },
        { key: '乙', attributes: { label: '乙园区', entityType: 'DevelopmentZone', x: -10, y: -5 } },
      ],
      edges: [
        { key: 'e1', source: 'huge', target: '甲', attributes: { relation: 'COOPERATES_WITH' } },
        { key: 'e2', source: '乙', target: 'huge', attributes: { relation: 'FOSTERS' } },
      ],
    };
    const json = JSON.stringify(graph);
    expect(Buffer.byteLength(json)).toBeGreaterThan(10_000_000);
    const started = performance.now();
    await openGraphFile(page, filesDir, 'huge-label.json', json);
    await expect.poll(statusText, { timeout: 10_000 }).toMatch(/^Opened huge-label\.json: 3 entities, 2 relations\./);
    console.info(`10 MB label opened in ${Math.round(performance.now() - started)} ms`);
    expect(await responseTime(page)).toBeLessThan(RESPONSIVE_MS);

    const drawn = (await nodeDisplay(page, 'huge'))!.label!;
    expect(drawn.startsWith(head)).toBe(true);
    expect(drawn.length).toBeLessThanOrEqual(SHOWN_LABEL_MAX);
    // The search finds it by its name and by pinyin; the suggestion is short.
    const input = page.getByRole('combobox', { name: 'Search entities' });
    await input.fill('超长名称');
    const suggestion = page.getByRole('option').first();
    await expect(suggestion.locator('.suggestion-name').textContent()).resolves.toMatch(/^<img.*…$/);
    expect((await suggestion.textContent())!.length).toBeLessThan(3 * SHOWN_LABEL_MAX);
    await input.fill('chaochang');
    await expect(page.getByRole('option').first().locator('.suggestion-name').textContent()).resolves.toMatch(/^<img/);
    await searchAndPick(page, '超长名称');
    const panel = page.locator('aside.panel');
    const title = (await panel.locator('h2').textContent())!;
    expect(title.startsWith(head)).toBe(true);
    expect(title.length).toBeLessThanOrEqual(SHOWN_LABEL_MAX);
    await expect(panel.locator('.name-note').textContent()).resolves.toMatch(/3,600,0\d\d characters/);
    expect(await responseTime(page)).toBeLessThan(RESPONSIVE_MS);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-huge-label.png') });

    // Nothing of the label ran; the export still carries the whole name.
    expect(await injected()).toBe(0);
    expect(await pwned()).toBeNull();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as typeof graph;
    expect(exported.nodes.find((node) => node.key === 'huge')?.attributes.label).toBe(label);
    await page.getByRole('button', { name: 'Close details' }).click();
    expect(problems).toEqual([]);
  });

  it('opens a 10 MB label in GEXF the same way', async () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>${gexfGraph(`<node id="huge" label="&lt;b&gt;超长${'长标签'.repeat(1_200_000)}"/><node id="b" label="乙"/>`, '<edge source="huge" target="b"/>')}`;
    expect(Buffer.byteLength(gexf)).toBeGreaterThan(10_000_000);
    await openGraphFile(page, filesDir, 'huge-label.gexf', gexf);
    await expect.poll(statusText, { timeout: 10_000 }).toMatch(/^Opened huge-label\.gexf: 2 entities, 1 relations\./);
    expect(await responseTime(page)).toBeLessThan(RESPONSIVE_MS);
    const drawn = (await nodeDisplay(page, 'huge'))!.label!;
    expect(drawn).toMatch(/^<b>超长长标签.*…$/);
    expect(drawn.length).toBeLessThanOrEqual(SHOWN_LABEL_MAX);
    expect(problems).toEqual([]);
  });

  it('opens huge enumerations (100 000 articles, aliases and evidence sentences, a 4 MB sentence) a page at a time', async () => {
    const count = 100_000;
    const json = hugeListsJson(count);
    await openGraphFile(page, filesDir, 'huge-lists.json', json);
    await expect.poll(statusText, { timeout: 15_000 }).toMatch(/^Opened huge-lists\.json: 2 entities, 1 relations\./);
    const started = performance.now();
    await searchAndPick(page, '甲公司');
    const panel = page.locator('aside.panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe('甲公司');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await responseTime(page)).toBeLessThan(RESPONSIVE_MS);
    expect(await panel.locator('li').count()).toBeLessThan(200);
    // Articles: 50, then 50 more on demand.
    const articles = panel.locator('.articles');
    await expect(articles.locator('li').count()).resolves.toBe(50);
    await articles.getByRole('button', { name: `Show more (${count - 50} left)` }).click();
    await expect(articles.locator('li').count()).resolves.toBe(100);
    // The first evidence sentence is cut, its mark kept; the relation's own panel pages its sentences too.
    const first = panel.locator('.evidence').first();
    await expect(first.locator('mark.mark-source').textContent()).resolves.toBe('甲');
    expect((await first.textContent())!.length).toBeLessThan(1_100);
    await panel.getByRole('button', { name: /^Show relation/ }).first().click();
    await expect(panel.locator('h2 code').textContent()).resolves.toBe('COOPERATES_WITH');
    await expect(panel.locator('.evidence').count()).resolves.toBe(50);
    await expect(panel.getByRole('button', { name: `Show more (${count + 1 - 50} left)` }).isVisible()).resolves.toBe(true);
    expect(await responseTime(page)).toBeLessThan(RESPONSIVE_MS);
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-huge-lists.png') });
    await page.getByRole('button', { name: 'Close details' }).click();
    expect(problems).toEqual([]);
  });

  it('places nodes without a usable position around the others and says so', async () => {
    const json = JSON.stringify({
      nodes: [
        { key: 'p1', attributes: { label: '有位置甲', x: 0, y: 0 } },
        { key: 'p2', attributes: { label: '有位置乙', x: 100, y: 60 } },
        { key: 'none', attributes: { label: '无坐标' } },
        { key: 'text', attributes: { label: '文字坐标', x: 'left', y: 'top' } },
        { key: 'null', attributes: { label: '空坐标', x: null, y: null } },
        { key: 'half', attributes: { label: '半个坐标', x: 5 } },
        { key: 'bare' },
      ],
      edges: [{ source: 'none', target: 'p1' }, { source: 'text', target: 'p2' }],
    }).replace('"x":"left"', '"x":1e999');
    await openGraphFile(page, filesDir, 'no-positions.json', json);
    await expect.poll(statusText).toMatch(/^Opened no-positions\.json: 7 entities, 2 relations\..*5 node\(s\) had no position and were placed around the others\./);
    // A new graph starts with an empty search (the previous file's long name is gone).
    await expect(page.getByRole('combobox', { name: 'Search entities' }).inputValue()).resolves.toBe('');
    const box = (await page.locator('.graph').boundingBox())!;
    const points = await Promise.all(['p1', 'p2', 'none', 'text', 'null', 'half', 'bare'].map((key) => nodeDisplay(page, key)));
    for (const point of points) {
      expect(point!.x).toBeGreaterThanOrEqual(0);
      expect(point!.x).toBeLessThanOrEqual(box.width);
      expect(point!.y).toBeGreaterThanOrEqual(0);
      expect(point!.y).toBeLessThanOrEqual(box.height);
    }
    const distinct = new Set(points.map((point) => `${Math.round(point!.x / 4)},${Math.round(point!.y / 4)}`));
    expect(distinct.size).toBe(points.length);
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-no-positions.png') });

    // A GEXF without any viz:position is laid out the same way.
    await openGraphFile(page, filesDir, 'no-viz.gexf', gexfGraph('<node id="a" label="甲"/><node id="b" label="乙"/><node id="c" label="丙"/>', '<edge source="a" target="b"/><edge source="b" target="c"/>'));
    await expect.poll(statusText).toMatch(/^Opened no-viz\.gexf: 3 entities, 2 relations\..*3 node\(s\) had no position/);
    const gexfPoints = await Promise.all(['a', 'b', 'c'].map((key) => nodeDisplay(page, key)));
    expect(new Set(gexfPoints.map((point) => `${Math.round(point!.x)},${Math.round(point!.y)}`)).size).toBe(3);
    expect(problems).toEqual([]);
  });

  it('ignores unknown and ill-typed attributes in JSON: nothing polluted, nothing run, every name printed as text', async () => {
    const hostileType = '<svg onload="window.kgPwned=2">';
    const json = unknownAttributesJson(hostileType);
    await openGraphFile(page, filesDir, 'unknown-attributes.json', json);
    await expect.poll(statusText).toMatch(
      /^Opened unknown-attributes\.json: 4 entities, 3 relations\. 4 node\(s\) without a key or with a repeated key were skipped\. 3 node\(s\) with a key reserved in JavaScript .* 2 edge\(s\) pointing to missing nodes/,
    );
    expect(await page.evaluate(() => [({} as { polluted?: unknown }).polluted ?? null, Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')])).toEqual([null, false]);
    for (const key of ['u1', 'u2', 'u3', 'u4']) {
      const display = (await nodeDisplay(page, key))!;
      expect(display.hidden, key).toBe(false);
      expect(display.color, key).toMatch(/^#[0-9a-f]{6}$/i);
    }
    expect((await nodeDisplay(page, 'u2'))?.label).toBe('__proto__');
    // Hostile and reserved type names are legend entries printed as text; the panel shows the node and its article as text, without a link.
    const legend = (await page.locator('.legend').textContent())!;
    for (const type of [hostileType, 'Constructor', '__proto__']) expect(legend).toContain(type);
    await searchAndPick(page, '未知属性');
    const panel = page.locator('aside.panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe('未知属性');
    await expect(panel.locator('.articles').textContent()).resolves.toContain('<script>window.kgPwned=4</script>文章');
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-unknown-attributes.png') });
    expect(await injected()).toBe(0);
    expect(await pwned()).toBeNull();
    await page.getByRole('button', { name: 'Close details' }).click();
    expect(problems).toEqual([]);
  });

  it('reads deeply nested JSON without a stack overflow: a message for a non-graph, the graph for nested attributes', async () => {
    const depth = 200_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    await openGraphFile(page, filesDir, 'nested-root.json', nested);
    await expect.poll(alertText).toMatch(/^nested-root\.json: not (valid JSON|a graph)\b.*The current graph stays\.$/);
    const graph = `{"nodes":[{"key":"深","attributes":{"label":"深层","aliases":${nested},"evidence":${nested},"x":0,"y":0}},{"key":"浅","attributes":{"label":"浅层","x":1,"y":1}}],"edges":[{"source":"深","target":"浅","attributes":{"evidence":${nested}}}]}`;
    await openGraphFile(page, filesDir, 'nested-attributes.json', graph);
    await expect.poll(statusText).toMatch(/^Opened nested-attributes\.json: 2 entities, 1 relations\./);
    expect(await responseTime(page)).toBeLessThan(RESPONSIVE_MS);
    expect(problems).toEqual([]);
  });

  it('treats a hostile graph.json served beside the page the same way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-e2e-hostile-served-'));
    const label = `<img src=x onerror="window.kgPwned=17">${'长'.repeat(1_000_000)}`;
    await writeFile(join(dir, 'graph.json'), JSON.stringify({
      nodes: [{ key: '__proto__' }, { key: 'constructor' }, { key: 'long', attributes: { label } }, { key: 'b', attributes: { label: '乙', x: 0, y: 0 } }],
      edges: [{ source: 'long', target: 'b' }, { source: 'long', target: 'b' }, { source: 'b', target: '__proto__' }],
    }));
    const server = await serveViewer(dir);
    const served = await page.context().newPage();
    const servedProblems = watchPage(served);
    try {
      await openViewer(served, server.url);
      await expect(served.getByRole('status').filter({ hasText: 'skipped' }).textContent()).resolves.toMatch(
        /^2 node\(s\) with a key reserved in JavaScript .* 1 edge\(s\) pointing to missing nodes were skipped\. 1 node\(s\) had no position/,
      );
      await expect(served.locator('.summary').textContent()).resolves.toMatch(/2 \/ 2 entities · 2 \/ 2 relations/);
      expect((await nodeDisplay(served, 'long'))!.label!.length).toBeLessThanOrEqual(SHOWN_LABEL_MAX);
      expect(await served.evaluate(() => { const keys: string[] = []; for (const key in {}) keys.push(key); return keys; })).toEqual([]);
      expect(await responseTime(served)).toBeLessThan(RESPONSIVE_MS);
      expect(await served.evaluate(() => (window as unknown as { kgPwned?: unknown }).kgPwned ?? null)).toBeNull();
      expect(servedProblems).toEqual([]);
    } finally {
      await served.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ignores unknown GEXF attributes, shapes, broken colours and sizes, and draws the nodes', async () => {
    const gexf = unknownAttributesGexf();
    await openGraphFile(page, filesDir, 'unknown-attributes.gexf', gexf);
    await expect.poll(statusText).toMatch(/^Opened unknown-attributes\.gexf: 3 entities, 2 relations\./);
    for (const key of ['g1', 'g2', 'g3']) {
      const display = (await nodeDisplay(page, key))!;
      expect(display.hidden, key).toBe(false);
      expect(display.color, key).toMatch(/^#[0-9a-f]{6}$/i);
      expect(Number.isFinite(display.x) && Number.isFinite(display.y), key).toBe(true);
    }
    expect((await nodeDisplay(page, 'g1'))?.label).toBe('<img src=x onerror=window.kgPwned=13>甲');
    expect(await page.evaluate(() => ({} as { polluted?: unknown }).polluted ?? null)).toBeNull();
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-unknown-gexf.png') });
    expect(await injected()).toBe(0);
    expect(await pwned()).toBeNull();

    // A node named like an Object.prototype member (declared, or only at an edge's end) is refused by name.
    for (const [name, nodes, edges] of [
      ['proto-node.gexf', '<node id="a"/><node id="__proto__"/>', '<edge source="a" target="__proto__"/><edge source="a" target="__proto__"/>'],
      ['constructor-end.gexf', '<node id="a"/>', '<edge source="a" target="constructor"/>'],
    ] as const) {
      await openGraphFile(page, filesDir, name, gexfGraph(nodes, edges));
      await expect.poll(alertText).toMatch(new RegExp(`^${name.replace('.', '\\.')}: node id "(__proto__|constructor)" is reserved .*The current graph stays\\.$`));
      await expect(summary()).resolves.toMatch(/3 \/ 3 entities/);
    }
    expect(await page.evaluate(() => { const keys: string[] = []; for (const key in {}) keys.push(key); return keys; })).toEqual([]);
    expect(problems).toEqual([]);
  });
});
