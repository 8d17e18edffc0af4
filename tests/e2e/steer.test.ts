/**
 * Steering runs in the built app with the real models: leaving a model page moments after opening
 * it leaves no worker behind; Cancel during a long solidification run keeps its plots, 3D ingot
 * and summary, says where it stopped (run controls and growth status) and keeps the exports; an
 * edit during the run restarts it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { collectErrors, launch } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const LONG_SOLIDIFICATION = '#/solidification?V=0.001&meltLength=1&tEnd=1000000';

/** The growth status line of the solidification view (simulated time and % solid). */
const growthStatus = (page: Page) => page.getByTestId('growth-status').textContent();

describe('steering runs in the built app', () => {
  it('leaves no model worker alive after 30 visits left 0–180 ms after opening', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (let i = 0; i < 30; i++) {
      await page.evaluate(() => (location.hash = '#/ionhop?steps=1000000000'));
      await page.waitForTimeout((i * 47) % 181);
      await page.evaluate(() => (location.hash = '#/'));
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(1500);
    expect(page.workers().map((w) => w.url())).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the last partial of a cancelled solidification run on screen, marked, with exports enabled', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}${LONG_SOLIDIFICATION}`);
    await page.getByTestId('growth-status').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    const plotsBefore = await page.locator('svg[role="img"]').count();
    await page.locator('.toolbar').getByRole('button', { name: 'Cancel' }).click();
    const status = page.getByTestId('run-status');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/Cancelled at t = [\d.,]+ \S+ \([\d.]+ % of the run\)/);
    const shown = await growthStatus(page);
    expect(shown).toMatch(/^Cancelled: t = [\d.,]+ min, [\d.]+ % solid$/);
    await page.waitForTimeout(1000);
    expect(await growthStatus(page)).toBe(shown);
    expect(await page.locator('svg[role="img"]').count()).toBe(plotsBefore);
    expect(await page.locator('canvas[aria-label]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /JSON/ }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: /all series \(CSV\)/ }).isEnabled()).toBe(true);
    expect(await page.locator('.toolbar').getByRole('button', { name: 'Run' }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restarts a long solidification run at once when a value is edited', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${inject('baseUrl')}${LONG_SOLIDIFICATION}`);
    await page.getByTestId('growth-status').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => Number((document.querySelector('progress') as HTMLProgressElement | null)?.value ?? 0) > 0, undefined, { timeout: 30_000 });
    await page.waitForTimeout(1500);
    const before = await page.locator('progress').evaluate((p: HTMLProgressElement) => p.value);
    const field = page.getByRole('textbox', { name: /Temperature gradient G/ });
    await field.fill('10');
    await field.press('Enter');
    // the new run's progress starts again from zero; the old run's is never shown again
    await page.waitForFunction((old) => {
      const p = document.querySelector('progress') as HTMLProgressElement | null;
      return p !== null && p.value < old;
    }, before, { timeout: 5000 });
    // links write values in the display unit: G = 10 K/mm
    await page.waitForFunction(() => /[?&]G=10[ +]K\/mm(&|$)/.test(decodeURIComponent(location.hash)), undefined, { timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
