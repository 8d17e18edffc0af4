/**
 * The solidification model's run: the analytic steady state (mode `steady`) or the moving-interface
 * transient (mode `transient`, in time-budgeted chunks with progress and cancellation).
 */
import { throwIfAborted } from '../../core/cooperative';
import type { ModelResult, RunContext } from '../../core/model';
import type { SolidificationParams } from './params';
import { runSteady, runTransient } from './simulate';

/** Runs the mode `p.mode` on validated SI parameters; throws `CancelledError` when cancelled. */
export async function run(p: SolidificationParams, ctx: RunContext = {}): Promise<ModelResult> {
  if (p.mode === 'steady') {
    throwIfAborted(ctx.signal);
    return runSteady(p);
  }
  return runTransient(p, ctx);
}
