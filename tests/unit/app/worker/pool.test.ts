/**
 * The worker pool (src/app/worker/pool.ts) in Node, against in-process workers (helpers.ts): at most
 * `size` runs at once spread over the workers, results in input order whatever order they finish
 * in, progress as the fraction of runs finished, the first failure or a cancel stops every
 * worker's run, and the default size follows the machine's cores.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPoolSize, WorkerPool } from '../../../../src/app/worker/pool';
import wave, { type WaveParams } from '../../../fixtures/wave-model';
import type { ModelDefinition } from '../../../../src/core/model';
import { callsOf, inProcessWorkers, runawayWave, sleep } from './helpers';

vi.mock('comlink', async (original) => (await import('./exposeOn')).redirectExpose(await original()));
// a mutant that leaves a run unsettled fails its test here instead of stalling the mutation run
// (Stryker's own timeout restarts its test process); the longest test takes about a second
vi.setConfig({ testTimeout: 8_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

const samples = (results: { summary: Record<string, unknown> }[]) => results.map((r) => r.summary.samples);

describe('WorkerPool', () => {
  it('returns every result in input order, reporting the fraction finished after each', async () => {
    const { stats, workers, factory } = inProcessWorkers();
    const pool = new WorkerPool(factory, 2);
    const fractions: number[] = [];
    // the long first run finishes after the short ones: order must come from the index, not arrival
    const sets = [{ steps: 400, workMs: 0.2 }, { steps: 10 }, { steps: 20 }, { steps: 30 }, { steps: 40 }];
    const outcome = await pool.runAll(sets, (f) => fractions.push(f)).done;
    expect(outcome.kind).toBe('results');
    if (outcome.kind === 'results') expect(samples(outcome.results)).toEqual([400, 10, 20, 30, 40]);
    expect(fractions).toEqual([1, 2, 3, 4, 5].map((k) => k / 5));
    expect(stats.created, 'one worker per pool slot').toBe(2);
    const runs = workers.map((w) => callsOf(w, 'run'));
    expect(runs.reduce((a, b) => a + b)).toBe(5);
    expect(Math.min(...runs), 'both workers took runs').toBeGreaterThan(0);
    pool.dispose();
    expect(stats.terminated).toBe(2);
  });

  it('resolves an empty batch at once, with no worker started and no progress', async () => {
    const { stats, factory } = inProcessWorkers();
    const pool = new WorkerPool(factory, 3);
    const onProgress = vi.fn();
    expect(await pool.runAll([], onProgress).done).toEqual({ kind: 'results', results: [] });
    expect(onProgress).not.toHaveBeenCalled();
    expect(stats.created).toBe(0);
    pool.dispose();
  });

  it('has at least one worker whatever size it is given', async () => {
    const { stats, factory } = inProcessWorkers();
    const pool = new WorkerPool(factory, 0);
    const outcome = await pool.runAll([{ steps: 10 }, { steps: 20 }]).done;
    expect(outcome.kind === 'results' && samples(outcome.results)).toEqual([10, 20]);
    expect(stats.created).toBe(1);
    pool.dispose();
  });

  it('stops at the first failure, naming its index and outcome, and cancels the other runs', async () => {
    const { workers, factory } = inProcessWorkers();
    const pool = new WorkerPool(factory, 2);
    const onProgress = vi.fn();
    const sets = [{ steps: 2000, workMs: 1 }, { steps: 50, failAt: 5 }, { steps: 10 }, { steps: 10 }];
    const outcome = await pool.runAll(sets, onProgress).done;
    expect(outcome).toEqual({ kind: 'failed', index: 1, outcome: { kind: 'error', message: 'wave: deliberate failure at step 5' } });
    await vi.waitUntil(() => workers[0].calls.includes('cancel'));
    await sleep(30);
    const runs = workers.map((w) => callsOf(w, 'run'));
    expect(runs.reduce((a, b) => a + b), 'nothing started after the failure').toBe(2);
    expect(onProgress).not.toHaveBeenCalled();
    pool.dispose();
  });

  it('reports nothing of a run that ends with a result after the batch failed', async () => {
    // the second worker ignores cancel and finishes its run after the first failed
    let stubbornDone = false;
    const stubborn: ModelDefinition<WaveParams> = {
      ...wave,
      run: (p, ctx = {}) => wave.run(p, { onProgress: ctx.onProgress }).finally(() => (stubbornDone = true)),
    };
    const { workers, factory } = inProcessWorkers((n) => (n === 1 ? stubborn : wave));
    const pool = new WorkerPool(factory, 2);
    const onProgress = vi.fn();
    const outcome = await pool.runAll([{ steps: 10, failAt: 0 }, { steps: 25, workMs: 2 }], onProgress).done;
    expect(outcome.kind === 'failed' && outcome.index).toBe(0);
    await vi.waitUntil(() => callsOf(workers[1], 'cancel') === 1 && stubbornDone);
    // time for its result to reach the page (the client settles the run with it: the grace period is 250 ms)
    await sleep(30);
    expect(onProgress).not.toHaveBeenCalled();
    pool.dispose();
  });

  it('stops at an invalid parameter set, naming its issues', async () => {
    const pool = new WorkerPool(inProcessWorkers().factory, 1);
    const outcome = await pool.runAll([{ steps: 10 }, { amplitude: 5 }, { steps: 10 }]).done;
    expect(outcome.kind === 'failed' && outcome.index).toBe(1);
    expect(outcome.kind === 'failed' && outcome.outcome.kind === 'invalid' && outcome.outcome.issues.map((i) => i.field)).toEqual(['amplitude']);
    pool.dispose();
  });

  it('cancel settles the batch as cancelled and stops every running worker; later outcomes change nothing', async () => {
    const { workers, factory } = inProcessWorkers();
    const pool = new WorkerPool(factory, 2);
    const onProgress = vi.fn();
    const batch = pool.runAll([{ steps: 3000, workMs: 1 }, { steps: 3000, workMs: 1 }, { steps: 10 }], onProgress);
    await vi.waitUntil(() => workers.length === 2 && workers.every((w) => w.calls.includes('run')));
    batch.cancel();
    expect(await batch.done).toEqual({ kind: 'cancelled' });
    await vi.waitUntil(() => workers.every((w) => w.calls.includes('cancel')));
    await sleep(30);
    expect(workers.map((w) => callsOf(w, 'run')), 'the third set never started').toEqual([1, 1]);
    expect(onProgress).not.toHaveBeenCalled();
    batch.cancel();
    pool.dispose();
  });

  it('ends as cancelled when a worker is disposed under a run', async () => {
    const { factory } = inProcessWorkers(runawayWave() as ModelDefinition<WaveParams>);
    const pool = new WorkerPool(factory, 1);
    const batch = pool.runAll([{}, {}]);
    await sleep(5);
    pool.dispose();
    expect(await batch.done).toEqual({ kind: 'cancelled' });
  });

  it('runs the wave model the pool was made for', async () => {
    const pool = new WorkerPool(inProcessWorkers(wave).factory, 1);
    const outcome = await pool.runAll([{ steps: 12, amplitude: 0.5, shape: 'square' }]).done;
    expect(outcome.kind === 'results' && outcome.results[0].summary.peak).toBe(0.5);
    pool.dispose();
  });
});

describe('defaultPoolSize', () => {
  it('is the cores less one, between 1 and 4', () => {
    for (const [cores, size] of [[1, 1], [2, 1], [3, 2], [5, 4], [16, 4]]) {
      vi.stubGlobal('navigator', { hardwareConcurrency: cores });
      expect(defaultPoolSize(), `${cores} cores`).toBe(size);
    }
  });

  it('takes 2 cores when the browser does not say or there is no navigator', () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 0 });
    expect(defaultPoolSize()).toBe(1);
    vi.stubGlobal('navigator', undefined);
    expect(defaultPoolSize()).toBe(1);
  });

  it('sizes a pool made without a size', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 4 });
    const { stats, factory } = inProcessWorkers();
    const pool = new WorkerPool(factory);
    const outcome = await pool.runAll([{ steps: 10 }, { steps: 10 }, { steps: 10 }, { steps: 10 }]).done;
    expect(outcome.kind).toBe('results');
    expect(stats.created).toBe(3);
    pool.dispose();
  });
});
