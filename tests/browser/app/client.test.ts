import { describe, expect, it } from 'vitest';
import { ModelWorkerClient } from '../../../src/app/worker/client';
import { countedWorkers } from './countedWorkers';

const createWorker = () => new Worker(new URL('../../fixtures/wave-model.worker.ts', import.meta.url), { type: 'module' });
const vanishingAtStart = () => new Worker(new URL('../../fixtures/wave-vanishing-at-start.worker.ts', import.meta.url), { type: 'module' });
const vanishingWorker = () => new Worker(new URL('../../fixtures/wave-vanishing.worker.ts', import.meta.url), { type: 'module' });

/** The wave worker factory, counting the workers made and terminated. */
const counted = (make: (n: number) => Worker = createWorker) => countedWorkers(make);

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

  it('cancels cooperatively (the worker stops itself and is kept), then runs again on it', async () => {
    const { stats, factory } = counted();
    const client = new ModelWorkerClient(factory, { graceMs: 60_000 });
    const handle = client.run({ steps: 2000, workMs: 2 });
    await new Promise((r) => setTimeout(r, 100));
    handle.cancel();
    expect((await handle.done).kind).toBe('cancelled');
    expect(stats, 'no worker terminated: the model stopped at its next pause').toEqual({ created: 1, terminated: 0 });
    const again = await client.run({ steps: 20 }).done;
    expect(again.kind).toBe('result');
    expect(stats.created, 'the next run uses the same worker').toBe(1);
    client.dispose();
  });

  it('terminates and respawns a worker whose model ignores cancel', async () => {
    const { stats, factory } = counted();
    const client = new ModelWorkerClient(factory, { graceMs: 150 });
    const handle = client.run({ steps: 100000, workMs: 1, ignoreCancel: true });
    await new Promise((r) => setTimeout(r, 100));
    handle.cancel();
    expect((await handle.done).kind).toBe('cancelled');
    expect(stats, 'the runaway worker was terminated and replaced').toEqual({ created: 2, terminated: 1 });
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
});

describe('superseding runs', () => {
  it('settles the old run as cancelled and runs the new one on the same worker, without respawning', async () => {
    const { stats, factory } = counted();
    // a grace period far longer than any cooperative stop: a respawn here could only come from a
    // run that ignores its cancel, not from a loaded machine
    const client = new ModelWorkerClient(factory, { graceMs: 60_000 });
    const first = client.run({ steps: 2000, workMs: 2 });
    await new Promise((r) => setTimeout(r, 50));
    const second = client.run({ steps: 30 });
    expect((await first.done).kind).toBe('cancelled');
    const outcome = await second.done;
    expect(outcome.kind).toBe('result');
    if (outcome.kind === 'result') expect(outcome.result.summary.samples).toBe(30);
    expect(stats, 'one worker, never terminated').toEqual({ created: 1, terminated: 0 });
    client.dispose();
  });

  it('respawns when the superseded run ignores cancellation, and still runs the new one', async () => {
    const { stats, factory } = counted();
    const client = new ModelWorkerClient(factory, { graceMs: 150 });
    void client.run({ steps: 100000, workMs: 1, ignoreCancel: true });
    await new Promise((r) => setTimeout(r, 50));
    const outcome = await client.run({ steps: 30 }).done;
    expect(outcome.kind).toBe('result');
    expect(stats, 'the runaway worker replaced').toEqual({ created: 2, terminated: 1 });
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

describe('streaming and worker lifetime', () => {
  it('forwards every partial result of a long run, in order, with its series', async () => {
    const client = new ModelWorkerClient(createWorker);
    const arrivals: { samples: number; points: number }[] = [];
    const outcome = await client.run({ steps: 300, workMs: 5 }, (p) => {
      if (p.partial) arrivals.push({ samples: Number(p.partial.summary.samples), points: p.partial.series.x.length });
    }).done;
    expect(outcome.kind).toBe('result');
    // the wave model reports every 20 ms of work over a 1.5 s run: dozens of partials are expected
    expect(arrivals.length, `partials received: ${arrivals.length}`).toBeGreaterThanOrEqual(6);
    expect(arrivals.every((a) => a.points === a.samples && a.points > 0)).toBe(true);
    expect(arrivals.every((a, i) => i === 0 || a.samples > arrivals[i - 1].samples), 'each partial further on than the last').toBe(true);
    client.dispose();
  });

  it('replaces a worker that ignores cancel at the cancel itself, not at the next run', async () => {
    const { stats, factory } = counted();
    const client = new ModelWorkerClient(factory);
    const handle = client.run({ steps: 100000, workMs: 1, ignoreCancel: true });
    await new Promise((r) => setTimeout(r, 150));
    handle.cancel();
    expect((await handle.done).kind).toBe('cancelled');
    expect(stats, 'after cancel, before any other run').toEqual({ created: 2, terminated: 1 });
    const again = await client.run({ steps: 20 }).done;
    expect(again.kind).toBe('result');
    expect(stats.created, 'the next run uses the replacement').toBe(2);
    client.dispose();
  });

  it('notices a worker that closes itself (no error event), says so, and the next run works', async () => {
    const { stats, factory } = counted((n) => (n === 0 ? vanishingWorker() : createWorker()));
    const client = new ModelWorkerClient(factory);
    const lost = await client.run({ steps: 2000, workMs: 2 }).done;
    expect(lost).toEqual({ kind: 'error', message: 'the worker stopped unexpectedly', code: 'worker-lost' });
    const again = await client.run({ steps: 20 }).done;
    expect(again.kind).toBe('result');
    expect(stats.created).toBe(2);
    client.dispose();
  });

  it('notices a worker that closes itself before it answers anything (its lock never held), and the next run works', async () => {
    const { stats, factory } = counted((n) => (n === 0 ? vanishingAtStart() : createWorker()));
    const client = new ModelWorkerClient(factory, { silenceMs: 600 });
    const lost = await client.run({ steps: 20 }).done;
    expect(lost).toEqual({ kind: 'error', message: 'the worker stopped unexpectedly', code: 'worker-lost' });
    const again = await client.run({ steps: 20 }).done;
    expect(again.kind).toBe('result');
    expect(stats.created).toBe(2);
    client.dispose();
  });

  it('without Web Locks, notices a vanished worker by an unanswered ping, and leaves a busy one alone', async () => {
    Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
    try {
      const { stats, factory } = counted((n) => (n === 0 ? vanishingWorker() : createWorker()));
      const client = new ModelWorkerClient(factory, { silenceMs: 600 });
      const lost = await client.run({ steps: 2000, workMs: 2 }).done;
      expect(lost).toEqual({ kind: 'error', message: 'the worker stopped unexpectedly', code: 'worker-lost' });
      // a model busy for 2 s (more than three silence periods) answers its pings between chunks
      const again = await client.run({ steps: 1000, workMs: 2 }).done;
      expect(again.kind).toBe('result');
      expect(stats.created).toBe(2);
      client.dispose();
    } finally {
      delete (navigator as { locks?: unknown }).locks;
    }
    expect(navigator.locks).toBeDefined();
  });

  it('starts no worker once disposed', async () => {
    const { stats, factory } = counted();
    const client = new ModelWorkerClient(factory);
    await client.run({ steps: 20 }).done;
    client.dispose();
    expect((await client.run({ steps: 20 }).done).kind).toBe('cancelled');
    expect(stats).toEqual({ created: 1, terminated: 1 });
  });
});
