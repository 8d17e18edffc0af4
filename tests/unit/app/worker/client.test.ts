/**
 * The worker client (src/app/worker/client.ts) in Node, against in-process workers (helpers.ts): a
 * `MessageChannel` with the real `workers/expose.ts` wiring of the wave fixture model on its far
 * side. Checks the plumbing users rely on: results and partials arrive in order, refusals come
 * back as `invalid`, a cancel keeps a cooperative worker and replaces a runaway one exactly once,
 * a new run supersedes the old one (no stale value after it), worker failures (error events,
 * unreadable messages, a worker that vanishes — noticed by its Web Lock or by unanswered pings)
 * become readable errors, and nothing starts a worker after `dispose`. The browser tests
 * (tests/browser/app/client.test.ts) do the same with real workers; these make it mutation-testable.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_GRACE_MS, ModelWorkerClient, type RunOutcome } from '../../../../src/app/worker/client';
import type { ModelDefinition, Progress } from '../../../../src/core/model';
import wave, { type WaveParams } from '../../../fixtures/wave-model';
import { callsOf, fakeLocks, inProcessWorkers, runawayThenWave, runawayWave, sleep } from './helpers';

vi.mock('comlink', async (original) => (await import('./exposeOn')).redirectExpose(await original()));
// a mutant that leaves a run unsettled fails its test here instead of stalling the mutation run
// (Stryker's own timeout restarts its test process); the longest test takes about a second
vi.setConfig({ testTimeout: 8_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The wave model with its run replaced (e.g. to throw something that is not an Error). */
const waveWith = (run: ModelDefinition<WaveParams>['run']): ModelDefinition<WaveParams> => ({ ...wave, run });

/** The wave model ignoring its abort signal, still yielding and reporting (finishes in its own time). */
const stubbornWave = waveWith((p, ctx = {}) => wave.run(p, { onProgress: ctx.onProgress }));

/** A client whose first worker runs away, a run on it, and a second run (`values`) superseding that one. */
function runawaySuperseded(graceMs: number, values: Record<string, unknown>) {
  const { stats, workers, factory } = inProcessWorkers(runawayThenWave);
  const client = new ModelWorkerClient(factory, { graceMs });
  return { stats, workers, client, first: client.run({}), second: client.run(values) };
}

/** A run of `firstValues` superseded 25 ms in by a run of `secondValues` (grace 60 s); `late` counts the first run's reports after that. */
async function superseded(model: ModelDefinition<WaveParams>, firstValues: Record<string, unknown>, secondValues: Record<string, unknown>, onProgress?: (p: Progress) => void) {
  const { stats, factory } = inProcessWorkers(model);
  const client = new ModelWorkerClient(factory, { graceMs: 60_000 });
  const late = { count: 0, counting: false };
  const first = client.run(firstValues, () => {
    if (late.counting) late.count++;
  });
  await sleep(25);
  const second = client.run(secondValues, onProgress);
  late.counting = true;
  return { stats, client, first, second, late };
}

const kindOf = async (done: Promise<RunOutcome>) => (await done).kind;

describe('runs and progress', () => {
  it('returns the result with its typed arrays and parameters, and streams partial results in order, each further on', async () => {
    const { stats, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    const seen: Progress[] = [];
    const outcome = await client.run({ steps: 40, workMs: 2, amplitude: 0.002, shape: 'square' }, (p) => seen.push(p)).done;
    expect(outcome.kind).toBe('result');
    if (outcome.kind !== 'result') return;
    expect(outcome.result.series.y).toBeInstanceOf(Float64Array);
    expect(outcome.result.summary.samples).toBe(40);
    expect(outcome.params).toMatchObject({ amplitude: 0.002, shape: 'square', steps: 40 });
    expect(outcome.result.summary.peak, 'a square wave peaks at its amplitude').toBe(0.002);
    expect(seen.length, 'a 80 ms run reports every 20 ms').toBeGreaterThanOrEqual(2);
    for (const [i, p] of seen.entries()) {
      expect(p.fraction).toBeGreaterThan(i === 0 ? 0 : seen[i - 1].fraction);
      expect(p.partial?.series.x.length).toBe(p.partial?.summary.samples);
      expect(p.partial?.summary.samples).toBe(Math.round(p.fraction * 40));
    }
    expect(stats).toEqual({ created: 1, terminated: 0 });
    client.dispose();
  });

  it('runs one after another on the same worker', async () => {
    const { stats, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    for (const steps of [10, 20, 30]) {
      const o = await client.run({ steps }).done;
      expect(o.kind === 'result' && o.result.summary.samples).toBe(steps);
    }
    expect(stats).toEqual({ created: 1, terminated: 0 });
    client.dispose();
  });

  it('reports invalid parameters as the validator words them, without running', async () => {
    const { workers, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    const outcome = await client.run({ amplitude: 5 }).done;
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') expect(outcome.issues.map((i) => i.field)).toEqual(['amplitude']);
    expect(callsOf(workers[0], 'run')).toBe(1);
    client.dispose();
  });

  it('reports input the model refuses during the run (InvalidParamsError) as invalid, naming the field', async () => {
    const client = new ModelWorkerClient(inProcessWorkers().factory);
    const outcome = await client.run({ rejectInput: true }).done;
    expect(outcome).toEqual({ kind: 'invalid', issues: [{ field: 'amplitude', code: 'input', message: 'amplitude: rejected by the model during the run', allowed: '' }] });
    client.dispose();
  });

  it('turns an exception of the model into its message, keeps the worker, and the next run works', async () => {
    const { stats, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    expect(await client.run({ steps: 50, failAt: 10 }).done).toEqual({ kind: 'error', message: 'wave: deliberate failure at step 10' });
    expect(await kindOf(client.run({ steps: 20 }).done)).toBe('result');
    expect(stats).toEqual({ created: 1, terminated: 0 });
    client.dispose();
  });

  it('reads a thrown non-Error: an object by its message, anything else as text', async () => {
    const objects = new ModelWorkerClient(inProcessWorkers(waveWith(() => Promise.reject({ message: 'an object' }))).factory);
    expect(await objects.run({}).done).toEqual({ kind: 'error', message: 'an object' });
    const strings = new ModelWorkerClient(inProcessWorkers(waveWith(() => Promise.reject('a string'))).factory);
    expect(await strings.run({}).done).toEqual({ kind: 'error', message: 'a string' });
    const nulls = new ModelWorkerClient(inProcessWorkers(waveWith(() => Promise.reject(null))).factory);
    expect(await nulls.run({}).done).toEqual({ kind: 'error', message: 'null' });
    for (const c of [objects, strings, nulls]) c.dispose();
  });
});

describe('cancel', () => {
  it('stops a cooperative model at its next pause and keeps its worker, with the default grace period', async () => {
    const { stats, workers, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    let reports = 0;
    const handle = client.run({ steps: 2000, workMs: 1 }, () => reports++);
    await vi.waitUntil(() => reports > 0);
    handle.cancel();
    expect(await handle.done).toEqual({ kind: 'cancelled' });
    expect(stats, 'no worker terminated').toEqual({ created: 1, terminated: 0 });
    expect(callsOf(workers[0], 'cancel')).toBe(1);
    expect(await kindOf(client.run({ steps: 20 }).done)).toBe('result');
    expect(stats.created, 'the next run on the same worker').toBe(1);
    client.dispose();
  });

  it('terminates a runaway worker after the grace period and replaces it once, at the cancel itself', async () => {
    const { stats, factory } = inProcessWorkers(runawayThenWave);
    const client = new ModelWorkerClient(factory, { graceMs: 30 });
    const handle = client.run({});
    handle.cancel();
    expect(await handle.done).toEqual({ kind: 'cancelled' });
    expect(stats, 'the runaway replaced before any other run').toEqual({ created: 2, terminated: 1 });
    expect(await kindOf(client.run({ steps: 20 }).done)).toBe('result');
    expect(stats, 'the next run uses the replacement').toEqual({ created: 2, terminated: 1 });
    client.dispose();
  });

  it('a second cancel, or a cancel after the outcome, does nothing', async () => {
    const { workers, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    const done = client.run({ steps: 10 });
    expect(await kindOf(done.done)).toBe('result');
    done.cancel();
    const running = client.run({ steps: 2000, workMs: 1 });
    running.cancel();
    running.cancel();
    expect(await running.done).toEqual({ kind: 'cancelled' });
    await sleep(5);
    expect(callsOf(workers[0], 'cancel')).toBe(1);
    client.dispose();
  });

  it('settles a run cancelled while it waits for the run before it to stop, and never starts it', async () => {
    const { stats, workers, client, first, second } = runawaySuperseded(40, { steps: 20 });
    expect(await first.done).toEqual({ kind: 'cancelled' });
    second.cancel();
    expect(await second.done).toEqual({ kind: 'cancelled' });
    await vi.waitUntil(() => stats.created === 2);
    await sleep(20);
    expect(workers[1].calls, 'the replacement ran nothing').not.toContain('run');
    expect(stats).toEqual({ created: 2, terminated: 1 });
    client.dispose();
  });
});

describe('superseding runs', () => {
  it('settles the old run as cancelled at once and shows only the new run (same worker, no stale progress)', async () => {
    const newProgress: number[] = [];
    const { stats, client, first, second, late } = await superseded(wave, { steps: 2000, workMs: 1 }, { steps: 40, workMs: 2 }, (p) =>
      newProgress.push(Number(p.partial?.summary.samples)),
    );
    expect(await first.done).toEqual({ kind: 'cancelled' });
    const outcome = await second.done;
    expect(outcome.kind === 'result' && outcome.result.summary.samples).toBe(40);
    expect(newProgress.every((s) => s <= 40), 'only the new run reports to the new handler').toBe(true);
    expect(late.count, 'the superseded run reports nothing more').toBe(0);
    expect(stats).toEqual({ created: 1, terminated: 0 });
    client.dispose();
  });

  it('waits for a superseded model that ignores cancel but stops in time, on the same worker, dropping its late progress', async () => {
    const { stats, client, first, second, late } = await superseded(stubbornWave, { steps: 60, workMs: 2 }, { steps: 30 });
    expect(await first.done).toEqual({ kind: 'cancelled' });
    const outcome = await second.done;
    expect(outcome.kind === 'result' && outcome.result.summary.samples).toBe(30);
    expect(late.count, 'late partials of the superseded run are dropped').toBe(0);
    expect(stats).toEqual({ created: 1, terminated: 0 });
    client.dispose();
  });

  it('replaces a runaway worker once when two runs supersede it in turn; the last runs on the replacement', async () => {
    const { stats, workers, client, first, second } = runawaySuperseded(30, { steps: 20 });
    const third = client.run({ steps: 30 });
    expect([await kindOf(first.done), await kindOf(second.done)]).toEqual(['cancelled', 'cancelled']);
    const outcome = await third.done;
    expect(outcome.kind === 'result' && outcome.result.summary.samples).toBe(30);
    expect(stats).toEqual({ created: 2, terminated: 1 });
    expect(callsOf(workers[1], 'run'), 'the second run never started').toBe(1);
    client.dispose();
  });

  it('replaces a superseded runaway worker once and runs the new values on the replacement', async () => {
    const { stats, workers, client, first, second } = runawaySuperseded(30, { steps: 30 });
    expect(await first.done).toEqual({ kind: 'cancelled' });
    const outcome = await second.done;
    expect(outcome.kind === 'result' && outcome.result.summary.samples).toBe(30);
    expect(stats).toEqual({ created: 2, terminated: 1 });
    expect(callsOf(workers[0], 'cancel'), 'the runaway was asked to stop first').toBe(1);
    client.dispose();
  });
});

describe('worker failures', () => {
  it('reports an error event during a run, respawns the worker once, and the next run works', async () => {
    const { stats, workers, factory } = inProcessWorkers(runawayWave());
    const client = new ModelWorkerClient(factory);
    const handle = client.run({});
    await vi.waitUntil(() => workers[0].calls.includes('run'));
    const event = Object.assign(new Event('error', { cancelable: true }), { message: 'boom' });
    workers[0].worker.dispatchEvent(event);
    expect(event.defaultPrevented, 'the error is handled, not logged as uncaught').toBe(true);
    workers[0].fireError('boom again');
    expect(await handle.done).toEqual({ kind: 'error', message: 'boom' });
    expect(stats, 'one replacement for two events').toEqual({ created: 2, terminated: 1 });
    client.dispose();
  });

  it('ignores a late error event of a worker it has already replaced', async () => {
    const { stats, workers, factory } = inProcessWorkers(runawayThenWave);
    const client = new ModelWorkerClient(factory, { graceMs: 20 });
    const handle = client.run({});
    handle.cancel();
    await handle.done;
    expect(stats).toEqual({ created: 2, terminated: 1 });
    workers[0].fireError('late');
    workers[0].fireMessageError();
    expect(stats, 'the replacement is kept').toEqual({ created: 2, terminated: 1 });
    expect(await kindOf(client.run({ steps: 10 }).done)).toBe('result');
    client.dispose();
  });

  it('names an error event without a message as a failed start', async () => {
    const { workers, factory } = inProcessWorkers(runawayWave());
    const client = new ModelWorkerClient(factory);
    const handle = client.run({});
    workers[0].fireError('');
    expect(await handle.done).toEqual({ kind: 'error', message: 'the worker failed to start' });
    client.dispose();
  });

  it('reports a message that could not be read', async () => {
    const { workers, factory } = inProcessWorkers(runawayWave());
    const client = new ModelWorkerClient(factory);
    const handle = client.run({});
    workers[0].fireMessageError();
    expect(await handle.done).toEqual({ kind: 'error', message: 'a message from the worker could not be read' });
    client.dispose();
  });

  it('discards a worker that fails while idle; the next run starts a fresh one', async () => {
    const { stats, workers, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    expect(await kindOf(client.run({ steps: 10 }).done)).toBe('result');
    workers[0].fireError('late');
    expect(stats).toEqual({ created: 1, terminated: 1 });
    expect(await kindOf(client.run({ steps: 10 }).done)).toBe('result');
    expect(stats).toEqual({ created: 2, terminated: 1 });
    client.dispose();
  });

  it('without Web Locks: takes a worker that stops answering pings during a run as lost, and the next run works', async () => {
    const { stats, workers, factory } = inProcessWorkers(runawayThenWave);
    const client = new ModelWorkerClient(factory, { silenceMs: 200 });
    const handle = client.run({});
    await vi.waitUntil(() => workers[0].calls.includes('ping'));
    workers[0].vanish();
    expect(await handle.done).toEqual({ kind: 'error', message: 'the worker stopped unexpectedly', code: 'worker-lost' });
    expect(await kindOf(client.run({ steps: 20 }).done)).toBe('result');
    expect(stats.created).toBe(2);
    client.dispose();
  });

  it('without Web Locks: a live worker that answers its pings is kept through a long run', async () => {
    const { workers, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory, { silenceMs: 450 });
    const outcome = await client.run({ steps: 150, workMs: 3 }).done;
    expect(outcome.kind).toBe('result');
    const pings = callsOf(workers[0], 'ping');
    expect(pings, 'a 450 ms run pinged every 150 ms').toBeGreaterThanOrEqual(2);
    client.dispose();
  });

  it('without Web Locks: stops pinging when the run is over', async () => {
    const { workers, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory, { silenceMs: 300 });
    expect(await kindOf(client.run({ steps: 40, workMs: 2 }).done)).toBe('result');
    await sleep(20);
    const pings = callsOf(workers[0], 'ping');
    await sleep(250);
    expect(callsOf(workers[0], 'ping')).toBe(pings);
    client.dispose();
  });

  it('without Web Locks: never asks the worker to hold one', async () => {
    const { workers, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    expect(await kindOf(client.run({ steps: 10 }).done)).toBe('result');
    expect(workers[0].calls).not.toContain('hold');
    client.dispose();
  });

  it('with Web Locks: notices a worker that vanishes during a run by its lock (no ping could: silence is 10 min)', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const { stats, workers, factory } = inProcessWorkers(runawayThenWave);
    const client = new ModelWorkerClient(factory, { silenceMs: 600_000 });
    const handle = client.run({});
    await vi.waitUntil(() => workers[0].locks.size > 0 && workers[0].calls.includes('run'));
    workers[0].vanish();
    expect(await handle.done).toEqual({ kind: 'error', message: 'the worker stopped unexpectedly', code: 'worker-lost' });
    expect(stats, 'replaced at once').toEqual({ created: 2, terminated: 1 });
    expect(await kindOf(client.run({ steps: 20 }).done)).toBe('result');
    client.dispose();
  });

  it('with Web Locks: each worker holds a lock of its own name', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const { workers, factory } = inProcessWorkers();
    const a = new ModelWorkerClient(factory);
    const b = new ModelWorkerClient(factory);
    await Promise.all([a.run({ steps: 10 }).done, b.run({ steps: 10 }).done]);
    await vi.waitUntil(() => workers.every((w) => w.locks.size === 1));
    const [[nameA], [nameB]] = workers.map((w) => [...w.locks]);
    expect(nameA).not.toBe(nameB);
    a.dispose();
    b.dispose();
  });

  it('with Web Locks: discards a worker that vanishes while idle; the next run starts a fresh one', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const { stats, workers, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    expect(await kindOf(client.run({ steps: 10 }).done)).toBe('result');
    await vi.waitUntil(() => workers[0].locks.size > 0);
    workers[0].vanish();
    await vi.waitUntil(() => stats.terminated === 1);
    expect(await kindOf(client.run({ steps: 10 }).done)).toBe('result');
    expect(stats).toEqual({ created: 2, terminated: 1 });
    client.dispose();
  });

  it('with Web Locks held: runs do not ping the worker', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const { workers, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory, { silenceMs: 300 });
    expect(await kindOf(client.run({ steps: 10 }).done)).toBe('result');
    await sleep(10);
    const before = workers[0].calls.length;
    // without the lock's notice a run pings at once
    expect(await kindOf(client.run({ steps: 20, workMs: 1 }).done)).toBe('result');
    expect(workers[0].calls.slice(before)).toEqual(['run']);
    client.dispose();
  });
});

describe('dispose', () => {
  it('settles the run in progress as cancelled, terminates the worker, and no later run starts one', async () => {
    const { stats, factory } = inProcessWorkers(runawayWave());
    const client = new ModelWorkerClient(factory);
    const handle = client.run({});
    client.dispose();
    expect(await handle.done).toEqual({ kind: 'cancelled' });
    expect(stats).toEqual({ created: 1, terminated: 1 });
    const after = client.run({ steps: 10 });
    after.cancel();
    expect(await after.done).toEqual({ kind: 'cancelled' });
    expect(stats, 'no worker started after dispose').toEqual({ created: 1, terminated: 1 });
  });

  it('disposing a client that never ran starts and stops nothing', () => {
    const { stats, factory } = inProcessWorkers();
    const client = new ModelWorkerClient(factory);
    client.dispose();
    client.dispose();
    expect(stats).toEqual({ created: 0, terminated: 0 });
  });

  it('does not replace a runaway worker cancelled after dispose', async () => {
    const { stats, factory } = inProcessWorkers(runawayWave());
    const client = new ModelWorkerClient(factory, { graceMs: 20 });
    const handle = client.run({});
    handle.cancel();
    client.dispose();
    expect(await handle.done).toEqual({ kind: 'cancelled' });
    await sleep(40);
    expect(stats).toEqual({ created: 1, terminated: 1 });
  });

  it('has a default grace period of ten 25 ms chunks', () => {
    expect(DEFAULT_GRACE_MS).toBe(250);
  });
});
