/** Headless Chromium for the e2e tests and the benchmark: a fresh profile per launch, no network services; the viewer opened on a graph folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openViewer, serveViewer, watchPage } from './setup.js';

/** The system Chromium (apt package). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser context on a throw-away profile; `close` also deletes the profile. */
export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport,
    acceptDownloads: true,
    deviceScaleFactor: 1,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A viewer open in Chromium on a served graph folder. */
export interface ViewerSession {
  page: Page;
  /** The served viewer's address. */
  url: string;
  /** Dialogs, page errors and console errors seen so far (see watchPage). */
  problems: string[];
  /** Closes the browser (and its profile), then the server. */
  close(): Promise<void>;
}

/** Serves the built viewer with `graphDir`, opens it in a fresh Chromium and waits for its first frame. */
export async function openViewerOn(graphDir: string): Promise<ViewerSession> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };
  try {
    const server = await serveViewer(graphDir);
    closers.push(server.close);
    const browser = await launchBrowser();
    closers.push(browser.close);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const problems = watchPage(page);
    await openViewer(page, server.url);
    return { page, url: server.url, problems, close };
  } catch (error) {
    await close();
    throw error;
  }
}
