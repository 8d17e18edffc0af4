/**
 * Exposes one model definition over comlink. The worker validates raw parameters exactly as the
 * app and CLI do, runs the model with an AbortController the main thread can trigger through
 * `cancel()`, forwards rate-limited progress (with partial results), and transfers the typed
 * arrays of the result instead of copying them.
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
