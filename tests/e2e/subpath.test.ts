/**
 * Deployable anywhere (issue 13, item 8): the one dist/ served from a sub-path (/crucible/) by a
 * plain static server runs every model page — chunks, workers, KaTeX CSS and fonts, 3D views —
 * with every request inside /crucible/, and its web app manifest, icons and service worker scope
 * resolve under /crucible/ too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { collectErrors, launch } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { loadedKatexFonts, waitForModelResult } from './modelResult';
import { modelIds } from '../../src/models/registry';

const prefix = '/crucible/';
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launch();
  server = await serveStatic('dist', prefix);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`the build served at ${prefix}`, () => {
  for (const id of modelIds) {
    it(`runs #/${id} with every file fetched from under ${prefix}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      const before = server.requests.length;
      await page.goto(`${server.url}#/${id}`);
      await waitForModelResult(page);
      expect(await loadedKatexFonts(page)).toContain('KaTeX_Main');
      const requested = server.requests.slice(before);
      expect(requested.filter((p) => !p.startsWith(prefix))).toEqual([]);
      expect(requested.some((p) => /\.worker-[\w-]+\.js$/.test(p)), 'a model worker was fetched').toBe(true);
      expect(requested.some((p) => /KaTeX_Main-Regular-[\w-]+\.woff2$/.test(p)), 'a KaTeX font was fetched').toBe(true);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it(`is installable: its manifest, start URL, scope, icons and service worker resolve under ${prefix}`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url);
    const manifestUrl = await page.evaluate(() => (document.querySelector('link[rel="manifest"]') as HTMLLinkElement).href);
    expect(manifestUrl).toBe(`${server.url}manifest.webmanifest`);
    const manifest = (await (await fetch(manifestUrl)).json()) as { start_url: string; scope: string; icons: { src: string; type: string }[] };
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(server.url);
    expect(new URL(manifest.scope, manifestUrl).href).toBe(server.url);
    expect(manifest.icons.map((i) => i.type)).toContain('image/png');
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, manifestUrl));
      expect(response.status, icon.src).toBe(200);
      expect(response.headers.get('content-type')).toBe(icon.type);
    }
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.url);
    // Chromium's own verdict on whether the page can be installed as an app (manifest, icons, worker)
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // Playwright's contexts are incognito ones, where Chromium never installs; any other reason is ours
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
