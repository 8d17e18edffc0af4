/**
 * Reactive state of one parameter sweep of the ionhop model run across a pool of model workers
 * (the Arrhenius and occupancy sweeps): status, progress, the results in input order, the key
 * of the parameters it ran with, and a failure message. The pool is created on the first sweep
 * and terminated by `dispose()`.
 */
import type { ModelResult } from '../../../core/model';
import { WorkerPool, type BatchHandle } from '../../worker/pool';

type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** Runs parameter sets in parallel workers and keeps the outcome. */
export class SweepRunner {
  status: SweepStatus = $state('idle');
  fraction = $state(0);
  total = $state(0);
  /** Failure text (run index is 1-based) when status is 'failed'. */
  failure: { index: number; message: string } | null = $state(null);
  results: ModelResult[] | null = $state.raw(null);
  /** The swept value of each result (e.g. T in K or the occupancy). */
  values: number[] = $state.raw([]);
  /** Identifies the parameters the results belong to. */
  key = $state('');

  private pool: WorkerPool | null = null;
  private handle: BatchHandle | null = null;

  constructor(private readonly createWorker: () => Worker) {}

  /** Starts a sweep over `sets` (raw SI parameter sets, swept value `values[i]`), replacing any running one. */
  async start(sets: Record<string, unknown>[], values: number[], key: string): Promise<void> {
    this.handle?.cancel();
    this.pool ??= new WorkerPool(this.createWorker);
    this.status = 'running';
    this.fraction = 0;
    this.total = sets.length;
    this.failure = null;
    const handle = this.pool.runAll(sets, (f) => {
      if (this.handle === handle) this.fraction = f;
    });
    this.handle = handle;
    const outcome = await handle.done;
    if (this.handle !== handle) return;
    this.handle = null;
    if (outcome.kind === 'results') {
      this.results = outcome.results;
      this.values = values;
      this.key = key;
      this.status = 'done';
    } else if (outcome.kind === 'cancelled') {
      this.status = 'cancelled';
    } else {
      const o = outcome.outcome;
      const message = o.kind === 'error' ? o.message : o.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      this.failure = { index: outcome.index + 1, message };
      this.status = 'failed';
    }
  }

  /** Stops the sweep in progress. */
  cancel(): void {
    const h = this.handle;
    this.handle = null;
    if (h) {
      this.status = 'cancelled';
      h.cancel();
    }
  }

  /** Cancels and terminates the workers. */
  dispose(): void {
    this.cancel();
    this.pool?.dispose();
    this.pool = null;
  }
}

/** A stable key of a parameter set without the swept keys. */
export function paramKey(params: Record<string, unknown> | null, without: readonly string[]): string {
  if (!params) return '';
  const rest = Object.entries(params)
    .filter(([k]) => !without.includes(k))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(rest);
}
