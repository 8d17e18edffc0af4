/**
 * Launches the system Chromium through Playwright for the end-to-end tests, and collects
 * console errors and uncaught page errors so each test can assert there are none.
 */
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

/** Starts headless Chromium with the flags this machine needs. */
export function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** Records console errors and page errors of `page` into the returned list. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}
