/**
 * The ordered pool (src/cli/pool.ts) with fake workers that finish in scrambled order: results
 * come out in input order and as soon as they can, a failure stops it where a serial run would
 * stop (the first failing task in input order, every earlier result handed on), and an abort
 * returns at once with the finished results that were waiting for an earlier one.
 */
import { describe, expect, it } from 'vitest';
import { runOrdered, type PoolWorker } from '../../../src/cli/pool';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A worker that answers task t after delay(t) ms with `r<t>`, or throws for tasks in `failing`. */
function fakeWorker(delay: (t: number) => number, failing: ReadonlySet<number> = new Set(), log: string[] = []): PoolWorker<number, string> {
  return {
    run: async (t) => {
      log.push(`start ${t}`);
      await sleep(delay(t));
      if (failing.has(t)) {
        log.push(`fail ${t}`);
        throw new Error(`task ${t} failed`);
      }
      return `r${t}`;
    },
    terminate: async () => {},
  };
}

/** Delays that make later tasks finish first: task t takes n − t ms plus a scramble. */
const scrambled = (n: number) => (t: number) => n - t + ((t * 7) % 5);

describe('runOrdered', () => {
  it('emits every result in input order whatever order the workers finish in', async () => {
    const tasks = Array.from({ length: 40 }, (_, i) => i);
    for (const workers of [1, 3, 8]) {
      const out: string[] = [];
      const positions: number[] = [];
      const outcome = await runOrdered(tasks, Array.from({ length: workers }, () => fakeWorker(scrambled(40))), (r, p) => {
        out.push(r);
        positions.push(p);
      });
      expect(outcome).toEqual({ failure: null, aborted: false, unsent: [] });
      expect(out, `${workers} workers`).toEqual(tasks.map((t) => `r${t}`));
      expect(positions).toEqual(tasks);
    }
  });

  it('hands results on as soon as every earlier one is done, not at the end', async () => {
    const emittedAt: number[] = [];
    let finished = 0;
    const worker: PoolWorker<number, string> = {
      run: async (t) => {
        await sleep(t === 9 ? 60 : 1);
        finished++;
        return `r${t}`;
      },
      terminate: async () => {},
    };
    await runOrdered(
      Array.from({ length: 10 }, (_, i) => i),
      [worker, { ...worker }],
      () => emittedAt.push(finished),
    );
    // the first result is out while the slow last task still runs
    expect(emittedAt[0]).toBeLessThan(10);
    expect(emittedAt).toHaveLength(10);
  });

  it('stops at the first failure in input order, with every earlier result emitted and none later', async () => {
    const tasks = Array.from({ length: 30 }, (_, i) => i);
    const log: string[] = [];
    const out: string[] = [];
    // task 20 fails early (later tasks are quick), task 12 fails later: 12 is the one a serial run meets
    const outcome = await runOrdered(tasks, [1, 2, 3].map(() => fakeWorker(scrambled(30), new Set([12, 20]), log)), (r) => out.push(r));
    expect(outcome.failure?.position).toBe(12);
    expect((outcome.failure?.error as Error).message).toBe('task 12 failed');
    expect(out).toEqual(tasks.slice(0, 12).map((t) => `r${t}`));
    expect(outcome.aborted).toBe(false);
    // once a failure is known, no task at or after it starts
    expect(log.indexOf('fail 20')).toBeLessThan(log.indexOf('fail 12'));
    for (const f of [20, 12]) {
      const later = log.slice(log.indexOf(`fail ${f}`)).filter((e) => e.startsWith('start ')).map((e) => Number(e.slice(6)));
      expect(later.every((t) => t < f), `${f}: ${later.join(',')}`).toBe(true);
    }
  });

  it('returns at once on abort with the finished results still waiting, in order', async () => {
    const stop = new AbortController();
    const out: string[] = [];
    const slowFirst: PoolWorker<number, string> = { run: (t) => (t === 0 ? new Promise<string>(() => {}) : sleep(1).then(() => `r${t}`)), terminate: async () => {} };
    const done = runOrdered(
      Array.from({ length: 6 }, (_, i) => i),
      [slowFirst, { ...slowFirst }],
      (r) => out.push(r),
      stop.signal,
    );
    await sleep(40);
    stop.abort();
    const outcome = await done;
    expect(outcome.aborted).toBe(true);
    expect(out).toEqual([]);
    expect(outcome.unsent).toEqual([1, 2, 3, 4, 5].map((p) => ({ position: p, result: `r${p}` })));
  });

  it('settles at once for no tasks and for an already aborted signal', async () => {
    expect(await runOrdered([], [fakeWorker(() => 1)], () => {})).toEqual({ failure: null, aborted: false, unsent: [] });
    const stop = new AbortController();
    stop.abort();
    const log: string[] = [];
    expect((await runOrdered([1, 2], [fakeWorker(() => 1, new Set(), log)], () => {}, stop.signal)).aborted).toBe(true);
    expect(log).toEqual([]);
  });

  it('stops when handing on a result throws, as a serial run would', async () => {
    const out: string[] = [];
    const outcome = await runOrdered([0, 1, 2, 3], [fakeWorker(() => 1)], (r, p) => {
      if (p === 2) throw new Error('cannot write');
      out.push(r);
    });
    expect(out).toEqual(['r0', 'r1']);
    expect(outcome.failure?.position).toBe(2);
  });
});
