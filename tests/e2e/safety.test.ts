/** End to end on the hand-made fixture: hostile names stay text, files can be dropped, every control is labelled and reachable by keyboard. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewerOn } from './browser.js';
import { fixtureGraphDir, FIXTURE_DIR, nodeDisplay, openViewer, RESULTS_DIR, searchAndPick, serveViewer } from './setup.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
let page: Page;
let problems: string[];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const fixture = await fixtureGraphDir();
  closers.push(fixture.cleanup);
  const viewer = await openViewerOn(fixture.dir);
  closers.push(viewer.close);
  ({ page, problems } = viewer);
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe('safety and accessibility (fixture graph)', () => {
  it('ships a restrictive Content-Security-Policy', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('shows a hostile label as text everywhere and runs nothing', async () => {
    await searchAndPick(page, '<img');
    const title = page.locator('aside.panel h2');
    await expect(title.textContent()).resolves.toBe(HOSTILE);
    await expect(page.locator('aside.panel .subtitle').textContent()).resolves.toBe('<b onmouseover=alert(4)>hostile</b>');
    expect(await page.locator('img, script:not([src]), b').count()).toBe(0);
    expect((await nodeDisplay(page, HOSTILE))?.label).toBe(HOSTILE);
    // The hostile article: its title is text and its javascript: URL is not a link.
    await expect(page.locator('aside.panel .articles').textContent()).resolves.toContain('<script>alert(2)</script>标题');
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    // Its only relation is a co-mention: show those, then its evidence sentence marks the markup as an entity, still as text.
    await page.locator('input[data-key="CO_MENTIONED"]').check();
    await expect(page.locator('aside.panel mark.mark-source').first().textContent()).resolves.toBe(HOSTILE);
    await page.getByText('English', { exact: true }).click();
    await expect.poll(async () => (await nodeDisplay(page, HOSTILE))?.label).toBe('<b onmouseover=alert(4)>hostile</b>');
    await page.hover('aside.panel h2');
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-hostile-label.png') });
    await page.getByText('中文', { exact: true }).click();
    expect(problems).toEqual([]);
  });

  it('labels every control and reaches the main ones with the keyboard', async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('input, select, button, [role="combobox"]')]
        .filter((element) => {
          const labels = (element as HTMLInputElement).labels;
          const name = element.getAttribute('aria-label') || (labels && labels.length > 0 ? labels[0]!.textContent : '') || element.textContent;
          return !name || name.trim() === '';
        })
        .map((element) => element.outerHTML));
    expect(unlabelled).toEqual([]);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const reached = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return '';
        return element.getAttribute('data-action') ?? element.getAttribute('data-key') ?? element.getAttribute('role') ?? element.getAttribute('type') ?? element.tagName;
      }));
    }
    for (const control of ['combobox', 'radio', 'forceatlas2', 'noverlap', 'restore', 'export-gexf', 'export-png', 'file', 'Company', 'MEMBER_OF', 'CO_MENTIONED', 'number', 'SELECT']) {
      expect(reached, control).toContain(control);
    }
  });

  it('opens a dropped graph file and keeps the graph when a dropped file is broken', async () => {
    const drop = async (name: string, content: string) => {
      await page.evaluate(([fileName, text]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], fileName, { type: 'application/json' }));
        document.querySelector('.graph')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, [name, content] as const);
    };
    await drop('broken-graph.json', await readFile(join(FIXTURE_DIR, 'broken-graph.json'), 'utf8'));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^broken-graph\.json: not valid JSON/);
    await expect(page.locator('.summary').textContent()).resolves.toMatch(/18 entities/);
    const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>
      <node id="甲" label="甲公司"/><node id="乙" label="乙园区"/></nodes><edges><edge id="e" source="甲" target="乙" kind="LOCATED_IN"/><edge id="x" source="甲" target="丙"/></edges></graph></gexf>`;
    await drop('mine.gexf', gexf);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opened' }).textContent()).toMatch(/Opened mine\.gexf: 2 entities, 1 relations\..*1 edge\(s\) pointing to missing nodes were skipped/);
    await expect(page.locator('.summary').textContent()).resolves.toMatch(/2 \/ 2 entities/);
    await searchAndPick(page, '乙');
    await expect(page.locator('aside.panel h2').textContent()).resolves.toBe('乙园区');
    await page.screenshot({ path: join(RESULTS_DIR, 'viewer-dropped-gexf.png') });
    expect(problems).toEqual([]);
  });

  it('says what to do when there is no graph.json beside the page, and still opens files', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'kg-e2e-empty-'));
    const server = await serveViewer(empty);
    const other = await page.context().newPage();
    try {
      await openViewer(other, server.url);
      await expect(other.getByRole('alert').textContent()).resolves.toMatch(/graph\.json: HTTP 404 — run `kg build`/);
      await other.locator('input[type="file"]').setInputFiles(join(FIXTURE_DIR, 'small-graph.json'));
      await expect.poll(() => other.locator('.summary').textContent()).toMatch(/18 \/ 18 entities/);
    } finally {
      await other.close();
      await server.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
