/**
 * Runs a model in-process under a wall-clock bound and classifies the outcome: finished (with its
 * summary), refused (InvalidParamsError: the exit-2 kind), cancelled after the bound (long but
 * responsive), or failed (any other error, or no stop within the grace period after cancel).
 */
import { CancelledError, InvalidParamsError, type ModelDefinition, type ModelResult, type ParamValues } from '../../../src/core/model';

/** How one bounded run ended. */
export type RunOutcome =
  | { kind: 'finished'; result: ModelResult; ms: number }
  | { kind: 'refused'; field: string; message: string; ms: number }
  | { kind: 'cancelled'; progressReports: number; lastFraction: number; ms: number }
  | { kind: 'failed'; message: string; ms: number };

/**
 * How long after its cancel a run may go on before it counts as hung, ms. A hang guard, not a
 * performance bound: it is far above any pause interval (25 ms of work) so that a loaded machine
 * never trips it; how fast a cancel settles is measured by `npm run bench` (bench/steer.bench.ts).
 */
export const CANCEL_GRACE_MS = 30_000;

/** Runs `model` on `params`, cancelling it after `boundMs`. */
export async function boundedRun(model: ModelDefinition, params: ParamValues, boundMs: number): Promise<RunOutcome> {
  const signal = { aborted: false };
  let reports = 0;
  let lastFraction = 0;
  const start = performance.now();
  const timer = setTimeout(() => (signal.aborted = true), boundMs);
  const ms = () => performance.now() - start;
  try {
    const result = await model.run(params, {
      signal,
      onProgress: (p) => {
        reports++;
        lastFraction = p.fraction;
      },
    });
    return { kind: 'finished', result, ms: ms() };
  } catch (e) {
    if (e instanceof CancelledError) return { kind: 'cancelled', progressReports: reports, lastFraction, ms: ms() };
    if (e instanceof InvalidParamsError) return { kind: 'refused', field: e.field, message: e.message, ms: ms() };
    return { kind: 'failed', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e), ms: ms() };
  } finally {
    clearTimeout(timer);
  }
}

/** Keys of summary values that are numbers but not finite (null is how a model says "not defined"). */
export function nonFiniteSummary(result: ModelResult): string[] {
  return Object.entries(result.summary)
    .filter(([, v]) => typeof v === 'number' && !Number.isFinite(v))
    .map(([k]) => k);
}

/** Why an outcome breaks the property "finite summary, clear refusal, or responsive long run", or null. */
export function outcomeProblem(outcome: RunOutcome, boundMs: number): string | null {
  switch (outcome.kind) {
    case 'finished': {
      const bad = nonFiniteSummary(outcome.result);
      if (bad.length > 0) return `non-finite summary values: ${bad.join(', ')}`;
      return outcome.ms > boundMs + CANCEL_GRACE_MS ? `ran ${outcome.ms.toFixed(0)} ms without yielding to a cancel` : null;
    }
    case 'refused':
      return outcome.message.trim() === '' ? 'refused without a message' : null;
    case 'cancelled':
      if (outcome.ms > boundMs + CANCEL_GRACE_MS) return `stopped ${(outcome.ms - boundMs).toFixed(0)} ms after cancel`;
      if (outcome.progressReports === 0) return 'a long run reported no progress before its cancel';
      return outcome.lastFraction >= 0 && outcome.lastFraction <= 1 ? null : `progress fraction ${outcome.lastFraction}`;
    case 'failed':
      return `model error (exit 1): ${outcome.message}`;
  }
}
