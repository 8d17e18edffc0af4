/**
 * Waits until a model page of the built app shows its computed result: a plot drawn, no run in
 * progress and no error, the equations typeset by KaTeX with its own font, and every 3D view
 * drawn by its render worker. Shared by the offline and sub-path deployment tests.
 */
import type { Page } from 'playwright';

/** Resolves once the page at a `#/<model>` route shows its result; throws on a run error. */
export async function waitForModelResult(page: Page): Promise<void> {
  await page.locator('svg[role="img"] path').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('progress'), undefined, { timeout: 30_000 });
  await page.locator('.katex').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[aria-label]')].every((c) => c.hasAttribute('data-off-thread')), undefined, { timeout: 30_000 });
  const alert = await page.locator('[data-testid="run-status"] [role="alert"]').allTextContents();
  if (alert.length > 0) throw new Error(`the run failed: ${alert.join(' ')}`);
}

/** Names of the KaTeX font faces the page has loaded (downloaded and decoded), sorted. */
export function loadedKatexFonts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const names = [...document.fonts].filter((f) => f.family.replace(/"/g, '').startsWith('KaTeX') && f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
    return [...new Set(names)].sort();
  });
}
