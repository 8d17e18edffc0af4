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

  it('keeps presenter mode on when the lecturer moves between pages with the header and landing links', async () => {
    const page = await browser.newPage({ viewport: viewports.projector });
    const errors = collectErrors(page);
    const presenting = () => page.evaluate(() => document.documentElement.classList.contains('presenter'));
    await page.goto(`${inject('baseUrl')}#/${modelIds[0]}?present=1`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await presenting()).toBe(true);
    for (const id of [...modelIds.slice(1), modelIds[0]]) {
      await page.locator(`header nav a[href^="#/${id}"]`).click();
      await page.waitForURL(new RegExp(`#/${id}\\?`));
      expect(await presenting(), `after the link to ${id}`).toBe(true);
      expect(await page.getByRole('button', { name: 'Presenter mode' }).getAttribute('aria-pressed')).toBe('true');
    }
    // to the landing page by the brand, and back to a model by its card
    await page.getByRole('link', { name: 'Crucible home' }).click();
    await page.locator('.model-card').first().waitFor();
    expect(await presenting(), 'on the landing page').toBe(true);
    await page.locator('.model-card').last().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await presenting(), 'after a landing card').toBe(true);
    // switched off, the links drop it
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await page.locator(`header nav a[href^="#/${modelIds[0]}"]`).click();
    await page.waitForURL(new RegExp(`#/${modelIds[0]}$`));
    expect(await presenting()).toBe(false);
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
