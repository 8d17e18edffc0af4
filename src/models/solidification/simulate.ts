/**
 * The two run modes. Steady: the analytic steady state at V (pulling) or V = R/G (cooling).
 * Transient: the moving-interface solver from a uniform melt, advanced in time-budgeted chunks
 * with cancellation and rate-limited partial results for the live animation.
 */
import { Chunker } from '../../core/cooperative';
import type { ModelResult, RunContext } from '../../core/model';
import { makeDiagram } from './diagram';
import type { SolidificationParams } from './params';
import type { PhaseDiagram } from './phaseDiagram';
import { alloyFigures, alloyFromSteady, buildResult, type AlloyFigures } from './results';
import { checkRunSize } from './runSize';
import { steadyInterface, steadyPoint, steadyProfile, steadyRegime, type SteadyPoint } from './steadyState';
import { TransientSolver } from './transient';

/** A transient run counts as steady when V and the solid forming are within this fraction of their steady values. */
export const STEADY_TOLERANCE = 0.05;

const PROFILE_POINTS = 201;

/** Growth velocity of the steady mode: V (pulling) or R/G (cooling), m/s. */
export function steadyVelocity(p: SolidificationParams): number {
  return p.drive === 'pulling' ? p.V : p.R / p.G;
}

/**
 * The drive parameters that make `drive` grow steadily at velocity V (m/s) under gradient G (K/m):
 * V itself when pulling, the cooling rate R = V·G (K/s) when cooling (the inverse of `steadyVelocity`).
 */
export function driveForVelocity(drive: string, G: number, V: number): { G: number; V: number } | { G: number; R: number } {
  return drive === 'pulling' ? { G, V } : { G, R: V * G };
}

/** Steady state at the drive's velocity. */
export function runSteady(p: SolidificationParams): ModelResult {
  const diagram = makeDiagram(p);
  const iface = steadyInterface(diagram, p.x0);
  const V = steadyVelocity(p);
  const point = steadyPoint(diagram, iface, { V, G: p.G, D: p.D, gamma: p.gamma });
  const zEnd = Math.max((6 * p.D) / V, 1.3 * point.supercooling.depth);
  const z = new Float64Array(PROFILE_POINTS);
  const x = new Float64Array(PROFILE_POINTS);
  for (let i = 0; i < PROFILE_POINTS; i++) {
    z[i] = (zEnd * i) / (PROFILE_POINTS - 1);
    x[i] = steadyProfile(iface, V, p.D, z[i]);
  }
  return buildResult(
    diagram,
    alloyFromSteady(diagram, iface),
    { V, G: p.G, D: p.D, gamma: p.gamma, xL: iface.xL, xS: p.x0, T: iface.T },
    { z, x },
    { soluteBalanceError: null, supercooling: point.supercooling, summary: { reachedSteadyState: true, velocityRatio: 1, ...steadySummary(point) } },
  );
}

/**
 * Summary keys of the analytic steady state (what a long enough transient run approaches): its
 * regime and the figures that decide it — V (m/s), G_crit (K/m), interface k and V_abs (m/s).
 */
export type SteadySummary = Record<'steadyRegime', string> & Record<'steadyV' | 'steadyCriticalGradient' | 'steadyInterfaceK' | 'steadyAbsoluteStabilityV', number>;

function steadySummary(point: SteadyPoint): SteadySummary {
  return {
    steadyRegime: steadyRegime(point),
    steadyV: point.state.V,
    steadyCriticalGradient: point.criticalGradient,
    steadyInterfaceK: point.state.k,
    steadyAbsoluteStabilityV: point.absoluteStabilityV,
  };
}

/** The steady state's regime and deciding figures at the drive's velocity, as summary keys (SI). */
export function steadyStateSummary(p: SolidificationParams, diagram: PhaseDiagram = makeDiagram(p)): SteadySummary {
  const V = steadyVelocity(p);
  return steadySummary(steadyPoint(diagram, steadyInterface(diagram, p.x0), { V, G: p.G, D: p.D, gamma: p.gamma }));
}

/**
 * Steady-state test of a transient state: V within STEADY_TOLERANCE of the steady velocity V_st
 * (R/G or the imposed V) and, for x0 > 0, the solid forming within STEADY_TOLERANCE of x0.
 * Returns the flag and V/V_st.
 */
export function steadiness(V: number, xS: number, p: SolidificationParams): { reachedSteadyState: boolean; velocityRatio: number } {
  const velocityRatio = V / steadyVelocity(p);
  const solidOk = p.x0 === 0 || Math.abs(xS - p.x0) <= STEADY_TOLERANCE * p.x0;
  return { reachedSteadyState: Math.abs(velocityRatio - 1) <= STEADY_TOLERANCE && solidOk, velocityRatio };
}

/**
 * Progress of a transient run in [0, 1], meant to grow with the work done: the largest of the
 * simulated-time fraction, the solidified fraction (steps are at most half a boundary layer of
 * advance, so work grows with both once the front moves) and the steps taken against the up-front
 * estimate `estimatedSteps` (which covers the start-up ramp, where time and growth barely move).
 */
export function transientProgress(solver: TransientSolver, p: SolidificationParams, estimatedSteps: number): number {
  return Math.min(1, Math.max(solver.t / p.tEnd, solver.s / (0.995 * p.meltLength), solver.steps / estimatedSteps));
}

/** The transient solver for these parameters. */
export function makeTransientSolver(p: SolidificationParams, diagram: PhaseDiagram = makeDiagram(p)): TransientSolver {
  return new TransientSolver({
    diagram,
    x0: p.x0,
    G: p.G,
    D: p.D,
    meltLength: p.meltLength,
    delta: p.delta,
    drive: p.drive === 'pulling' ? 'pulling' : 'cooling',
    R: p.R,
    V: p.V,
    tEnd: p.tEnd,
  });
}

/** Result of the transient solver's current state. */
export function transientResult(solver: TransientSolver, alloy: AlloyFigures, p: SolidificationParams, atSteady: SteadySummary): ModelResult {
  const centres = solver.cellCentres();
  const n = centres.length;
  const stirred = solver.stirred;
  const len = n + 1 + (stirred ? 1 : 0);
  const z = new Float64Array(len);
  const x = new Float64Array(len);
  z[0] = 0;
  x[0] = solver.xStar;
  for (let j = 0; j < n; j++) {
    z[j + 1] = centres[j];
    x[j + 1] = solver.x[j];
  }
  if (stirred) {
    z[len - 1] = solver.meltRemaining;
    x[len - 1] = solver.x[n - 1];
  }
  const h = solver.hist;
  return buildResult(
    solver.input.diagram,
    alloy,
    { V: solver.V, G: p.G, D: p.D, gamma: p.gamma, xL: solver.xStar, xS: solver.xS, T: solver.interfaceT() },
    { z, x },
    {
      soluteBalanceError: solver.soluteBalanceError(),
      summary: {
        time: solver.t,
        solidFraction: solver.s / p.meltLength,
        solidLength: solver.s,
        steps: solver.steps,
        stopReason: solver.stopReason,
        ...steadiness(solver.V, solver.xS, p),
        ...atSteady,
      },
      series: {
        solid_z: Float64Array.from(h.s),
        solid_x: Float64Array.from(h.xS),
        history_t: Float64Array.from(h.t),
        history_V: Float64Array.from(h.V),
        history_interfaceT: Float64Array.from(h.T),
        history_interfaceX: Float64Array.from(h.xL),
      },
    },
  );
}

/** Runs the transient to tEnd (or 99.5 % solid), yielding between chunks and streaming partial results. */
export async function runTransient(p: SolidificationParams, ctx: RunContext = {}): Promise<ModelResult> {
  const estimatedSteps = checkRunSize(p);
  const diagram = makeDiagram(p);
  const alloy = alloyFigures(diagram, p.x0);
  const atSteady = steadyStateSummary(p, diagram);
  const solver = makeTransientSolver(p, diagram);
  const chunker = new Chunker({ signal: ctx.signal });
  await chunker.pause();
  while (!solver.done) {
    solver.step();
    if (chunker.due()) {
      if (ctx.onProgress && chunker.shouldReport()) {
        ctx.onProgress({ fraction: transientProgress(solver, p, estimatedSteps), partial: transientResult(solver, alloy, p, atSteady) });
      }
      await chunker.pause();
    }
  }
  ctx.onProgress?.({ fraction: 1 });
  return transientResult(solver, alloy, p, atSteady);
}
