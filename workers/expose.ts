/**
 * Exposes one model definition over comlink. The worker validates raw parameters exactly as the
 * app and CLI do, runs the model with an AbortController the main thread can trigger through
 * `cancel()`, forwards every progress report the model makes (models rate-limit them, to at most
 * one per 100 ms) with its partial result, and transfers the typed arrays of the result instead of
 * copying them. `hold(name)` takes a Web Lock for the worker's lifetime, so the page learns when
 * the worker ends without an error event (the lock is released).
 */
import * as Comlink from 'comlink';
import type { ModelDefinition, ModelResult, ParamValues, Progress } from '../src/core/model';
import { CancelledError, InvalidParamsError } from '../src/core/model';
import { validateParams, type ParamIssue } from '../src/core/params';

/** What `run` resolves to: a result, a validation failure, or a cancellation. */
export type WorkerOutcome =
  | { kind: 'result'; result: ModelResult; params: Record<string, unknown> }
  | { kind: 'invalid'; issues: ParamIssue[] }
  | { kind: 'cancelled' };

/** The API a model worker exposes. */
export interface ModelWorkerApi {
  run(raw: Record<string, unknown>, onProgress?: (p: Progress) => void): Promise<WorkerOutcome>;
  cancel(): void;
  /** Holds the Web Lock `name` until the worker ends; resolves once it is held (at once where Web Locks are missing). */
  hold(name: string): Promise<void>;
  /** Answers at once (between a model's chunks during a run): the page's sign of life where Web Locks are missing. */
  ping(): void;
}

function buffersOf(result: ModelResult | undefined): ArrayBuffer[] {
  if (!result) return [];
  const seen = new Set<ArrayBuffer>();
  for (const s of Object.values(result.series)) {
    if (s instanceof Float64Array && s.buffer instanceof ArrayBuffer) seen.add(s.buffer);
  }
  return [...seen];
}

/** Exposes `model` on the current worker scope. */
export function exposeModel<P extends ParamValues>(model: ModelDefinition<P>): void {
  let controller: AbortController | null = null;
  const api: ModelWorkerApi = {
    async run(raw, onProgress) {
      controller?.abort();
      const own = new AbortController();
      controller = own;
      const checked = await validateParams<P>(model.params, raw, model.crossChecks);
      if (!checked.ok) return { kind: 'invalid', issues: checked.issues };
      try {
        const result = await model.run(checked.values, {
          signal: own.signal,
          onProgress: onProgress
            ? (p) => {
                const partial = p.partial ? structuredCloneResult(p.partial) : undefined;
                void onProgress(Comlink.transfer({ fraction: p.fraction, partial }, buffersOf(partial)));
              }
            : undefined,
        });
        return Comlink.transfer({ kind: 'result', result, params: checked.values }, buffersOf(result));
      } catch (error) {
        if (error instanceof CancelledError || own.signal.aborted) return { kind: 'cancelled' };
        if (error instanceof InvalidParamsError) {
          return { kind: 'invalid', issues: [{ field: error.field, code: 'input', message: error.message, allowed: '' }] };
        }
        throw error;
      } finally {
        if (controller === own) controller = null;
      }
    },
    cancel() {
      controller?.abort();
    },
    ping() {},
    hold(name) {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      if (!locks) return Promise.resolve();
      return new Promise<void>((held) => {
        void locks.request(name, () => {
          held();
          return new Promise<void>(() => {
            /* never released while the worker lives */
          });
        });
      });
    },
  };
  Comlink.expose(api);
}

/** Partial results may share buffers with the model's live state; copy them before transfer. */
function structuredCloneResult(result: ModelResult): ModelResult {
  const series: ModelResult['series'] = {};
  for (const [key, value] of Object.entries(result.series)) {
    series[key] = value instanceof Float64Array ? value.slice() : value.slice();
  }
  return { summary: { ...result.summary }, series };
}
