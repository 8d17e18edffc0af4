/**
 * An ordered work pool: independent tasks spread over workers that each run one task at a time,
 * results handed on strictly in input order as soon as every earlier one is done, so the output
 * is the serial run's whatever order the workers finish in. The first failure in input order
 * stops it where a serial run would have stopped; an abort stops it at once and returns the
 * results finished but not yet handed on.
 */

/** Runs one task at a time; `terminate` stops it (an unfinished `run` may then reject). */
export interface PoolWorker<T, R> {
  run(task: T): Promise<R>;
  terminate(): Promise<void>;
}

/** How a pool run ended. */
export interface PoolOutcome<R> {
  /** The failing task first in input order (its position in `tasks`), or null. */
  failure: { position: number; error: unknown } | null;
  /** True when the signal aborted the run. */
  aborted: boolean;
  /** After an abort: finished results not yet handed on (an earlier task was unfinished), by position. */
  unsent: { position: number; result: R }[];
}

/**
 * Runs `tasks` on `workers` and calls `emit(result, position)` in input order. Resolves once
 * every task has been emitted, or once all tasks before the first failure (in input order) have
 * been emitted, or at once when `signal` aborts. It never terminates the workers: the caller does.
 */
export function runOrdered<T, R>(tasks: readonly T[], workers: readonly PoolWorker<T, R>[], emit: (result: R, position: number) => void, signal?: AbortSignal): Promise<PoolOutcome<R>> {
  return new Promise((resolve) => {
    const done = new Map<number, R>();
    let next = 0;
    let emitted = 0;
    let limit = tasks.length;
    let failure: PoolOutcome<R>['failure'] = null;
    let settled = false;
    const finish = (aborted: boolean) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      const unsent = aborted ? [...done].filter(([p]) => p < limit).sort((a, b) => a[0] - b[0]).map(([position, result]) => ({ position, result })) : [];
      resolve({ failure, aborted, unsent });
    };
    const onAbort = () => finish(true);
    const fail = (position: number, error: unknown) => {
      if (position >= limit) return;
      limit = position;
      failure = { position, error };
    };
    const loop = async (worker: PoolWorker<T, R>) => {
      while (!settled && next < limit) {
        const position = next++;
        try {
          const result = await worker.run(tasks[position]);
          if (settled || position >= limit) continue;
          done.set(position, result);
        } catch (error) {
          if (settled) return;
          fail(position, error);
        }
        while (emitted < limit && done.has(emitted)) {
          const result = done.get(emitted)!;
          done.delete(emitted);
          emit(result, emitted);
          emitted++;
        }
        if (emitted >= limit) finish(false);
      }
    };
    if (signal?.aborted) return finish(true);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (tasks.length === 0) return finish(false);
    for (const w of workers) {
      loop(w).catch((error: unknown) => {
        // `emit` itself threw: stop there, as a serial run would
        fail(emitted, error);
        finish(false);
      });
    }
  });
}
