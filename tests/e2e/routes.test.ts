import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { collectErrors, launch } from './browser';
import { modelIds } from '../../src/models/registry';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const viewports = {
  desktop: { width: 1366, height: 900 },
  projector: { width: 1920, height: 1080 },
  phone: { width: 360, height: 740 },
};

/** Width in CSS px of the page's content: wider than the viewport means a horizontal scroll bar. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('built app', () => {
  it('opens the landing page with a card per model and no console error', async () => {
    const page = await browser.newPage({ viewport: viewports.desktop });
    const errors = collectErrors(page);
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('.model-card').count()).toBe(modelIds.length);
    await page.setViewportSize(viewports.phone);
    expect(await pageWidth(page)).toBeLessThanOrEqual(viewports.phone.width);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const id of modelIds) {
    it(`opens #/${id}, computes the default result without a click, with no console error`, async () => {
      const page = await browser.newPage({ viewport: viewports.desktop });
      const errors = collectErrors(page);
      await page.goto(`${inject('baseUrl')}#/${id}`);
      await page.locator('svg[role="img"]').first().waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => !document.querySelector('progress'), undefined, { timeout: 30_000 });
      // a 3D view is drawn by its render worker once three.js has loaded there
      await page.waitForFunction(() => [...document.querySelectorAll('canvas[aria-label]')].every((c) => c.hasAttribute('data-off-thread')), undefined, { timeout: 30_000 });
      await page.setViewportSize(viewports.phone);
      expect(await pageWidth(page)).toBeLessThanOrEqual(viewports.phone.width);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('shows a model page in presenter mode at projector size, and the Japanese UI', async () => {
    const id = modelIds[0] ?? '';
    const page = await browser.newPage({ viewport: viewports.projector });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}#/${id}?present=1`);
    await page.locator('svg[role="img"]').first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.getByRole('heading', { name: 'パラメータ' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'パラメータ' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports an unknown page and keeps working', async () => {
    const page = await browser.newPage({ viewport: viewports.desktop });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}#/no-such-model?x=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    await page.getByRole('status').filter({ hasText: 'There is no page' }).waitFor();
    await page.getByRole('status').filter({ hasText: '"x": this page takes no values' }).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
