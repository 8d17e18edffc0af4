/**
 * Solidification benchmarks: the default run (what the page computes on open), the full transient
 * of the issue (Si0.8Ge0.2, G = 7.7 K/mm, R = 5 K/min, 20 mm melt, to 99.5 % solid), solver steps
 * per second, and 40×40 / 64×64 steady stability maps on one thread. Medians of 7 runs.
 */
import model from '../src/models/solidification';
import { computeStabilityMap } from '../src/models/solidification/stabilityMap';
import { makeTransientSolver } from '../src/models/solidification/simulate';
import { defaultsOf } from '../src/core/model';
import { medianMs } from './median';

export async function bench(): Promise<Record<string, number>> {
  const defaults = defaultsOf(model);
  const full = { ...defaults, tEnd: 1e6 };
  const defaultRun_ms = await medianMs(() => model.run(defaults));
  const steadyRun_ms = await medianMs(() => model.run({ ...defaults, mode: 'steady' }));
  let steps = 0;
  const fullTransientSolver_ms = await medianMs(() => {
    const s = makeTransientSolver(full);
    while (!s.done) s.step();
    steps = s.steps;
  });
  const fullTransientRun_ms = await medianMs(() => model.run(full));
  const map = (n: number) => () =>
    computeStabilityMap({ phaseDiagram: 'SiGe', k: 0.3, m: -350, Tm: 1687, x0: 0.2, D: 1e-8, gamma: 1.4e-7, axis: 'V', gMin: 1e3, gMax: 1e6, nG: n, yMin: 1e-7, yMax: 1e-1, nY: n });
  return {
    defaultRun_ms,
    steadyRun_ms,
    fullTransientSolver_ms,
    fullTransientRun_ms,
    fullTransientSteps: steps,
    stepsPerSecond: steps / (fullTransientSolver_ms / 1000),
    map40x40_ms: await medianMs(map(40), 5, 1),
    map64x64_singleThread_ms: await medianMs(map(64), 5, 1),
  };
}
