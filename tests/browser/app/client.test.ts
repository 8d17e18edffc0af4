import { describe, expect, it } from 'vitest';
import { ModelWorkerClient } from '../../../src/app/worker/client';

const createWorker = () => new Worker(new URL('../../fixtures/wave-model.worker.ts', import.meta.url), { type: 'module' });

describe('ModelWorkerClient against a real worker', () => {
  it('returns a result with transferred typed arrays, and reports progress', async () => {
    const client = new ModelWorkerClient(createWorker);
    const fractions: number[] = [];
    const outcome = await client.run({ steps: 60, workMs: 2 }, (p) => fractions.push(p.fraction)).done;
    expect(outcome.kind).toBe('result');
    if (outcome.kind === 'result') {
      expect(outcome.result.series.y).toBeInstanceOf(Float64Array);
      expect(outcome.result.series.y.length).toBe(60);
      expect(outcome.result.summary.samples).toBe(60);
    }
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]))).toBe(true);
    client.dispose();
  });

  it('reports invalid parameters without running', async () => {
    const client = new ModelWorkerClient(createWorker);
    const outcome = await client.run({ amplitude: '3 K' }).done;
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') expect(outcome.issues[0].field).toBe('amplitude');
    client.dispose();
  });

  it('cancels cooperatively, then runs again', async () => {
    const client = new ModelWorkerClient(createWorker, { graceMs: 2000 });
    const handle = client.run({ steps: 2000, workMs: 2 });
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    handle.cancel();
    expect((await handle.done).kind).toBe('cancelled');
    expect(performance.now() - t0).toBeLessThan(500);
    const again = await client.run({ steps: 20 }).done;
    expect(again.kind).toBe('result');
    client.dispose();
  });

  it('terminates and respawns a worker whose model ignores cancel', async () => {
    const client = new ModelWorkerClient(createWorker, { graceMs: 150 });
    const handle = client.run({ steps: 100000, workMs: 1, ignoreCancel: true });
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    handle.cancel();
    expect((await handle.done).kind).toBe('cancelled');
    expect(performance.now() - t0).toBeLessThan(1000);
    const again = await client.run({ steps: 20 }).done;
    expect(again.kind).toBe('result');
    client.dispose();
  });

  it('turns an exception in the model into a message, and the next run works', async () => {
    const client = new ModelWorkerClient(createWorker);
    const failed = await client.run({ steps: 50, failAt: 10 }).done;
    expect(failed).toEqual({ kind: 'error', message: expect.stringMatching(/deliberate failure at step 10/) });
    const again = await client.run({ steps: 20 }).done;
    expect(again.kind).toBe('result');
    client.dispose();
  });

  it('keeps the main thread free of long tasks while a model runs', async () => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    const client = new ModelWorkerClient(createWorker);
    await client.run({ steps: 300, workMs: 2 }, () => {}).done;
    observer.disconnect();
    expect(longTasks.filter((d) => d > 50)).toEqual([]);
    client.dispose();
  });
});

describe('superseding runs', () => {
  it('settles the old run as cancelled and runs the new one on the same worker, without respawning', async () => {
    let created = 0;
    const client = new ModelWorkerClient(() => {
      created++;
      return createWorker();
    });
    const first = client.run({ steps: 2000, workMs: 2 });
    await new Promise((r) => setTimeout(r, 50));
    const second = client.run({ steps: 30 });
    expect((await first.done).kind).toBe('cancelled');
    const outcome = await second.done;
    expect(outcome.kind).toBe('result');
    if (outcome.kind === 'result') expect(outcome.result.summary.samples).toBe(30);
    expect(created).toBe(1);
    client.dispose();
  });

  it('respawns when the superseded run ignores cancellation, and still runs the new one', async () => {
    let created = 0;
    const client = new ModelWorkerClient(
      () => {
        created++;
        return createWorker();
      },
      { graceMs: 150 },
    );
    void client.run({ steps: 100000, workMs: 1, ignoreCancel: true });
    await new Promise((r) => setTimeout(r, 50));
    const outcome = await client.run({ steps: 30 }).done;
    expect(outcome.kind).toBe('result');
    expect(created).toBe(2);
    client.dispose();
  });
});

describe('input rejected during a run', () => {
  it('comes back as an invalid outcome naming the field', async () => {
    const client = new ModelWorkerClient(createWorker);
    const outcome = await client.run({ rejectInput: true }).done;
    expect(outcome).toEqual({ kind: 'invalid', issues: [{ field: 'amplitude', code: 'input', message: 'amplitude: rejected by the model during the run', allowed: '' }] });
    client.dispose();
  });
});
