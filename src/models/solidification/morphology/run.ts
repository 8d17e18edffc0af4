/**
 * A morphology run on the CPU engine: sets up the scaled problem, advances the phase field for
 * `duration` diffusion times D/V² in time-budgeted chunks, samples the perturbation mode's
 * amplitude (400 samples) and keeps `snapshots` interface profiles; reports SI figures.
 */
import { Chunker, nowMs } from '../../../core/cooperative';
import type { ModelResult, RunContext } from '../../../core/model';
import { growthRate, growthRateNonQuasiStatic } from '../stability';
import { linearGrowthRate, modeAmplitude, peakToValley, primarySpacing } from './measure';
import type { MorphologyParams } from './params';
import { setupMorphology, type MorphologySetup } from './setup';
import { PhaseFieldSolver, type PhaseFieldProblem } from './solver';

const SAMPLES = 400;

/** What steps a run: the solver whose fields it advances, how it advances them, how it is released. */
export interface StepDriver {
  readonly solver: PhaseFieldSolver;
  /** Advances `n` time steps. */
  advance(n: number): void;
  /** Releases what the driver holds (threads). */
  close(): Promise<void>;
}

/** Makes the driver of a run of `problem` (e.g. several threads on strips, outside the model). */
export type StepDriverFactory = (problem: PhaseFieldProblem) => Promise<StepDriver>;

/** The plain solver on the calling thread. */
export const singleThread: StepDriverFactory = (problem) => {
  const solver = new PhaseFieldSolver(problem);
  return Promise.resolve({ solver, advance: (n: number) => solver.advance(n), close: () => Promise.resolve() });
};

/**
 * Runs the phase field on validated SI parameters, stepped by the driver `makeDriver` makes (one
 * thread unless told); throws `CancelledError` when cancelled.
 */
export async function runMorphology(p: MorphologyParams, ctx: RunContext = {}, makeDriver: StepDriverFactory = singleThread): Promise<ModelResult> {
  const setup = setupMorphology(p);
  const driver = await makeDriver(setup.problem);
  try {
    return await runOn(p, ctx, setup, driver);
  } finally {
    await driver.close();
  }
}

async function runOn(p: MorphologyParams, ctx: RunContext, setup: MorphologySetup, driver: StepDriver): Promise<ModelResult> {
  const { scaling, stability, mode } = setup;
  const solver = driver.solver;
  const W = scaling.W;
  const tEnd = (p.duration * scaling.lDd) / scaling.Vd;
  const totalSteps = Math.max(1, Math.ceil(tEnd / solver.dt));
  const sampleEvery = Math.max(1, Math.floor(totalSteps / SAMPLES));
  const snapshotEvery = Math.max(1, Math.floor(totalSteps / (p.snapshots - 1)));
  const h = new Float64Array(p.nx);
  const sampleT: number[] = [];
  const sampleA: number[] = [];
  const snapT: number[] = [];
  const snaps: Float64Array[] = [];
  const record = () => {
    solver.interfaceProfile(h);
    if (solver.steps % sampleEvery === 0) {
      sampleT.push(solver.t * scaling.tau0);
      sampleA.push(modeAmplitude(h, mode) * W);
    }
    if (solver.steps % snapshotEvery === 0 || solver.steps === totalSteps) {
      snapT.push(solver.t * scaling.tau0);
      snaps.push(h.map((v) => v * W));
    }
  };
  const chunker = new Chunker({ signal: ctx.signal });
  record();
  let computeMs = 0;
  while (solver.steps < totalSteps) {
    const next = Math.min(totalSteps, (Math.floor(solver.steps / sampleEvery) + 1) * sampleEvery);
    const started = nowMs();
    driver.advance(next - solver.steps);
    computeMs += nowMs() - started;
    record();
    if (chunker.due()) {
      if (ctx.onProgress && chunker.shouldReport()) ctx.onProgress({ fraction: solver.steps / totalSteps });
      await chunker.pause();
    }
  }
  ctx.onProgress?.({ fraction: 1 });
  const modeWavelength = (2 * setup.width) / mode;
  const q = (2 * Math.PI) / modeWavelength;
  const amplitude = peakToValley(h) * W;
  const ledger = solver.ledger();
  const series: Record<string, number[] | Float64Array> = {
    profile_x: Float64Array.from({ length: p.nx }, (_, i) => (i + 0.5) * solver.dx * W),
    profile_time: snapT,
    amplitude_t: sampleT,
    amplitude_A: sampleA,
  };
  snaps.forEach((s, i) => (series[`profile_h_${i}`] = s));
  return {
    summary: {
      perturbationGrowthRate: nullable(linearGrowthRate(sampleT, sampleA, modeWavelength / 20)),
      msGrowthRate: growthRate(scaling.state, q),
      msGrowthRateNonQuasiStatic: growthRateNonQuasiStatic(scaling.state, q),
      perturbationMode: mode,
      perturbationWavelength: modeWavelength,
      interfaceAmplitude: amplitude,
      primarySpacing: primarySpacing(h, solver.dx, setup.width),
      fastestWavelength: stability.fastestWavelength,
      marginalWavelength: stability.marginalWavelength,
      maxGrowthRate: stability.maxGrowthRate,
      soluteBalanceError: ledger.relativeError,
      // null when no compute time was measured (x/0 is not finite)
      cellUpdatesPerSecond: nullable((solver.steps * p.nx * p.nz) / (computeMs / 1000)),
      V: setup.V,
      regime: setup.regime,
      scaledRegime: setup.scaledRegime,
      gradientRatio: scaling.gradientRatio,
      capillaryRatio: scaling.capillaryRatio,
      capillaryRatioUsed: scaling.capillaryRatioUsed,
      gammaScale: scaling.gammaScale,
      gammaEff: scaling.gammaEff,
      interfaceWidth: W,
      tau0: scaling.tau0,
      cellSize: solver.dx * W,
      width: setup.width,
      height: p.nz * solver.dx * W,
      time: solver.t * scaling.tau0,
      steps: solver.steps,
      timeStep: solver.dt * scaling.tau0,
    },
    series,
  };
}

function nullable(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
