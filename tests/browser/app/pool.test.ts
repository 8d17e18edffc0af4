import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../src/app/worker/pool';

const createWorker = () => new Worker(new URL('../../fixtures/wave-model.worker.ts', import.meta.url), { type: 'module' });

describe('WorkerPool', () => {
  it('runs every set across workers and returns results in input order', async () => {
    const pool = new WorkerPool(createWorker, 2);
    const sets = [10, 20, 30, 40, 50].map((steps) => ({ steps }));
    const fractions: number[] = [];
    const outcome = await pool.runAll(sets, (f) => fractions.push(f)).done;
    expect(outcome.kind).toBe('results');
    if (outcome.kind === 'results') expect(outcome.results.map((r) => r.summary.samples)).toEqual([10, 20, 30, 40, 50]);
    expect(fractions.at(-1)).toBe(1);
    pool.dispose();
  });

  it('stops at the first failure and says which set failed', async () => {
    const pool = new WorkerPool(createWorker, 2);
    const outcome = await pool.runAll([{ steps: 10 }, { steps: 10, failAt: 3 }]).done;
    expect(outcome).toMatchObject({ kind: 'failed', index: 1, outcome: { kind: 'error' } });
    pool.dispose();
  });

  it('cancels every running set', async () => {
    const pool = new WorkerPool(createWorker, 2);
    const handle = pool.runAll([1, 2, 3].map(() => ({ steps: 2000, workMs: 2 })));
    setTimeout(() => handle.cancel(), 50);
    expect((await handle.done).kind).toBe('cancelled');
    pool.dispose();
  });
});
