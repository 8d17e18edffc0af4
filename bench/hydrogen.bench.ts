/**
 * Benchmarks of the PCT model (medians): ten 400-point isotherms (desorption only, and desorption +
 * absorption) with
 * their Maxwell constructions, for the lattice model with the ideal gas and with the cached
 * reference-EOS table (rows warm: the slider case) and cold (first use of each temperature row);
 * the 100 × 100 PCT surface; and direct Leachman fugacity evaluations per second.
 */
import { medianMs } from './median';
import { MATERIALS } from '../src/models/hydrogen/materials';
import { equilibriumAt } from '../src/models/hydrogen/equilibrium';
import { buildSurface, isothermCurve, lnPhiOnGrid, pressureGrid } from '../src/models/hydrogen/curves';
import { leachmanLnPhi } from '../src/models/hydrogen/leachman';
import type { GasModel } from '../src/models/hydrogen/gas';

const mat = MATERIALS.PdH;

function tenIsotherms(gas: GasModel, T0: number, withAbsorption = true): void {
  for (let k = 0; k < 10; k++) {
    const T = T0 + 20 * k;
    const eq = equilibriumAt('lattice', mat, T); // Maxwell construction
    const grid = pressureGrid(100, 1e8, T, 400);
    const phi = lnPhiOnGrid(gas, grid, T);
    isothermCurve(eq, gas, grid, phi, false);
    if (withAbsorption) isothermCurve(eq, gas, grid, phi, true);
  }
}

export async function bench(): Promise<Record<string, number>> {
  const idealMs = await medianMs(() => tenIsotherms('ideal', 300), 21, 3);
  const idealDesOnlyMs = await medianMs(() => tenIsotherms('ideal', 300, false), 21, 3);
  const realWarmMs = await medianMs(() => tenIsotherms('real', 300), 21, 3);
  const plateauMs = await medianMs(() => {
    for (let k = 0; k < 10; k++) {
      const T = 300 + 20 * k;
      const eq = equilibriumAt('plateau', MATERIALS.LaNi5, T);
      const grid = pressureGrid(100, 2e9, T, 400);
      const phi = lnPhiOnGrid('real', grid, T);
      isothermCurve(eq, 'real', grid, phi, false);
      isothermCurve(eq, 'real', grid, phi, true);
    }
  }, 21, 3);
  // cold: temperatures whose table rows are not yet computed (each call uses fresh rows)
  let coldT = 700;
  const coldTimes: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    tenIsotherms('real', coldT);
    coldTimes.push(performance.now() - t0);
    coldT += 200;
  }
  coldTimes.sort((a, b) => a - b);
  const surfaceMs = await medianMs(
    () => buildSurface({ model: 'lattice', params: mat, gas: 'real', pMin: 100, pMax: 1e9, tMin: 200, tMax: 600 }),
    9,
    2,
  );
  const surfacePlateauMs = await medianMs(
    () => buildSurface({ model: 'plateau', params: MATERIALS.LaNi5, gas: 'real', pMin: 100, pMax: 2e9, tMin: 200, tMax: 500 }),
    9,
    2,
  );
  const nEval = 20000;
  const evalMs = await medianMs(() => {
    let s = 0;
    for (let i = 0; i < nEval; i++) s += leachmanLnPhi(1e3 * (1 + (i % 997)) * 1000, 300 + (i % 500));
    return s;
  }, 5, 1);
  return {
    isotherms10x400_lattice_ideal_desOnly_ms: idealDesOnlyMs,
    isotherms10x400_lattice_ideal_ms: idealMs,
    isotherms10x400_lattice_realWarm_ms: realWarmMs,
    isotherms10x400_plateau_realWarm_ms: plateauMs,
    isotherms10x400_lattice_realCold_ms: coldTimes[1],
    surface100x100_lattice_real_ms: surfaceMs,
    surface100x100_plateau_real_ms: surfacePlateauMs,
    leachmanFugacityEvalsPerSecond: (nEval / evalMs) * 1000,
  };
}
