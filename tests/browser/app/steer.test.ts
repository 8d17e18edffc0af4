/**
 * Runs users steer, on the model page with the test-only wave model: edits change the shown
 * result, partial results reach the page, Cancel keeps the last partial (marked, exportable,
 * focus kept), an edit starts its run at once, a runaway worker is replaced at Cancel, a vanished
 * worker is reported, and no worker outlives its page. The tests check order and state, never
 * elapsed time; the times users feel (edit → first partial, Cancel → settled page) are measured
 * by `npm run bench` (bench/steer.bench.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import App from '../../../src/app/App.svelte';
import type { ModelEntry } from '../../../src/app/models/types';
import { waveEntry } from './wave-entry';
import { countedWorkers } from './countedWorkers';
import { exportedBlob } from '../exportedFile';
import { setLocale } from '../../../src/app/i18n/locale.svelte';

const waveWorker = () => new Worker(new URL('../../fixtures/wave-model.worker.ts', import.meta.url), { type: 'module' });
const vanishingWorker = () => new Worker(new URL('../../fixtures/wave-vanishing.worker.ts', import.meta.url), { type: 'module' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let unmount: (() => void) | null = null;
afterEach(() => {
  setLocale('en');
  unmount?.();
  unmount = null;
  history.replaceState(null, '', '#/');
});

/** The wave entry with a worker factory that counts the workers made and terminated. */
function countingEntry(make: (n: number) => Worker = () => waveWorker(), base: ModelEntry = waveEntry) {
  const { stats, factory } = countedWorkers(make);
  return { entry: { ...base, createWorker: factory } satisfies ModelEntry, stats };
}

async function open(hash: string, entry: ModelEntry) {
  history.replaceState(null, '', hash);
  const screen = await render(App, { entries: [entry] });
  unmount = () => screen.unmount();
  return screen;
}

const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;
const progressValue = () => (document.querySelector('progress') as HTMLProgressElement | null)?.value ?? null;
const amplitudeField = () => page.getByRole('textbox', { name: /Amplitude/ });

/** Types a value into a text field and commits it as the panel does (change event). */
function commit(field: HTMLInputElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Records, in order, every change of the page's text and progress bar. */
function recordChanges() {
  const log: { amplitude: string | null; points: string | null; progress: number | null }[] = [];
  const observer = new MutationObserver(() => log.push({ amplitude: text('amplitude'), points: text('points'), progress: progressValue() }));
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return { log, stop: () => observer.disconnect() };
}

describe('steering runs on the model page', () => {
  it('shows a new result after an edit (the cache is keyed by values, not names)', async () => {
    const { entry } = countingEntry();
    await open('#/wave?steps=50', entry);
    await expect.poll(() => Number(text('peak')), { timeout: 10_000 }).toBeGreaterThan(0);
    const before = Number(text('peak'));
    commit(amplitudeField().element() as HTMLInputElement, '25');
    await expect.poll(() => Number(text('peak')), { timeout: 10_000 }).toBeCloseTo(before * 2.5, 12);
    commit(amplitudeField().element() as HTMLInputElement, '10');
    await expect.poll(() => Number(text('peak')), { timeout: 10_000 }).toBeCloseTo(before, 12);
  });

  it('shows the partial results of a long run one after another, each further on than the last', async () => {
    const { entry } = countingEntry();
    const rec = recordChanges();
    await open('#/wave?steps=1000&workMs=2', entry);
    await expect.poll(() => progressValue() === null && text('points') === '1000', { timeout: 20_000 }).toBe(true);
    rec.stop();
    const shown = rec.log.filter((r, i) => r.points !== null && r.points !== rec.log[i - 1]?.points).map((r) => Number(r.points));
    expect(shown.length - 1, `distinct partials shown before the result: ${shown.join(', ')}`).toBeGreaterThanOrEqual(4);
    expect(shown.every((n, i) => i === 0 || n > shown[i - 1]), `points shown, in order: ${shown.join(', ')}`).toBe(true);
    expect(shown.at(-1), 'the final result last').toBe(1000);
  });

  it('keeps the last partial on screen after Cancel, marked in the status and the exports, with focus on the run controls', async () => {
    const { entry } = countingEntry();
    await open('#/wave?steps=4000&workMs=2', entry);
    await expect.poll(() => Number(text('points') ?? 0), { timeout: 10_000 }).toBeGreaterThan(100);
    const cancel = page.getByRole('button', { name: 'Cancel' });
    (cancel.element() as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByTestId('run-status')).toHaveTextContent(/Cancelled at t = [\d.]+ \S+ \([\d.]+ % of the run\)\. The result shown is partial\./);
    const kept = Number(text('points'));
    expect(kept).toBeGreaterThan(100);
    expect(kept).toBeLessThan(4000);
    expect(document.activeElement, 'focus after Cancel').toBe(page.getByRole('button', { name: 'Run' }).element());
    await sleep(600);
    expect(Number(text('points')), 'still shown 600 ms later').toBe(kept);
    await expect.element(page.getByRole('img', { name: 'Wave' })).toBeInTheDocument();

    const json = JSON.parse(await (await exportedBlob(page.getByRole('button', { name: /JSON/ }).element() as HTMLButtonElement)).text());
    expect(json.partial).toBe(true);
    expect(json.cancelledAt).toMatchObject({ reason: 'cancelled' });
    expect(json.cancelledAt.fraction).toBeCloseTo(kept / 4000, 2);
    expect(json.cancelledAt.note).toMatch(/^partial result: the run was cancelled at t = /);
    const csv = await (await exportedBlob(page.getByRole('button', { name: /all series \(CSV\)/ }).element() as HTMLButtonElement)).text();
    const rows = csv.split(/\r?\n/).filter((l) => l !== '');
    expect(rows[0], 'the first row is the header').toMatch(/\[/);
    expect(rows, 'header and every kept point, nothing dropped').toHaveLength(kept + 1);
  });

  it('says where a run was cancelled in Japanese too', async () => {
    const { entry } = countingEntry();
    setLocale('ja');
    await open('#/wave?steps=4000&workMs=2', entry);
    await expect.poll(() => Number(text('points') ?? 0), { timeout: 10_000 }).toBeGreaterThan(100);
    await page.getByRole('button', { name: '中止' }).click();
    await expect.element(page.getByTestId('run-status')).toHaveTextContent(/t = [\d.]+ \S+ で中止しました（計算の [\d.]+ %）/);
  });

  it('starts the run of an edit at once on the same worker, and never shows the old run’s progress or values after it', async () => {
    const { entry, stats } = countingEntry();
    await open('#/wave?steps=4000&workMs=2', entry);
    await expect.poll(() => progressValue() ?? 0, { timeout: 15_000 }).toBeGreaterThan(0.2);
    const rec = recordChanges();
    const oldProgress = progressValue() ?? 0;
    commit(amplitudeField().element() as HTMLInputElement, '25');
    await expect.poll(() => text('amplitude'), { timeout: 5000 }).toBe('0.025');
    await expect.poll(() => progressValue() ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    rec.stop();
    const first = rec.log.findIndex((r) => r.amplitude === '0.025');
    expect(first, 'a partial of the new run').toBeGreaterThanOrEqual(0);
    const after = rec.log.slice(first);
    expect(after.every((r) => r.amplitude === '0.025'), 'only the new run’s values once it has shown one').toBe(true);
    const progress = after.filter((r) => r.progress !== null).map((r) => r.progress as number);
    expect(progress[0], `the first progress shown after the edit (the old run was at ${oldProgress.toFixed(3)})`).toBeLessThan(0.5 * oldProgress);
    expect(rec.log.some((r) => r.points === '4000'), 'the old run was not left to finish').toBe(false);
    expect(stats.created, 'the new run uses the same worker').toBe(1);
  });

  it('drops the run of an edit when Cancel follows the edit at once, keeping the old run’s partial', async () => {
    const { entry } = countingEntry();
    await open('#/wave?steps=4000&workMs=2', entry);
    await expect.poll(() => progressValue() ?? 0, { timeout: 15_000 }).toBeGreaterThan(0.1);
    const field = amplitudeField().element() as HTMLInputElement;
    commit(field, '25');
    (page.getByRole('button', { name: 'Cancel' }).element() as HTMLButtonElement).click();
    await expect.element(page.getByTestId('run-status')).toHaveTextContent(/Cancelled at t = \S+ \S+ \(([\d.]+) % of the run\)/);
    const percent = Number(/\(([\d.]+) %/.exec(text('run-status') ?? '')![1]);
    // the bar passed 0.1 before the edit; the status is rounded to 3 digits, so 10.0x % reads "10"
    expect(percent, 'where the old run stopped, % (not the reset 0 of the edit run)').toBeGreaterThanOrEqual(10);
    const kept = text('points');
    await sleep(600);
    expect(progressValue(), 'no run started').toBeNull();
    expect(text('points')).toBe(kept);
    expect(field.value).toBe('25');
  });

  it('terminates and replaces a worker that ignores Cancel, and the next run works', async () => {
    const { entry, stats } = countingEntry();
    await open('#/wave?steps=100000&workMs=1&ignoreCancel=true', entry);
    await expect.element(page.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    await sleep(300);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.element(page.getByTestId('run-status')).toHaveTextContent(/Cancelled at 0 % of the run, before its first partial result/);
    // the page settles at once; the runaway worker is terminated and replaced after the grace period, with no other run asked for
    await expect.poll(() => ({ ...stats }), { timeout: 10_000 }).toEqual({ created: 2, terminated: 1 });
    await page.getByRole('checkbox', { name: /Ignore cancel/ }).click();
    commit(page.getByRole('textbox', { name: /Work per step/ }).element() as HTMLInputElement, '0');
    await expect.poll(() => progressValue() === null && text('points') === '100000', { timeout: 10_000 }).toBe(true);
    // the two edits above may each supersede a run; under load a superseded run can outlast the
    // grace period and be replaced too, so count live workers rather than workers made
    expect(stats.created - stats.terminated, 'exactly one model worker alive after the next run').toBe(1);
  });

  it('starts exactly one run when a page opens (the first run is not superseded by an identical one)', async () => {
    const runs: string[] = [];
    const { entry } = countingEntry(() => {
      const w = waveWorker();
      const post = w.postMessage.bind(w) as (message: unknown, transfer?: Transferable[]) => void;
      w.postMessage = ((message: { type?: string; path?: string[] }, transfer?: Transferable[]) => {
        if (message?.type === 'APPLY' && message.path?.[0] === 'run') runs.push(message.path[0]);
        post(message, transfer);
      }) as Worker['postMessage'];
      return w;
    });
    await open('#/wave?steps=400&workMs=2', entry);
    await expect.poll(() => progressValue() === null && text('points') === '400', { timeout: 20_000 }).toBe(true);
    expect(runs.length, 'runs started by opening the page').toBe(1);
  });

  it('reports a worker that vanishes without an error event, and the next run works', async () => {
    const { entry, stats } = countingEntry((n) => (n === 0 ? vanishingWorker() : waveWorker()));
    await open('#/wave?steps=400&workMs=2', entry);
    await expect.element(page.getByRole('alert'), { timeout: 15_000 }).toHaveTextContent(/worker stopped unexpectedly/);
    await expect.element(page.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await page.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => progressValue() === null && text('points') === '400', { timeout: 20_000 }).toBe(true);
    expect(stats.created).toBe(2);
  });
});

describe('no worker outlives its page', () => {
  it('disposes what a page created when it is left while still loading', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { entry, stats } = countingEntry();
    const slow: ModelEntry = {
      ...entry,
      loadModel: async () => {
        await gate;
        return entry.loadModel();
      },
    };
    await open('#/wave?steps=100000&workMs=1', slow);
    await expect.element(page.getByText('Loading the model…')).toBeInTheDocument();
    location.hash = '#/';
    await expect.poll(() => document.querySelector('.model-page'), { timeout: 5000 }).toBeNull();
    release();
    await sleep(500);
    expect(stats).toMatchObject({ created: 0, terminated: 0 });
  });

  it('leaves no worker running after 40 quick visits of 0–190 ms', async () => {
    const { entry, stats } = countingEntry();
    await open('#/', entry);
    for (let i = 0; i < 40; i++) {
      location.hash = '#/wave?steps=100000&workMs=1';
      await sleep((i * 37) % 190);
      location.hash = '#/';
      await sleep(20);
    }
    await expect.poll(() => stats.created - stats.terminated, { timeout: 5000 }).toBe(0);
    await sleep(500);
    expect(stats.created - stats.terminated, `workers alive (${stats.created} made)`).toBe(0);
    expect(stats.created, 'pages that got as far as a worker').toBeGreaterThan(5);
  });
});
