/**
 * The model page's session (src/app/session.svelte.ts, Svelte 5 runes compiled by the Svelte plugin)
 * in Node, driving the real worker client against in-process workers (worker/helpers.ts) with the
 * wave fixture model. Checks what a page shows: the result and the partial results of a run in
 * order, the cache (keyed by values), refusals beside their field, errors, Cancel keeping the last
 * partial result and where it stopped, an edit superseding the run in progress (never a stale value
 * after the new one, an invalid edit ending the old run as cancelled, a Cancel after an edit
 * dropping its run), and URL queries, presets and reset with their notices and preset matching.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelSession } from '../../../src/app/session.svelte';
import { ModelWorkerClient } from '../../../src/app/worker/client';
import type { ModelDefinition, ModelResult } from '../../../src/core/model';
import wave, { type WaveParams } from '../../fixtures/wave-model';
import { InvalidParamsError } from '../../../src/core/model';
import { callsOf, inProcessWorkers, partialOf, runawayThenWave, runawayWave, scriptedWave, sleep } from './worker/helpers';

vi.mock('comlink', async (original) => (await import('./worker/exposeOn')).redirectExpose(await original()));
// a mutant that leaves a run unsettled fails its test here instead of stalling the mutation run
// (Stryker's own timeout restarts its test process); the longest test takes about a second
vi.setConfig({ testTimeout: 8_000 });

let clients: ModelWorkerClient[] = [];
afterEach(() => {
  for (const c of clients) c.dispose();
  clients = [];
});

/** A session on the wave model (or `model` for the n-th worker made), with the workers it made. */
function session(
  model: ModelDefinition<WaveParams> | ((n: number) => ModelDefinition<WaveParams>) = wave,
  options: ConstructorParameters<typeof ModelSession>[2] = {},
  clientOptions = {},
  pageModel: ModelDefinition<WaveParams> = wave,
) {
  const w = inProcessWorkers(model);
  const client = new ModelWorkerClient(w.factory, clientOptions);
  clients.push(client);
  const s = new ModelSession(pageModel as unknown as ModelDefinition, client, options);
  const runs = () => w.workers.reduce((n, x) => n + callsOf(x, 'run'), 0);
  return { s, runs, ...w };
}

const samples = (r: ModelResult | null) => r?.summary.samples;

/** The wave model, except that a run of `steps` samples never settles (and ignores cancel). */
const hangsAt = (steps: number): ModelDefinition<WaveParams> => ({ ...wave, run: (p, ctx) => (p.steps === steps ? new Promise(() => {}) : wave.run(p, ctx)) });

describe('a new session', () => {
  it('starts idle, with nothing shown, no issues, notices, error or progress, and no preset', () => {
    const { s } = session();
    expect([s.status, s.errorMessage, s.errorCode, s.presetId, s.matchedPresetId, s.originPresetId]).toEqual(['idle', '', null, '', '', '']);
    expect([s.issues, s.urlNotices]).toEqual([[], []]);
    expect(s.progress).toEqual({ fraction: 0, elapsedMs: 0, remainingMs: null });
    expect([s.result, s.partial, s.resultParams, s.runParams, s.cancelledAt, s.resultCancelled]).toEqual([null, null, null, null, null, null]);
  });

  it('works with a model that has no cross-checks', async () => {
    const { s } = session(wave, {}, {}, { ...wave, crossChecks: undefined });
    await s.loadQuery({ steps: '10', failAt: '20' });
    expect(s.urlNotices).toEqual([]);
    expect(await s.setValues({ steps: 10, failAt: 30 })).toBe(true);
  });
});

describe('a run', () => {
  it('shows progress and partial results in order while running, then the result', async () => {
    const { s } = session();
    await s.setValues({ steps: 40, workMs: 2 });
    const seen: { status: string; fraction: number; partial: unknown; runParams: unknown }[] = [];
    const running = s.run();
    const timer = setInterval(() => seen.push({ status: s.status, fraction: s.progress.fraction, partial: samples(s.partial), runParams: s.runParams?.steps }), 1);
    await running;
    clearInterval(timer);
    expect(s.status).toBe('idle');
    expect(samples(s.result)).toBe(40);
    expect(s.resultParams).toMatchObject({ steps: 40, workMs: 2 });
    expect(s.partial).toBeNull();
    expect(s.runParams).toBeNull();
    expect(s.resultCancelled).toBeNull();
    expect(seen.every((x) => x.status === 'running' && x.runParams === 40)).toBe(true);
    const partials = seen.map((x) => x.partial).filter((p) => p !== undefined) as number[];
    expect(partials.length, 'partial results reached the session').toBeGreaterThan(0);
    expect(partials.every((p, i) => i === 0 || p >= partials[i - 1]), 'each partial further on').toBe(true);
    const fractions = seen.map((x) => x.fraction);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]))).toBe(true);
    expect(Math.max(...fractions)).toBeGreaterThan(0);
  });

  it('reports the elapsed time of the run (no time left before a second of it: RemainingTime waits that long)', async () => {
    const { s } = session();
    await s.setValues({ steps: 60, workMs: 2 });
    const snapshots: { elapsedMs: number; remainingMs: number | null }[] = [];
    const t0 = performance.now();
    const running = s.run();
    const timer = setInterval(() => snapshots.push({ ...s.progress }), 1);
    await running;
    const wall = performance.now() - t0;
    clearInterval(timer);
    const elapsed = snapshots.map((p) => p.elapsedMs);
    expect(Math.max(...elapsed)).toBeGreaterThan(0);
    expect(Math.max(...elapsed), 'never more than the time since run() was called').toBeLessThanOrEqual(wall);
    expect(elapsed.every((t, i) => i === 0 || t >= elapsed[i - 1])).toBe(true);
  });

  it('shows a parameter set run before at once from its cache, without running again', async () => {
    const { s, runs } = session();
    await s.setValue('steps', 30);
    await s.run();
    const first = s.result;
    await s.setValue('steps', 31);
    await s.run();
    expect(samples(s.result)).toBe(31);
    await s.setValue('steps', 30);
    await s.run();
    expect(s.result, 'the very result shown before').toBe(first);
    expect(s.resultParams?.steps).toBe(30);
    expect(s.status).toBe('idle');
    expect(runs()).toBe(2);
  });

  it('keys the cache by the values in parameter order, not by the names', async () => {
    const { s, runs } = session();
    await s.setValues({ steps: 20, amplitude: 0.02 });
    await s.run();
    await s.setValues({ steps: 20, amplitude: 0.01 });
    await s.run();
    expect(s.result?.summary.peak).toBeLessThan(0.0101);
    expect(runs()).toBe(2);
  });

  it('keeps at most 32 results: the oldest is run again', async () => {
    const { s, runs } = session();
    for (let steps = 2; steps <= 34; steps++) {
      await s.setValue('steps', steps);
      await s.run();
    }
    expect(runs()).toBe(33);
    await s.setValue('steps', 34);
    await s.run();
    expect(runs(), 'the newest is cached').toBe(33);
    await s.setValue('steps', 3);
    await s.run();
    expect(runs(), 'the second oldest is cached').toBe(33);
    await s.setValue('steps', 2);
    await s.run();
    expect(runs(), 'the oldest was dropped').toBe(34);
  });

  it('runs nothing while a value is invalid', async () => {
    const { s, runs } = session();
    expect(await s.setValue('amplitude', 5)).toBe(false);
    await s.run();
    expect(runs()).toBe(0);
    expect(s.status).toBe('idle');
    expect(s.issueFor('amplitude')?.field).toBe('amplitude');
    expect(s.issueFor('steps')).toBeUndefined();
  });

  it('puts input the model refuses during the run beside its field, and shows no partial', async () => {
    const { s } = session();
    await s.setValue('rejectInput', true);
    await s.run();
    expect(s.status).toBe('idle');
    expect(s.issues).toEqual([{ field: 'amplitude', code: 'input', message: 'amplitude: rejected by the model during the run', allowed: '' }]);
    expect(s.issueFor('amplitude')?.message).toBe('amplitude: rejected by the model during the run');
    expect(s.partial).toBeNull();
    expect(s.result).toBeNull();
  });

  it('shows a failure of the model as an error, and the next run clears it', async () => {
    const { s } = session();
    await s.setValues({ steps: 200, workMs: 1, failAt: 100 });
    await s.run();
    expect(s.status).toBe('error');
    expect(s.errorMessage).toBe('wave: deliberate failure at step 100');
    expect(s.errorCode).toBeNull();
    expect(s.partial).toBeNull();
    await s.setValue('failAt', -1);
    await s.run();
    expect(s.status).toBe('idle');
    expect(s.errorMessage).toBe('');
    expect(samples(s.result)).toBe(200);
  });

  it('clamps reported fractions to 0..1; a report without a partial result leaves none', async () => {
    for (const [reported, shown] of [[-0.5, 0], [1.5, 1], [0.4, 0.4]]) {
      const { s } = session(scriptedWave([{ fraction: reported }]), { timeKey: 'time' });
      void s.run();
      await vi.waitUntil(() => s.progress.elapsedMs > 0);
      expect(s.progress.fraction).toBe(shown);
      expect(s.partial).toBeNull();
      s.cancel();
      expect(s.cancelledAt, 'without a partial, Cancel marks the fraction reached').toEqual({ fraction: shown, time: null });
    }
  });

  it('drops the partial result of a run the model refuses late, and puts the refusal beside its field', async () => {
    const { s } = session(scriptedWave([{ fraction: 0.5, partial: partialOf(4) }], new InvalidParamsError('amplitude', 'amplitude: refused late')));
    await s.run();
    expect(s.status).toBe('idle');
    expect(s.partial).toBeNull();
    expect(s.issueFor('amplitude')?.message).toBe('amplitude: refused late');
  });

  it('shows a cached result during a run at once and cancels that run', async () => {
    const { s, workers, runs } = session();
    await s.setValue('steps', 30);
    await s.run();
    const cached = s.result;
    await s.setValues({ steps: 3000, workMs: 1 });
    const long = s.run();
    await vi.waitUntil(() => s.partial !== null);
    s.raw = { ...s.raw, steps: 30, workMs: 0 };
    await s.run();
    expect(s.result).toBe(cached);
    expect(s.status).toBe('idle');
    await long;
    await vi.waitUntil(() => callsOf(workers[0], 'cancel') === 1);
    expect(runs()).toBe(2);
    expect(s.result, 'the cancelled run changes nothing').toBe(cached);
  });

  it('a cached result clears the mark of a cancelled run', async () => {
    const { s } = session(hangsAt(31));
    await s.setValue('steps', 30);
    await s.run();
    s.raw = { ...s.raw, steps: 31, workMs: 1 };
    const running = s.run();
    await vi.waitUntil(() => s.status === 'running');
    s.cancel();
    expect(s.cancelledAt).not.toBeNull();
    s.raw = { ...s.raw, steps: 30, workMs: 0 };
    await s.run();
    expect([s.status, s.cancelledAt, s.resultCancelled]).toEqual(['idle', null, null]);
    await running;
  });

  it('a run asked for with invalid values while another is followed leaves that one running', async () => {
    const { s } = session(runawayWave());
    void s.run();
    await vi.waitUntil(() => s.partial !== null);
    s.raw = { ...s.raw, amplitude: 5 };
    await s.run();
    expect(s.status).toBe('running');
  });

  it('does not start a run whose validation a newer one overtook', async () => {
    const { s, runs } = session();
    await s.setValue('steps', 10);
    const overtaken = s.run();
    s.raw = { ...s.raw, steps: 12 };
    const newer = s.validate();
    await overtaken;
    expect(await newer).toBe(true);
    expect(runs()).toBe(0);
    expect(s.status).toBe('idle');
  });

  it('shows a run ended under it by the worker (the client disposed) as cancelled, keeping its partial', async () => {
    const { s } = session(runawayWave(6));
    const running = s.run();
    await vi.waitUntil(() => s.partial !== null);
    clients[0].dispose();
    await running;
    expect(s.status).toBe('cancelled');
    expect(samples(s.result)).toBe(6);
  });

  it('says when the worker was lost', async () => {
    const { s, workers } = session(runawayThenWave, {}, { silenceMs: 200 });
    const running = s.run();
    await vi.waitUntil(() => workers[0]?.calls.includes('ping'));
    workers[0].vanish();
    await running;
    expect(s.status).toBe('error');
    expect(s.errorCode).toBe('worker-lost');
    expect(s.errorMessage).toBe('the worker stopped unexpectedly');
    await s.setValue('steps', 10);
    await s.run();
    expect(samples(s.result)).toBe(10);
    expect([s.status, s.errorCode, s.errorMessage], 'cleared by the next run').toEqual(['idle', null, '']);
  });
});

describe('cancel', () => {
  it('keeps the last partial result as the shown result, marked with where it stopped', async () => {
    const { s, workers } = session(runawayWave(7), { timeKey: 'time' });
    const running = s.run();
    await vi.waitUntil(() => s.partial !== null);
    s.cancel();
    expect(s.status, 'idle again at once').toBe('cancelled');
    await vi.waitUntil(() => callsOf(workers[0], 'cancel') === 1);
    expect(samples(s.result)).toBe(7);
    expect(s.resultCancelled).toEqual({ fraction: 0.25, time: 0.5 });
    expect(s.cancelledAt).toEqual({ fraction: 0.25, time: 0.5 });
    expect(s.resultParams).toMatchObject(wave.params.reduce((o, p) => ({ ...o, [p.key]: p.default }), {}));
    expect(s.partial).toBeNull();
    expect(s.runParams).toBeNull();
    await running;
    expect(s.status, 'the cancelled run settling changes nothing').toBe('cancelled');
    expect(samples(s.result)).toBe(7);
  });

  it('without a time key, or with a time that is not a finite number, says no time', async () => {
    const noKey = session(runawayWave());
    void noKey.s.run();
    await vi.waitUntil(() => noKey.s.partial !== null);
    noKey.s.cancel();
    expect(noKey.s.cancelledAt).toEqual({ fraction: 0.25, time: null });
    const wrongKey = session(runawayWave(), { timeKey: 'amplitude' });
    void wrongKey.s.run();
    await vi.waitUntil(() => wrongKey.s.partial !== null);
    wrongKey.s.cancel();
    expect(wrongKey.s.cancelledAt?.time, 'a number key').toBe(0.01);
    const missing = session(runawayWave(), { timeKey: 'nothing' });
    void missing.s.run();
    await vi.waitUntil(() => missing.s.partial !== null);
    missing.s.cancel();
    expect(missing.s.cancelledAt?.time).toBeNull();
    const infinite = session(scriptedWave([{ fraction: 0.5, partial: partialOf(2, { time: Infinity }) }]), { timeKey: 'time' });
    void infinite.s.run();
    await vi.waitUntil(() => infinite.s.partial !== null);
    infinite.s.cancel();
    expect(infinite.s.cancelledAt).toEqual({ fraction: 0.5, time: null });
  });

  it('before any partial result: keeps the result shown before and marks the fraction reached', async () => {
    const { s } = session(hangsAt(11));
    await s.setValues({ steps: 40, workMs: 2 });
    await s.run();
    const before = s.result;
    expect(s.progress.fraction, 'the first run reported').toBeGreaterThan(0);
    await s.setValues({ steps: 11, workMs: 0 });
    const running = s.run();
    await vi.waitUntil(() => s.status === 'running');
    s.cancel();
    expect(s.status).toBe('cancelled');
    expect(s.result).toBe(before);
    expect(s.resultCancelled).toBeNull();
    expect(s.cancelledAt).toEqual({ fraction: 0, time: null });
    await running;
  });

  it('when nothing runs, does nothing', async () => {
    const { s } = session();
    await s.setValue('steps', 10);
    await s.run();
    s.cancel();
    expect(s.status).toBe('idle');
    expect(s.cancelledAt).toBeNull();
    expect(samples(s.result)).toBe(10);
  });

  it('a cooperative worker stops and runs the next values; a run cancelled then repeated runs again', async () => {
    const { s, stats, runs } = session();
    await s.setValues({ steps: 2000, workMs: 1 });
    const running = s.run();
    await vi.waitUntil(() => s.partial !== null);
    s.cancel();
    await running;
    expect(s.status).toBe('cancelled');
    const partialSamples = samples(s.result);
    expect(partialSamples).toBeGreaterThan(0);
    await s.setValues({ steps: 200, workMs: 1 });
    const next = s.run();
    await vi.waitUntil(() => s.partial !== null);
    expect(s.cancelledAt, 'cleared when the next run starts').toBeNull();
    await next;
    expect(samples(s.result)).toBe(200);
    expect(s.resultCancelled).toBeNull();
    expect(s.cancelledAt).toBeNull();
    expect(stats).toEqual({ created: 1, terminated: 0 });
    expect(runs()).toBe(2);
  });
});

describe('edits supersede the run in progress', () => {
  it('restarts the progress at zero, cancels the old run, and shows only the new values (no stale result after)', async () => {
    const { s } = session();
    await s.setValues({ steps: 2000, workMs: 1, amplitude: 0.01 });
    const old = s.run();
    await vi.waitUntil(() => s.progress.fraction > 0);
    await s.setValues({ steps: 30, workMs: 0, amplitude: 0.02 });
    expect(s.progress).toEqual({ fraction: 0, elapsedMs: 0, remainingMs: null });
    const shown: unknown[] = [];
    const next = s.runEdit();
    const timer = setInterval(() => shown.push(samples(s.result)), 1);
    await Promise.all([old, next]);
    await sleep(20);
    clearInterval(timer);
    shown.push(samples(s.result));
    expect(samples(s.result)).toBe(30);
    expect(s.result?.summary.peak).toBeGreaterThan(0.0101);
    expect(s.status).toBe('idle');
    const firstNew = shown.indexOf(30);
    expect(shown.slice(firstNew).every((x) => x === 30), 'nothing older shown after the new result').toBe(true);
  });

  it('ignores the reports of a superseded run', async () => {
    let open!: () => void;
    const { s } = session(runawayWave(5, new Promise<void>((r) => (open = r))), {}, { graceMs: 60_000 });
    void s.run();
    await vi.waitUntil(() => s.status === 'running');
    await sleep(10);
    s.supersede();
    open();
    await sleep(30);
    expect(s.partial, 'the old run reported after it was superseded').toBeNull();
    expect(s.progress.fraction).toBe(0);
  });

  it('an invalid edit ends the superseded run as cancelled, keeping its last partial', async () => {
    const { s } = session(runawayWave(9));
    void s.run();
    await vi.waitUntil(() => s.partial !== null);
    expect(await s.setValue('amplitude', 5)).toBe(false);
    await s.runEdit();
    expect(s.status).toBe('cancelled');
    expect(samples(s.result)).toBe(9);
    expect(s.resultCancelled).toEqual({ fraction: 0.25, time: null });
    expect(s.issueFor('amplitude')).toBeDefined();
  });

  it('a superseded run is not ended by a run whose validation a newer, valid one overtook', async () => {
    const { s } = session(runawayWave(4));
    void s.run();
    await vi.waitUntil(() => s.partial !== null);
    s.supersede();
    s.raw = { ...s.raw, steps: 12 };
    const overtaken = s.run();
    const newer = s.validate();
    await overtaken;
    expect(await newer).toBe(true);
    expect(s.status, 'still running until the edit runs').toBe('running');
    expect(s.cancelledAt).toBeNull();
  });

  it('an invalid edit while idle changes no status', async () => {
    const { s } = session();
    await s.setValue('steps', 10);
    await s.run();
    await s.setValue('amplitude', 5);
    await s.runEdit();
    expect(s.status).toBe('idle');
    expect(s.cancelledAt).toBeNull();
  });

  it('a Cancel after an edit drops the edit run; a later edit runs again', async () => {
    const { s, runs } = session(runawayWave());
    void s.run();
    await vi.waitUntil(() => s.partial !== null);
    await s.setValue('steps', 300);
    s.cancel();
    await s.runEdit();
    expect(runs(), 'the edit did not start a run').toBe(1);
    expect(s.status).toBe('cancelled');
    await s.setValue('steps', 301);
    void s.runEdit();
    await vi.waitUntil(() => runs() === 2);
    expect(s.status).toBe('running');
  });

  it('a run asked for before a Cancel does not start after it', async () => {
    const { s, runs } = session();
    await s.setValue('steps', 10);
    const since = 0;
    s.cancel();
    await s.run(since);
    expect(runs()).toBe(0);
    await s.run();
    expect(runs()).toBe(1);
  });
});

describe('values, presets and the URL', () => {
  it('loads a query: valid values kept as SI numbers, bad and unknown ones reported and replaced by defaults', async () => {
    const { s } = session();
    await s.loadQuery({ steps: '50', amplitude: '5', bogus: '1', present: '1' });
    expect(s.raw).toEqual({ ...s.defaults, steps: 50 });
    expect(s.urlNotices.map((n) => n.key).sort()).toEqual(['amplitude', 'bogus']);
    const amp = s.urlNotices.find((n) => n.key === 'amplitude');
    expect(amp?.issue?.field).toBe('amplitude');
    expect(amp?.message).toBe(`${amp?.issue?.message} (allowed: ${amp?.issue?.allowed})`);
    expect(s.issues).toEqual([]);
    expect(s.presetId).toBe('');
  });

  it('loads a query with a preset: its values over the defaults, then the query values', async () => {
    const { s } = session();
    await s.loadQuery({ preset: 'long', steps: '300' });
    expect(s.raw).toEqual({ ...s.defaults, workMs: 5, steps: 300 });
    expect(s.presetId).toBe('long');
    expect(s.originPresetId).toBe('long');
    expect(s.matchedPresetId, 'edited after the preset').toBe('');
    expect(s.urlNotices).toEqual([]);
  });

  it('reports an unknown preset, naming the allowed ones', async () => {
    const twoPresets = { ...wave, presets: [...wave.presets, { id: 'short', label: 'Short', source: 'test', values: { steps: 20 } }] };
    const { s } = session(wave, {}, {}, twoPresets);
    await s.loadQuery({ preset: 'nope' });
    expect(s.urlNotices).toEqual([{ key: 'preset', message: 'preset: unknown preset "nope" (allowed: long, short)', preset: 'nope' }]);
    expect(s.raw).toEqual(s.defaults);
    expect(s.presetId).toBe('');
  });

  it('loads query text of every kind as its value: numbers, choices, booleans', async () => {
    const { s } = session();
    await s.loadQuery({ shape: 'square', rejectInput: 'true', amplitude: '0.5' });
    expect(s.raw).toEqual({ ...s.defaults, shape: 'square', rejectInput: true, amplitude: 0.5 });
  });

  it('an edit that fails a cross-check puts the issue beside the field it names', async () => {
    const { s } = session();
    expect(await s.setValues({ steps: 10, failAt: 20 })).toBe(false);
    expect(s.issueFor('failAt')?.message).toBe('failAt: must be less than steps');
  });

  it('a query that fails a cross-check reports the field it names', async () => {
    const { s } = session();
    await s.loadQuery({ steps: '10', failAt: '20' });
    expect(s.urlNotices.map((n) => n.key)).toEqual(['failAt']);
    expect(s.raw.steps).toBe(10);
    expect(s.raw.failAt).toBe(-1);
  });

  it('applies a preset over the defaults and matches it; an edit keeps it as the origin only', async () => {
    const { s } = session();
    await s.setValue('amplitude', 0.5);
    expect(await s.applyPreset('long')).toBe(true);
    expect(s.raw).toEqual({ ...s.defaults, steps: 400, workMs: 5 });
    expect(s.presetId).toBe('long');
    expect(s.matchedPresetId).toBe('long');
    await s.setValue('steps', 401);
    expect(s.matchedPresetId).toBe('');
    expect(s.originPresetId).toBe('long');
    await s.setValue('steps', 400);
    expect(s.matchedPresetId, 'equal to the preset again').toBe('long');
  });

  it('refuses an unknown preset without touching the values', async () => {
    const { s } = session();
    await s.setValue('steps', 12);
    expect(await s.applyPreset('nope')).toBe(false);
    expect(s.raw.steps).toBe(12);
    expect(s.presetId).toBe('');
  });

  it('values equal to a preset make it the match and the origin', async () => {
    const { s } = session();
    await s.reset();
    await s.setValues({ steps: 400, workMs: 5 });
    expect(s.matchedPresetId).toBe('long');
    expect(s.originPresetId).toBe('long');
    await s.setValue('steps', 9);
    expect(s.originPresetId).toBe('long');
  });

  it('reset returns to the defaults and forgets the preset', async () => {
    const { s } = session();
    await s.applyPreset('long');
    expect(await s.reset()).toBe(true);
    expect(s.raw).toEqual(s.defaults);
    expect(s.presetId).toBe('');
    expect(s.originPresetId).toBe('');
    expect(s.defaults).toEqual({ steps: 200, amplitude: 0.01, shape: 'sine', failAt: -1, ignoreCancel: false, workMs: 0, rejectInput: false });
  });

  it('replaces valid number text by its SI number, and leaves invalid text as typed', async () => {
    const { s } = session();
    expect(await s.setValue('steps', '64')).toBe(true);
    expect(s.raw.steps).toBe(64);
    expect(await s.setValue('steps', 'many')).toBe(false);
    expect(s.raw.steps).toBe('many');
    await s.setValue('steps', 64);
    expect(await s.setValue('shape', 'square')).toBe(true);
    expect(s.raw.shape).toBe('square');
  });

  it('replaces number text of a real-valued field too, and rewrites nothing when nothing changes', async () => {
    const { s } = session();
    expect(await s.setValue('amplitude', '0.02')).toBe(true);
    expect(s.raw.amplitude).toBe(0.02);
    const before = s.raw;
    expect(await s.validate()).toBe(true);
    expect(s.raw, 'the same object: no needless update').toBe(before);
  });

  it('drops a validation overtaken by a newer one', async () => {
    const { s } = session();
    s.raw = { ...s.raw, steps: 5 };
    const first = s.validate();
    s.raw = { ...s.raw, steps: 'x' };
    const second = s.validate();
    expect(await first).toBe(false);
    expect(await second).toBe(false);
    expect(s.issueFor('steps')).toBeDefined();
    s.raw = { ...s.raw, steps: 5 };
    const third = s.validate();
    s.raw = { ...s.raw, steps: 6 };
    expect(await Promise.all([third, s.validate()])).toEqual([false, true]);
  });
});
