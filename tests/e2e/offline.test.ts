/**
 * Offline use and updates (issue 13, item 7), against dist/ served under /crucible/ by a small
 * static server: after one visit the service worker has cached the whole app, so with the
 * browser offline (Playwright's CDP network emulation) and the server down too, a reload and
 * every model page (its chunks, workers, KaTeX fonts, 3D views) still work. A changed sw.js
 * (a new deployment) brings up the update prompt, and "Reload" switches to the new version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { collectErrors, launch } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { loadedKatexFonts, waitForModelResult } from './modelResult';
import { modelIds } from '../../src/models/registry';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launch();
  server = await serveStatic('dist', '/crucible/');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the service worker of the page is activated (its precache complete); returns its scope. */
function swReady(page: Page): Promise<string> {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

/** Opens the landing page in a fresh context and waits for the service worker to be active. */
async function firstVisit(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url);
  await page.locator('.model-card').first().waitFor();
  expect(await swReady(page)).toBe(server.url);
  return { context, page, errors };
}

describe('offline use', () => {
  it('after one visit, reloads and runs every model with the network off', async () => {
    server.down = false;
    const { context, page, errors } = await firstVisit();
    await context.setOffline(true);
    server.down = true;
    const before = server.requests.length;
    await page.reload();
    await page.locator('.model-card').first().waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    for (const id of modelIds) {
      await page.locator(`nav a[href$="#/${id}"]`).click();
      await waitForModelResult(page);
      expect(await loadedKatexFonts(page)).toContain('KaTeX_Main');
    }
    // a model page opened directly (a shared link) while offline
    await page.goto(`${server.url}#/${modelIds[modelIds.length - 1]}`);
    await page.reload();
    await waitForModelResult(page);
    // the only requests that still reach the (dropped) server are the browser's own update checks
    // of sw.js, which Playwright's offline emulation does not cover; they fail and change nothing
    const reached = server.requests.slice(before).filter((path) => path !== '/crucible/sw.js');
    expect(reached, 'requests for app files that reached the server while offline').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    server.down = false;
  });

  it('shows the update prompt for a new deployment, and Reload activates it', async () => {
    server.down = false;
    server.swSuffix = '';
    const { context, page, errors } = await firstVisit();
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const banner = page.getByRole('status').filter({ hasText: 'A new version of Crucible is available.' });
    expect(await banner.count()).toBe(0);

    server.swSuffix = '\n// a new deployment\n';
    await page.reload();
    await banner.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), banner.getByRole('button', { name: 'Reload' }).click()]);
    await page.locator('.model-card').first().waitFor();
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting ?? null, controller: navigator.serviceWorker.controller?.state ?? null };
    });
    expect(after).toEqual({ waiting: null, controller: 'activated' });
    expect(await banner.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
    server.swSuffix = '';
  });
});
