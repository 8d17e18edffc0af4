/**
 * Steering benchmarks in real headless Chromium against the production build: during a long
 * run of a model, the time from an edit (the field's change event) to the new run's first
 * partial result on the page (its progress bar leaves zero), and from a click on Cancel to a
 * settled page (the "Cancelled at …" status drawn, Run enabled, one more frame painted), and the
 * gaps between the partial results a long run shows (each new progress value drawn). Times are
 * in ms measured inside the page (`performance.now()`), each checked every animation frame;
 * figures are medians over `TRIALS` edits and cancels per model.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium, type Locator, type Page } from 'playwright';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { median } from './median';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = 'node_modules/.cache/bench-steer-dist';
const TRIALS = 5;
const log = (msg: string) => process.stderr.write(`  steer: ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Long runs, and the field edited during them with the display values typed in turn. */
const CASES: Record<string, { hash: string; field: RegExp; values: string[] }> = {
  solidification: { hash: '#/solidification?V=0.001&meltLength=1&tEnd=1000000', field: /Temperature gradient G/, values: ['8', '9', '10', '11', '12', '13'] },
  ionhop: { hash: '#/ionhop?steps=200000000', field: /^Temperature/, values: ['310', '320', '330', '340', '350', '360'] },
};

/** The page globals the recorders use. */
type SteerWindow = Window & { __steer?: { t0: number | null; t1: number | null; zero: boolean } };

/**
 * Times one edit: from the field's change event to the first animation frame in which the run
 * controls' progress bar shows the new run's first progress (after having been reset to zero).
 */
async function timeEdit(page: Page, field: Locator, value: string): Promise<number> {
  await field.evaluate((el) => {
    const w = window as SteerWindow;
    const s = { t0: null as number | null, t1: null as number | null, zero: false };
    w.__steer = s;
    el.addEventListener('change', () => (s.t0 = performance.now()), { capture: true, once: true });
    const frame = () => {
      const bar = document.querySelector('.toolbar progress') as HTMLProgressElement | null;
      if (s.t0 !== null && bar) {
        if (bar.value === 0) s.zero = true;
        else if (s.zero) {
          s.t1 = performance.now();
          return;
        }
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await field.fill(value);
  await field.press('Enter');
  const handle = await page.waitForFunction(() => {
    const s = (window as SteerWindow).__steer;
    return s && s.t0 !== null && s.t1 !== null ? s.t1 - s.t0 : false;
  }, undefined, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

/** Gaps between the frames that drew a new progress value during `windowMs` of a long run, ms. */
async function partialGaps(page: Page, windowMs: number): Promise<number[]> {
  const handle = await page.evaluateHandle((ms) => {
    return new Promise<number[]>((resolve) => {
      const shown: number[] = [];
      let last: number | null = null;
      const start = performance.now();
      const frame = (now: number) => {
        const bar = document.querySelector('.toolbar progress') as HTMLProgressElement | null;
        if (bar && bar.value !== last) {
          last = bar.value;
          shown.push(now);
        }
        if (now - start < ms) requestAnimationFrame(frame);
        else resolve(shown.slice(1).map((t, i) => t - shown[i]));
      };
      requestAnimationFrame(frame);
    });
  }, windowMs);
  return (await handle.jsonValue()) as number[];
}

/** Times one Cancel: from the click to the frame after the cancelled status is drawn with Run enabled. */
async function timeCancel(page: Page): Promise<number> {
  const cancel = page.locator('.toolbar').getByRole('button', { name: 'Cancel' });
  await cancel.evaluate((el) => {
    const w = window as SteerWindow;
    const s = { t0: null as number | null, t1: null as number | null, zero: false };
    w.__steer = s;
    el.addEventListener('click', () => (s.t0 = performance.now()), { capture: true, once: true });
    const frame = () => {
      const status = document.querySelector('[data-testid="run-status"]')?.textContent ?? '';
      const run = document.querySelector('.toolbar .btn.primary') as HTMLButtonElement | null;
      if (s.t0 !== null && status.includes('Cancelled') && run && !run.disabled) {
        requestAnimationFrame(() => (s.t1 = performance.now()));
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await cancel.click();
  const handle = await page.waitForFunction(() => {
    const s = (window as SteerWindow).__steer;
    return s && s.t0 !== null && s.t1 !== null ? s.t1 - s.t0 : false;
  }, undefined, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

/** Edits and cancels `TRIALS` times during long runs of one model; returns the medians. */
async function steer(page: Page, url: string, id: string): Promise<Record<string, number>> {
  const c = CASES[id];
  await page.goto(`${url}${c.hash}`);
  await page.waitForFunction(() => Number((document.querySelector('.toolbar progress') as HTMLProgressElement | null)?.value ?? 0) > 0, undefined, { timeout: 60_000 });
  const gaps = await partialGaps(page, 3000);
  const field = page.getByRole('textbox', { name: c.field });
  const edits: number[] = [];
  const cancels: number[] = [];
  for (let i = 0; i < TRIALS; i++) {
    edits.push(await timeEdit(page, field, c.values[i % c.values.length]));
    await sleep(1500);
    cancels.push(await timeCancel(page));
    await sleep(500);
  }
  log(`${id}: partials ${gaps.length + 1} in 3 s, gaps ${gaps.map(Math.round).join(', ')} ms`);
  log(`${id}: edit → first partial ${edits.map(Math.round).join(', ')} ms; cancel → settled ${cancels.map(Math.round).join(', ')} ms`);
  return {
    [`${id}_partialGapMedian_ms`]: Math.round(median(gaps)),
    [`${id}_partialGapMax_ms`]: Math.round(Math.max(...gaps)),
    [`${id}_editToFirstPartial_ms`]: Math.round(median(edits)),
    [`${id}_cancelToSettled_ms`]: Math.round(median(cancels)),
  };
}

/** Builds and serves the app, then measures each model's edits and cancels. */
export async function bench(): Promise<Record<string, number>> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false }, build: { outDir } });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    if (!url) throw new Error('vite preview did not report a URL');
    const out: Record<string, number> = {};
    for (const id of Object.keys(CASES)) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      // tsx keeps function names with a `__name(...)` wrapper inside callbacks run in the page
      await context.addInitScript('globalThis.__name ??= (f) => f;');
      const page = await context.newPage();
      page.on('pageerror', (err) => log(`page error: ${err.message}`));
      Object.assign(out, await steer(page, url, id));
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
