/**
 * The built app under its Content-Security-Policy (issue 11, item 8): the policy is in
 * dist/index.html and sent by `vite preview`; every page computes its result, typesets its
 * equations (KaTeX) and exports a PNG with no policy violation and no console error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright';
import { collectErrors, launch } from './browser';
import { modelIds } from '../../src/models/registry';
import { metaPolicy } from '../../scripts/csp.mjs';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Collects securitypolicyviolation events of the page and of its workers' reports into window.__csp. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe('Content-Security-Policy', () => {
  it('is written into the built index.html before any script', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(metaPolicy);
    expect(metaPolicy).not.toMatch(/unsafe-eval|\*/);
  });

  it('is sent as a header by the preview server, with frame-ancestors', async () => {
    const response = await fetch(inject('baseUrl'));
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  for (const id of modelIds) {
    it(`#/${id} runs, typesets and exports a PNG with no violation`, async () => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      const errors = collectErrors(page);
      const violations = await watchViolations(page);
      await page.goto(`${inject('baseUrl')}#/${id}`);
      await page.locator('svg[role="img"]').first().waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => !document.querySelector('progress'), undefined, { timeout: 30_000 });
      await page.locator('.katex').first().waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => [...document.querySelectorAll('canvas[aria-label]')].every((c) => c.hasAttribute('data-off-thread')), undefined, { timeout: 30_000 });
      const png = page.getByRole('button', { name: /PNG/ }).first();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), png.click()]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
