/**
 * UI benchmarks in real headless Chromium (system browser through Playwright) against the
 * production build, served by `vite preview` from a temporary build directory:
 * landing-page load; per model the time to the first drawn result, and the main thread's long
 * tasks (PerformanceObserver `longtask`) and frame rate (requestAnimationFrame callbacks) while a
 * long run streams, measured once the page has settled after its first result (the settling
 * itself — lazy chunks, the first 3D frame — is reported as `<id>_settleLongestTask_ms`); the
 * 64 × 64 stability map; how fast the hydrogen isotherm follows a temperature edited in quick
 * succession; and the frame rate while the hydrogen temperature slider is dragged. Times are in ms measured inside the page (`performance.now()`, whose origin
 * is the navigation start); figures are medians over the repeats stated at each measurement.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium, type Browser, type ElementHandle, type Page } from 'playwright';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { median } from './median';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = 'node_modules/.cache/bench-dist';
const viewport = { width: 1366, height: 900 };
/** Repeats of each page-load figure (fresh browser context each, so a cold HTTP cache). */
const LOAD_REPEATS = 3;
/** Length of the window over which long tasks and frames are recorded during a long run, ms. */
const WINDOW_MS = 3000;
/** Heavier parameters that keep a model running well beyond the measurement window. */
const LONG_RUN: Record<string, string> = {
  solidification: '#/solidification?V=0.001&meltLength=1&tEnd=1000000',
  ionhop: '#/ionhop?steps=200000000',
};

/** A long task as reported by the PerformanceObserver (ms since navigation start). */
interface LongTask {
  start: number;
  duration: number;
}
/** The globals the benchmark adds to the page. */
type BenchWindow = Window & {
  __benchLongTasks?: LongTask[];
  __benchFrames?: number[];
  __benchRaf?: boolean;
  __benchBusy?: { start: number; end: number | null }[];
  __benchBusyObserver?: MutationObserver;
  __benchLastChange?: number;
};

const log = (msg: string) => process.stderr.write(`  ui: ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number) => Math.round(x * 10) / 10;

// ---------------------------------------------------------------------------------------------
// Orchestration: build, serve, browser, pages
// ---------------------------------------------------------------------------------------------

/** Builds the app into a temporary directory and serves it on a free loopback port. */
async function serveBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false }, build: { outDir } });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview did not report a URL');
  }
  return { url, close: () => server.close() };
}

/** Starts the system Chromium with the flags this machine needs (one-line error when missing). */
function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * Runs in the page before its own scripts: records every long task (> 50 ms) from the start.
 * tsx compiles with esbuild's keepNames, which wraps named inner functions of callbacks passed
 * to `page.evaluate` in `__name(...)`; the identity shim keeps those callbacks valid in the page.
 */
function installProbes(): void {
  const g = globalThis as unknown as { __name?: (f: unknown) => unknown };
  g.__name ??= (f: unknown) => f;
  const w = window as BenchWindow;
  const tasks: LongTask[] = [];
  w.__benchLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* longtask timing unsupported: the figures stay at zero */
  }
}

/** A fresh context (cold cache) and page with the probes installed; close the context after use. */
async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'no-preference' });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  page.on('pageerror', (err) => log(`page error: ${err.message}`));
  return page;
}

/**
 * Navigates and resolves with the page time (ms since navigation start) at which `ready` first
 * returns it, checked every animation frame (so to within one frame).
 */
async function loadUntil(page: Page, url: string, ready: () => number | false, timeout = 60_000): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, undefined, { polling: 'raf', timeout });
  return (await handle.jsonValue()) as number;
}

/** The landing page's model cards are all laid out: the page time, else false. */
function cardsVisible(): number | false {
  const cards = Array.from(document.querySelectorAll('.model-card'));
  return cards.length >= 3 && cards.every((c) => c.getBoundingClientRect().height > 0) && performance.now();
}

/** A chart is drawn and no run is in progress (the first result of a model page): the page time, else false. */
function firstResultShown(): number | false {
  return !!document.querySelector('svg[role="img"]') && !document.querySelector('progress') && performance.now();
}

// ---------------------------------------------------------------------------------------------
// In-page recorders: frames, long tasks, run intervals
// ---------------------------------------------------------------------------------------------

/** Starts recording requestAnimationFrame timestamps; returns the page time now. */
function startFrames(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as BenchWindow;
    const frames: number[] = [];
    w.__benchFrames = frames;
    w.__benchRaf = true;
    const tick = (t: number) => {
      frames.push(t);
      if (w.__benchRaf) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  });
}

/** Stops the frame recorder; returns the page time now, the frame timestamps and the long tasks so far. */
function stopFrames(page: Page): Promise<{ t1: number; frames: number[]; tasks: LongTask[]; running: boolean }> {
  return page.evaluate(() => {
    const w = window as BenchWindow;
    w.__benchRaf = false;
    return { t1: performance.now(), frames: w.__benchFrames ?? [], tasks: w.__benchLongTasks ?? [], running: !!document.querySelector('progress') };
  });
}

/**
 * Frame and long-task figures of a window [t0, t1] of page time: the long tasks that start in
 * it, the animation frames per second, and the intervals between frames counted from t0 to t1
 * (so a stall at either end of the window counts too).
 */
function windowFigures(t0: number, t1: number, frames: number[], tasks: LongTask[]) {
  const inWindow = tasks.filter((t) => t.start >= t0 && t.start < t1);
  const marks = [t0, ...frames.filter((f) => f > t0 && f < t1), t1];
  const intervals = marks.slice(1).map((f, i) => f - marks[i]);
  intervals.sort((a, b) => a - b);
  return {
    longestTask: inWindow.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasks: inWindow.length,
    fps: ((marks.length - 2) / (t1 - t0)) * 1000,
    p95Interval: intervals[Math.min(intervals.length - 1, Math.ceil(0.95 * intervals.length) - 1)],
    maxInterval: intervals[intervals.length - 1],
  };
}

/** Records when `.hydrogen-view` (or any element) toggles aria-busy: one entry per run. */
function startBusyRecorder(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as BenchWindow;
    const runs: { start: number; end: number | null }[] = [];
    w.__benchBusy = runs;
    const obs = new MutationObserver((records) => {
      const now = performance.now();
      for (const r of records) {
        const busy = (r.target as Element).getAttribute('aria-busy') === 'true';
        const last = runs[runs.length - 1];
        if (busy && (!last || last.end !== null)) runs.push({ start: now, end: null });
        else if (!busy && last && last.end === null) last.end = now;
      }
    });
    obs.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    w.__benchBusyObserver = obs;
  });
}

function stopBusyRecorder(page: Page): Promise<{ start: number; end: number | null }[]> {
  return page.evaluate(() => {
    const w = window as BenchWindow;
    w.__benchBusyObserver?.disconnect();
    return w.__benchBusy ?? [];
  });
}

/**
 * Edits a text field as typing a value and leaving the field would (value, input, change), one
 * value every `spacingMs` on a timer inside the page (a busy main thread delays an edit, as it
 * would a user's); resolves with the page times of the changes.
 */
function editSequence(field: ElementHandle<HTMLInputElement>, values: string[], spacingMs: number): Promise<number[]> {
  return field.evaluate(
    (el: HTMLInputElement, [vals, spacing]: [string[], number]) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        vals.forEach((v, k) =>
          setTimeout(() => {
            el.value = v;
            el.dispatchEvent(new Event('input', { bubbles: true }));
            const now = performance.now();
            times.push(now);
            (window as BenchWindow).__benchLastChange = now;
            el.dispatchEvent(new Event('change', { bubbles: true }));
            if (times.length === vals.length) resolve(times);
          }, spacing * k),
        );
      }),
    [values, spacingMs] as [string[], number],
  );
}

// ---------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------

async function landingLoad(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < LOAD_REPEATS + 1; i++) {
    const page = await openPage(browser);
    try {
      const t = await loadUntil(page, url, cardsVisible);
      if (i > 0) times.push(t); // the first load (server and browser warming up) is discarded
    } finally {
      await page.context().close();
    }
  }
  log(`landing ${times.map(round).join(', ')} ms`);
  return median(times);
}

/** First result times of a model route (median); the last page is returned open for further use. */
async function firstResult(browser: Browser, url: string, id: string): Promise<{ ms: number; page: Page }> {
  const times: number[] = [];
  for (let i = 0; ; i++) {
    const page = await openPage(browser);
    try {
      times.push(await loadUntil(page, `${url}#/${id}`, firstResultShown));
    } catch (err) {
      await page.context().close();
      throw err;
    }
    if (i === LOAD_REPEATS - 1) {
      log(`${id} first result ${times.map(round).join(', ')} ms`);
      return { ms: median(times), page };
    }
    await page.context().close();
  }
}

/** Long tasks and frames while a long run streams, started by changing the hash on a loaded page. */
/** Time a page is given after its first result before a long run starts, ms (3D scene and KaTeX set up). */
const SETTLE_MS = 1500;

/**
 * The page settling after its first result (lazy three.js and KaTeX chunks, the first 3D frame
 * compiling its shaders): long tasks over SETTLE_MS, reported apart from those during a run.
 */
async function settling(page: Page) {
  const t0 = await startFrames(page);
  await sleep(SETTLE_MS);
  const s = await stopFrames(page);
  return windowFigures(t0, s.t1, s.frames, s.tasks);
}

async function duringLongRun(page: Page, id: string, hash: string) {
  const t0 = await startFrames(page);
  await page.evaluate((h: string) => {
    location.hash = h;
  }, hash);
  await sleep(WINDOW_MS);
  const s = await stopFrames(page);
  if (!s.running) log(`warning: the ${id} long run ended within the ${WINDOW_MS} ms window`);
  const f = windowFigures(t0, s.t1, s.frames, s.tasks);
  log(`${id} long run: ${f.longTasks} long tasks, longest ${round(f.longestTask)} ms, ${round(f.fps)} fps, p95 ${round(f.p95Interval)} ms, max ${round(f.maxInterval)} ms`);
  return f;
}

/** The hydrogen Temperature text field. */
async function temperatureField(page: Page): Promise<ElementHandle<HTMLInputElement>> {
  const field = page.getByRole('textbox', { name: /^Temperature/ });
  return (await field.elementHandle()) as ElementHandle<HTMLInputElement>;
}

/**
 * Hydrogen: long tasks and frames while the temperature is edited six times, 400 ms apart
 * (longer than a run, so each edit runs the model once), plus one
 * second; also the durations of the runs (aria-busy on the view) for the runs-per-second estimate.
 */
async function hydrogenEdits(page: Page) {
  const field = await temperatureField(page);
  await startBusyRecorder(page);
  const t0 = await startFrames(page);
  await editSequence(field, [400, 410, 420, 430, 440, 450].map(String), 400);
  await sleep(1400);
  const s = await stopFrames(page);
  const runs = (await stopBusyRecorder(page)).filter((r) => r.end !== null).map((r) => (r.end as number) - r.start);
  const f = windowFigures(t0, s.t1, s.frames, s.tasks);
  log(`hydrogen edits: ${f.longTasks} long tasks, longest ${round(f.longestTask)} ms; ${runs.length} runs of ${runs.map(round).join(', ')} ms`);
  return { ...f, runs };
}

/** Hydrogen: ten temperatures 100 ms apart; ms from the last change to the isotherm title showing it. */
async function hydrogenTempUpdate(page: Page): Promise<number> {
  const field = await temperatureField(page);
  const times: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    // fresh values every repeat: results are cached by parameters
    const values = Array.from({ length: 10 }, (_, k) => String(500 + 100 * rep + 7 * k + 1));
    const last = values[9];
    const changes = await editSequence(field, values, 100);
    const spacing = changes.slice(1).map((c, i) => c - changes[i]);
    log(`hydrogen edits ${round(Math.min(...spacing))}–${round(Math.max(...spacing))} ms apart`);
    const handle = await page.waitForFunction(
      (title: string) => {
        const shown = Array.from(document.querySelectorAll('figcaption')).some((c) => c.textContent?.trim() === title);
        return shown ? performance.now() - ((window as BenchWindow).__benchLastChange ?? NaN) : false;
      },
      `PCT isotherms at ${last} K`,
      { polling: 'raf', timeout: 30_000 },
    );
    times.push((await handle.jsonValue()) as number);
    await page.waitForFunction(() => !document.querySelector('progress'), undefined, { timeout: 30_000 });
    await sleep(300);
  }
  log(`hydrogen temperature update ${times.map(round).join(', ')} ms`);
  return median(times);
}

/**
 * Hydrogen: the temperature slider dragged with the mouse across 60 % of its track over about
 * four seconds (a move every 16 ms); the frame rate meanwhile and how many distinct isotherm
 * temperatures the plot showed per second (the isotherms follow the drag as fast as the model runs).
 */
async function hydrogenDrag(page: Page) {
  const slider = page.getByRole('slider', { name: /^Temperature/ });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the temperature slider is not visible');
  await page.evaluate(() => {
    const w = window as BenchWindow & { __benchTitles?: string[]; __benchTitleObserver?: MutationObserver };
    const titles: string[] = [];
    w.__benchTitles = titles;
    const obs = new MutationObserver(() => {
      const c = Array.from(document.querySelectorAll('figcaption')).find((f) => f.textContent?.startsWith('PCT isotherms'));
      const text = c?.textContent ?? '';
      if (text && text !== titles[titles.length - 1]) titles.push(text);
    });
    obs.observe(document.body, { subtree: true, characterData: true, childList: true });
    w.__benchTitleObserver = obs;
  });
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  const t0 = await startFrames(page);
  await page.mouse.down();
  const moves = 240;
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(box.x + box.width * (0.2 + (0.6 * i) / moves), y);
    await sleep(16);
  }
  await page.mouse.up();
  const s = await stopFrames(page);
  const titles = await page.evaluate(() => {
    const w = window as BenchWindow & { __benchTitles?: string[]; __benchTitleObserver?: MutationObserver };
    w.__benchTitleObserver?.disconnect();
    return w.__benchTitles ?? [];
  });
  const f = windowFigures(t0, s.t1, s.frames, s.tasks);
  const redrawsPerSecond = (titles.length / (s.t1 - t0)) * 1000;
  log(`hydrogen drag: ${round(f.fps)} fps, p95 ${round(f.p95Interval)} ms, max ${round(f.maxInterval)} ms, ${f.longTasks} long tasks, ${titles.length} isotherm redraws in ${round((s.t1 - t0) / 1000)} s`);
  return { ...f, redrawsPerSecond };
}

/** Solidification: "Compute map" at 64 cells per axis; ms from the click to the map's svg drawn. */
async function stabilityMap(page: Page): Promise<number> {
  const card = page.getByRole('region', { name: 'Stability map' });
  await card.getByRole('combobox', { name: 'Cells per axis' }).selectOption('64');
  const button = (await card.getByRole('button', { name: 'Compute map' }).elementHandle()) as ElementHandle<HTMLButtonElement>;
  const gMax = card.getByRole('spinbutton', { name: /^G to/ });
  const times: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    await gMax.fill(String(100 + 10 * rep)); // a different map each time
    await button.evaluate((btn: HTMLButtonElement) => {
      if (btn.disabled) throw new Error('Compute map is disabled');
    });
    const ms = await button.evaluate(
      (btn: HTMLButtonElement) =>
        new Promise<number>((resolve, reject) => {
          const section = btn.closest('section') as HTMLElement;
          const t0 = performance.now();
          let cleared = false;
          const timer = setTimeout(() => reject(new Error('stability map not drawn within 60 s')), 60_000);
          const obs = new MutationObserver(() => {
            const status = section.querySelector('[role="status"]')?.textContent?.trim() ?? '';
            if (!status) {
              cleared = true;
              return;
            }
            const svg = section.querySelector('svg[data-testid="stability-map"]');
            if (cleared && svg?.querySelector('rect') && !section.querySelector('progress')) {
              obs.disconnect();
              clearTimeout(timer);
              resolve(performance.now() - t0);
            }
          });
          obs.observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
          btn.click();
        }),
    );
    times.push(ms);
  }
  log(`stability map 64×64 ${times.map(round).join(', ')} ms`);
  return median(times);
}

// ---------------------------------------------------------------------------------------------

export async function bench(): Promise<Record<string, number>> {
  const started = performance.now();
  const out: Record<string, number> = {};
  if (!findChromium()) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  log('building the app');
  const app = await serveBuild();
  let browser: Browser | null = null;
  try {
    browser = await launch();
    out.landingLoad_ms = await landingLoad(browser, app.url);

    for (const id of ['solidification', 'hydrogen', 'ionhop']) {
      const { ms, page } = await firstResult(browser, app.url, id);
      out[`${id}_firstResult_ms`] = ms;
      try {
        if (id === 'hydrogen') {
          const h = await hydrogenEdits(page);
          out.hydrogen_longestTask_ms = h.longestTask;
          out.hydrogen_longTasks = h.longTasks;
          out.hydrogen_fpsDuringEdits = h.fps;
          out.hydrogen_p95FrameInterval_ms = h.p95Interval;
          if (h.runs.length > 0) out.hydrogenRunsPerSecond = 1000 / median(h.runs);
          out.hydrogenTempUpdate_ms = await hydrogenTempUpdate(page);
          const drag = await hydrogenDrag(page);
          out.hydrogen_fpsDuringDrag = drag.fps;
          out.hydrogen_p95FrameIntervalDrag_ms = drag.p95Interval;
          out.hydrogen_longTasksDuringDrag = drag.longTasks;
          out.hydrogen_isothermRedrawsPerSecondDrag = drag.redrawsPerSecond;
        } else {
          const settled = await settling(page);
          out[`${id}_settleLongestTask_ms`] = settled.longestTask;
          const f = await duringLongRun(page, id, LONG_RUN[id]);
          out[`${id}_longestTask_ms`] = f.longestTask;
          out[`${id}_longTasks`] = f.longTasks;
          out[`${id}_fpsDuringRun`] = f.fps;
          out[`${id}_p95FrameInterval_ms`] = f.p95Interval;
        }
      } finally {
        await page.context().close();
      }
    }

    const page = await openPage(browser);
    try {
      await loadUntil(page, `${app.url}#/solidification`, firstResultShown);
      out.solidificationMap64_ms = await stabilityMap(page);
    } finally {
      await page.context().close();
    }
  } finally {
    await browser?.close();
    await app.close();
  }
  for (const [k, v] of Object.entries(out)) {
    if (!Number.isFinite(v)) throw new Error(`ui bench: figure ${k} is not finite (${v})`);
    out[k] = round(v);
  }
  log(`done in ${round((performance.now() - started) / 1000)} s`);
  return out;
}
