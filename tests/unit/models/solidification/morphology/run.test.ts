/**
 * runMorphology on an 8 × 16 grid for a few dozen to a few hundred steps: the step count from the
 * duration in diffusion times, the sampling and snapshot schedule, every summary figure against
 * the setup and an independent solver advanced as many steps, the driver it is given (advanced in
 * chunks that end on samples, closed also when the run is cancelled) and its progress reports.
 */
import { describe, expect, it } from 'vitest';
import { CancelledError, type Progress } from '../../../../../src/core/model';
import { PhaseFieldSolver, setupMorphology, type StepDriver } from '../../../../../src/models/solidification/morphology';
import { linearGrowthRate, modeAmplitude, peakToValley, primarySpacing } from '../../../../../src/models/solidification/morphology/measure';
import { runMorphology, singleThread } from '../../../../../src/models/solidification/morphology/run';
import { growthRate, growthRateNonQuasiStatic } from '../../../../../src/models/solidification/stability';
import { expectClose } from '../helpers';
import { teaching } from './fixtures';

const params = (duration: number, mode = 1, amplitude = 0.5) => teaching(0.25, { nx: 8, nz: 16, diffusionLength: 5, duration, snapshots: 4, amplitude, mode });

/** The steps a run of `duration` diffusion times D/V² takes: ⌈duration·D/V²/(Δt·τ₀)⌉. */
function stepsFor(duration: number): { total: number; dt: number } {
  const setup = setupMorphology(params(duration));
  const dt = new PhaseFieldSolver(setup.problem).dt;
  return { total: Math.ceil((duration * (1e-8 / 1e-10)) / setup.scaling.tau0 / dt), dt };
}

/** A driver that counts what it is asked to do and waits `busyMs` per call (so the run's chunks come due). */
function countingDriver(busyMs: number, calls: number[], closed: string[]) {
  return (problem: Parameters<typeof singleThread>[0]): Promise<StepDriver> => {
    const solver = new PhaseFieldSolver(problem);
    return Promise.resolve({
      solver,
      advance: (n: number) => {
        calls.push(n);
        solver.advance(n);
        const until = performance.now() + busyMs;
        while (performance.now() < until);
      },
      close: () => {
        closed.push('closed');
        return Promise.resolve();
      },
    });
  };
}

describe('runMorphology', () => {
  it('a short run: steps, samples at every step, snapshots every ⌊steps/(snapshots−1)⌋ and at the end, figures of the final front', async () => {
    const p = params(0.05);
    const { total, dt } = stepsFor(0.05);
    expect(total).toBeGreaterThan(20);
    expect(total).toBeLessThan(400);
    const r = await runMorphology(p);
    const setup = setupMorphology(p);
    const { W, tau0 } = setup.scaling;
    const ref = new PhaseFieldSolver(setup.problem);
    const h0 = ref.interfaceProfile(new Float64Array(8));
    ref.advance(total);
    const h = ref.interfaceProfile(new Float64Array(8));
    const s = r.summary;
    expect(s.steps).toBe(total);
    expectClose(Number(s.time), total * dt * tau0, 1e-9 * total * dt * tau0);
    expectClose(Number(s.timeStep), dt * tau0, 1e-12 * dt * tau0);
    const t = r.series.amplitude_t;
    const A = r.series.amplitude_A;
    expect(t).toHaveLength(total + 1);
    expect(t[0]).toBe(0);
    expectClose(t[5], 5 * dt * tau0, 1e-9 * dt * tau0);
    expectClose(A[0], modeAmplitude(h0, 1) * W, 1e-12 * W);
    expectClose(A[total], modeAmplitude(h, 1) * W, 1e-12 * W);
    const every = Math.floor(total / 3);
    const snapSteps = [0, every, 2 * every, 3 * every, total].filter((n, i, a) => a.indexOf(n) === i);
    expect(r.series.profile_time).toHaveLength(snapSteps.length);
    snapSteps.forEach((n, i) => expectClose(r.series.profile_time[i], n * dt * tau0, 1e-9 * tau0));
    expect(r.series[`profile_h_${snapSteps.length}`]).toBeUndefined();
    const last = r.series[`profile_h_${snapSteps.length - 1}`];
    for (let i = 0; i < 8; i++) {
      expectClose(last[i], h[i] * W, 1e-12 * W);
      expectClose(r.series.profile_x[i], (i + 0.5) * 0.8 * W, 1e-12 * W);
    }
    expectClose(Number(s.interfaceAmplitude), peakToValley(h) * W, 1e-12 * W);
    expect(s.primarySpacing).toBe(primarySpacing(h, 0.8, setup.width));
    expect(s.soluteBalanceError).toBe(ref.ledger().relativeError);
    const rate = linearGrowthRate(t, A, (2 * setup.width) / 20);
    expect(s.perturbationGrowthRate).toBe(Number.isFinite(rate) ? rate : null);
  });

  it('a long run samples every ⌊steps/400⌋ steps (not the last step when off that grid) and ends on the last step', async () => {
    const { total } = stepsFor(1.47);
    expect(total).toBeGreaterThan(800);
    const r = await runMorphology(params(1.47));
    const every = Math.floor(total / 400);
    expect(every).toBeGreaterThanOrEqual(2);
    expect(total % every).not.toBe(0);
    expect(r.summary.steps).toBe(total);
    expect(r.series.amplitude_t).toHaveLength(Math.floor(total / every) + 1);
    const dt = Number(r.summary.timeStep);
    expectClose(r.series.amplitude_t[1], every * dt, 1e-9 * dt);
    expectClose(r.series.profile_time[r.series.profile_time.length - 1], Number(r.summary.time), 1e-12 * Number(r.summary.time));
    expect(r.summary.perturbationGrowthRate).not.toBeNull();
  });

  it('summary figures of the setup: mode, wavelength, σ(q) of the mode, stability and scaling', async () => {
    // mode 2 at 0.5 W: beyond the linear stage (λ/20 = 0.32 W) from the start, so no growth rate
    const p = params(0.02, 2, 0.5);
    const r = await runMorphology(p);
    const setup = setupMorphology(p);
    const s = r.summary;
    const { scaling, stability } = setup;
    const lambda = (2 * setup.width) / setup.mode;
    expect(s.perturbationMode).toBe(2);
    expect(s.perturbationGrowthRate).toBeNull();
    expectClose(Number(s.perturbationWavelength), lambda, 1e-12 * lambda);
    expectClose(Number(s.msGrowthRate), growthRate(scaling.state, (2 * Math.PI) / lambda), 1e-9 * Math.abs(growthRate(scaling.state, (2 * Math.PI) / lambda)));
    const nqs = growthRateNonQuasiStatic(scaling.state, (2 * Math.PI) / lambda);
    expectClose(Number(s.msGrowthRateNonQuasiStatic), nqs, 1e-9 * Math.abs(nqs));
    expect([s.fastestWavelength, s.marginalWavelength, s.maxGrowthRate]).toEqual([stability.fastestWavelength, stability.marginalWavelength, stability.maxGrowthRate]);
    expect([s.V, s.regime, s.scaledRegime]).toEqual([setup.V, setup.regime, setup.scaledRegime]);
    expect([s.gradientRatio, s.capillaryRatio, s.capillaryRatioUsed, s.gammaScale, s.gammaEff, s.interfaceWidth, s.tau0]).toEqual([
      scaling.gradientRatio,
      scaling.capillaryRatio,
      scaling.capillaryRatioUsed,
      scaling.gammaScale,
      scaling.gammaEff,
      scaling.W,
      scaling.tau0,
    ]);
    expectClose(Number(s.cellSize), 0.8 * scaling.W, 1e-15 * scaling.W);
    expectClose(Number(s.width), 8 * 0.8 * scaling.W, 1e-15 * scaling.W);
    expectClose(Number(s.height), 16 * 0.8 * scaling.W, 1e-15 * scaling.W);
  });

  it('steps with the driver it is given, in chunks that end on sample steps, reports progress and closes the driver', async () => {
    const calls: number[] = [];
    const closed: string[] = [];
    const progress: Progress[] = [];
    const { total } = stepsFor(0.02);
    const started = performance.now();
    const r = await runMorphology(params(0.02), { onProgress: (q) => progress.push(q) }, countingDriver(30, calls, closed));
    const wallMs = performance.now() - started;
    expect(calls.reduce((a, b) => a + b, 0)).toBe(total);
    expect(calls.every((n) => n === 1)).toBe(true);
    expect(closed).toEqual(['closed']);
    expect(r.summary.steps).toBe(total);
    // every chunk takes 30 ms, so reports come at least every 100 ms; the last one says 1
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1].fraction).toBe(1);
    for (const q of progress.slice(0, -1)) {
      expect(q.fraction).toBeGreaterThan(0);
      expect(q.fraction).toBeLessThanOrEqual(1);
      // a whole number of steps over the total
      expect(Math.abs(q.fraction * total - Math.round(q.fraction * total))).toBeLessThan(1e-9);
    }
    // cell updates over the compute time, which lies between the drivers' busy 30 ms per call and the whole run
    const cups = Number(r.summary.cellUpdatesPerSecond);
    expect(cups).toBeGreaterThanOrEqual((total * 8 * 16) / (wallMs / 1000));
    expect(cups).toBeLessThanOrEqual((total * 8 * 16) / ((30 * calls.length) / 1000));
  });

  it('a cancelled run throws CancelledError and still closes its driver', async () => {
    const calls: number[] = [];
    const closed: string[] = [];
    await expect(runMorphology(params(0.02), { signal: { aborted: true } }, countingDriver(30, calls, closed))).rejects.toBeInstanceOf(CancelledError);
    expect(calls).toHaveLength(1);
    expect(closed).toEqual(['closed']);
  });

  it('singleThread: the plain solver of the problem, advanced in place, nothing to release', async () => {
    const problem = setupMorphology(params(0.05)).problem;
    const d = await singleThread(problem);
    d.advance(3);
    expect(d.solver.steps).toBe(3);
    expect(d.solver.nx).toBe(8);
    await expect(d.close()).resolves.toBeUndefined();
  });
});
