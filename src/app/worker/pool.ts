/**
 * Runs many parameter sets of one model across several workers in parallel (for maps and
 * sweeps): at most `size` runs at once, overall progress as the fraction of finished runs,
 * results in input order, and cancel that stops every worker.
 */
import type { ModelResult } from '../../core/model';
import { ModelWorkerClient, type RunOutcome } from './client';

/** Outcome of a batch: every result in order, or why it stopped. */
export type BatchOutcome =
  | { kind: 'results'; results: ModelResult[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; index: number; outcome: Exclude<RunOutcome, { kind: 'result' } | { kind: 'cancelled' }> };

/** A handle on a running batch. */
export interface BatchHandle {
  done: Promise<BatchOutcome>;
  cancel: () => void;
}

/** Default pool size: the machine's cores less one for the page, between 1 and 4. */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(4, cores - 1));
}

/** A fixed set of workers for one model. */
export class WorkerPool {
  private readonly clients: ModelWorkerClient[];

  constructor(createWorker: () => Worker, size = defaultPoolSize()) {
    this.clients = Array.from({ length: Math.max(1, size) }, () => new ModelWorkerClient(createWorker));
  }

  /** Runs every parameter set; reports the fraction finished. */
  runAll(sets: Record<string, unknown>[], onProgress?: (fraction: number) => void): BatchHandle {
    const results: ModelResult[] = [];
    let next = 0;
    let finished = 0;
    let stopped = false;
    const running = new Set<{ cancel: () => void }>();
    let resolveDone!: (o: BatchOutcome) => void;
    const done = new Promise<BatchOutcome>((r) => (resolveDone = r));
    const finish = (o: BatchOutcome) => {
      // Stryker disable next-line ConditionalExpression: a second finish would only cancel settled handles (no-ops) and resolve a settled promise
      if (stopped) return;
      stopped = true;
      for (const h of running) h.cancel();
      resolveDone(o);
    };
    const worker = async (client: ModelWorkerClient) => {
      while (!stopped && next < sets.length) {
        const index = next++;
        const handle = client.run(sets[index]);
        running.add(handle);
        const outcome = await handle.done;
        running.delete(handle);
        if (stopped) return;
        if (outcome.kind === 'result') {
          results[index] = outcome.result;
          finished++;
          onProgress?.(finished / sets.length);
        } else if (outcome.kind === 'cancelled') {
          finish({ kind: 'cancelled' });
        } else {
          finish({ kind: 'failed', index, outcome });
        }
      }
    };
    // an empty batch ends here too: every worker finds nothing to run
    void Promise.all(this.clients.map(worker)).then(() => finish({ kind: 'results', results }));
    return { done, cancel: () => finish({ kind: 'cancelled' }) };
  }

  /** Terminates every worker. */
  dispose(): void {
    for (const c of this.clients) c.dispose();
  }
}
