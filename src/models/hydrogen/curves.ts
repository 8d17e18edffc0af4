/**
 * Isotherm curves on a logarithmic pressure grid. Equilibrium is set by the fugacity: for each
 * grid pressure p the composition is read off the model at v = ln(φ(p)p/p°); the plateau corners,
 * known in fugacity, are mapped back to pressure by inverting f(p) with the chosen gas model and
 * inserted so flat plateaus are drawn exactly. Also builds the PCT surface grid for the 3D view.
 */
import { logspace } from '../../core/interpolate';
import { STANDARD_PRESSURE } from '../../core/constants';
import { lnPhi, pressureFromFugacity, isExtrapolated, type GasModel } from './gas';
import type { Equilibrium, HydrideParams, IsothermModel } from './equilibrium';
import { equilibriumAt, latticeCapacity } from './equilibrium';
import { meltingPressure } from './melting';
import { equalAreaConstruction, lacherIsotherm, logit } from './lattice';
import { plateauLadder, plateauLnF, type MultiPlateauParams } from './plateau';

/** A drawn isotherm: composition (H/M) against pressure (Pa), with an extrapolation flag per point. */
export interface IsothermCurve {
  x: Float64Array;
  p: Float64Array;
  /** 1 where the gas model is used beyond its validity, else 0. */
  extrapolated: Float64Array;
}

/** ln φ of the gas at each grid pressure (Pa) and T (K). */
export function lnPhiOnGrid(gas: GasModel, pGrid: ArrayLike<number>, T: number): Float64Array {
  const out = new Float64Array(pGrid.length);
  for (let i = 0; i < pGrid.length; i++) out[i] = lnPhi(gas, pGrid[i], T);
  return out;
}

/**
 * Isotherm on the pressure grid (Pa, increasing), absorption or desorption. `lnPhiGrid` holds
 * ln φ at the grid points (from {@link lnPhiOnGrid}). The plateau corners that fall inside the
 * grid range are inserted at their pressures (every plateau's, in order).
 */
export function isothermCurve(eq: Equilibrium, gas: GasModel, pGrid: ArrayLike<number>, lnPhiGrid: ArrayLike<number>, absorption: boolean): IsothermCurve {
  const n = pGrid.length;
  const corners: { p: number; x: number }[] = [];
  const lnfMax = Math.log(pGrid[n - 1] / STANDARD_PRESSURE) + lnPhiGrid[n - 1];
  const lnfMin = Math.log(pGrid[0] / STANDARD_PRESSURE) + lnPhiGrid[0];
  for (const pl of eq.plateaus) {
    const ends = absorption
      ? [
          [pl.lnfAbsStart, pl.xAbsStart],
          [pl.lnfAbsEnd, pl.xAbsEnd],
        ]
      : [
          [pl.lnfDesStart, pl.xDesStart],
          [pl.lnfDesEnd, pl.xDesEnd],
        ];
    for (const [v, x] of ends) {
      if (v <= lnfMin || v >= lnfMax) continue;
      corners.push({ p: pressureFromFugacity(gas, STANDARD_PRESSURE * Math.exp(v), eq.T), x });
    }
  }
  corners.sort((a, b) => a.p - b.p || a.x - b.x);
  const m = n + corners.length;
  const x = new Float64Array(m);
  const p = new Float64Array(m);
  const ex = new Float64Array(m);
  let k = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    while (c < corners.length && corners[c].p <= pGrid[i]) {
      p[k] = corners[c].p;
      x[k] = corners[c].x;
      ex[k] = isExtrapolated(gas, p[k], eq.T) ? 1 : 0;
      k++;
      c++;
    }
    const v = Math.log(pGrid[i] / STANDARD_PRESSURE) + lnPhiGrid[i];
    p[k] = pGrid[i];
    x[k] = eq.composition(v, absorption, k > 0 ? x[k - 1] : undefined);
    ex[k] = isExtrapolated(gas, p[k], eq.T) ? 1 : 0;
    k++;
  }
  return { x, p, extrapolated: ex };
}

/** Log-spaced pressure grid (Pa) of n points from pMin to min(pMax, melting pressure at T). */
export function pressureGrid(pMin: number, pMax: number, T: number, n: number): Float64Array {
  return logspace(pMin, Math.min(pMax, meltingPressure(T)), n);
}

/** Inputs of {@link buildSurface}. */
export interface SurfaceSpec {
  model: IsothermModel;
  params: HydrideParams & MultiPlateauParams;
  gas: GasModel;
  pMin: number;
  pMax: number;
  tMin: number;
  tMax: number;
  /** Composition nodes (default 100) and temperature nodes (default 100). */
  nx?: number;
  nT?: number;
}

/**
 * The PCT surface for the 3D view (desorption branch): log₁₀(p/Pa) over a grid of composition
 * x (H/M, nx nodes from 0.5 % to 99.5 % of the saturation H/M) × temperature (nT nodes, tMin–tMax).
 * Layout: `log10p` is a Float64Array of length nT·nx, row-major with one row per temperature:
 * log10p[j·nx + i] is at (x[i], T[j]). Values are clamped to [log₁₀ pMin, log₁₀ pMax] (and to the
 * melting pressure). Inside the two-phase region the surface is the plateau (flat or sloping).
 */
export function buildSurface(spec: SurfaceSpec): { x: Float64Array; T: Float64Array; log10p: Float64Array; nx: number; nT: number } {
  const nx = spec.nx ?? 100;
  const nT = spec.nT ?? 100;
  const hp = spec.params;
  const xMax = spec.model === 'lattice' ? latticeCapacity(hp) : hp.maxHM;
  const xs = new Float64Array(nx);
  for (let i = 0; i < nx; i++) xs[i] = xMax * (0.005 + (0.99 * i) / (nx - 1));
  const Ts = new Float64Array(nT);
  for (let j = 0; j < nT; j++) Ts[j] = nT === 1 ? spec.tMin : spec.tMin + ((spec.tMax - spec.tMin) * j) / (nT - 1);
  const out = new Float64Array(nx * nT);
  const lo = Math.log10(spec.pMin);
  for (let j = 0; j < nT; j++) {
    const T = Ts[j];
    const pTop = Math.min(spec.pMax, meltingPressure(T));
    const hi = Math.log10(pTop);
    const vMin = Math.log(spec.pMin / STANDARD_PRESSURE) + lnPhi(spec.gas, spec.pMin, T);
    const vMax = Math.log(pTop / STANDARD_PRESSURE) + lnPhi(spec.gas, pTop, T);
    let lnfAt: (x: number) => number;
    if (spec.model === 'lattice' && latticeCapacity(hp) !== hp.latticeSites) {
      lnfAt = inverseByBisection(equilibriumAt('lattice', hp, T));
    } else if (spec.model === 'lattice') {
      const iso = lacherIsotherm(hp, T);
      const coex = equalAreaConstruction(iso);
      lnfAt = (x) => {
        const th = x / hp.latticeSites;
        if (coex && th > coex.thetaAlpha && th < coex.thetaBeta) return coex.level;
        return iso.g(logit(th));
      };
    } else {
      const ladder = plateauLadder(hp, T);
      lnfAt = (x) => plateauLnF(hp, T, x, ladder);
    }
    for (let i = 0; i < nx; i++) {
      const v = lnfAt(xs[i]);
      let value: number;
      if (v <= vMin) value = lo;
      else if (v >= vMax) value = hi;
      else value = Math.log10(pressureFromFugacity(spec.gas, STANDARD_PRESSURE * Math.exp(v), T));
      out[j * nx + i] = value;
    }
  }
  return { x: xs, T: Ts, log10p: out, nx, nT };
}

/**
 * ln(f/p°) at composition x on the desorption branch of `eq`, for isotherms without a closed-form
 * inverse (several lattice sublattices): the plateau level inside a plateau, else bisection on the
 * non-decreasing x(v) over −300 < v < 300 to 600·2⁻⁶⁰.
 */
function inverseByBisection(eq: Equilibrium): (x: number) => number {
  return (x) => {
    for (const pl of eq.plateaus) if (x >= pl.xDesStart && x <= pl.xDesEnd) return pl.lnfDes;
    let lo = -300;
    let hi = 300;
    for (let i = 0; i < 60; i++) {
      const mid = 0.5 * (lo + hi);
      if (eq.composition(mid, false) < x) lo = mid;
      else hi = mid;
    }
    return 0.5 * (lo + hi);
  };
}

/** Pressure (Pa) whose fugacity is 1 bar·e^v at T (K), or null when beyond 6 GPa. */
export function pressureAtLnF(gas: GasModel, v: number, T: number): number | null {
  try {
    return pressureFromFugacity(gas, STANDARD_PRESSURE * Math.exp(v), T, true);
  } catch {
    return null;
  }
}

/** Composition (H/M) of `eq` on the absorption or desorption branch at pressure p (Pa). */
export function compositionAtPressure(eq: Equilibrium, gas: GasModel, p: number, absorption: boolean): number {
  return eq.composition(Math.log(p / STANDARD_PRESSURE) + lnPhi(gas, p, eq.T, true), absorption);
}

/** Equilibrium of `model` at T (K) and its desorption and absorption curves (H/M against Pa) on an n-point grid from pMin to pMax (Pa). */
export function isothermPair(
  model: IsothermModel,
  hp: HydrideParams & MultiPlateauParams,
  gas: GasModel,
  T: number,
  pMin: number,
  pMax: number,
  n: number,
): { eq: Equilibrium; des: IsothermCurve; abs: IsothermCurve } {
  const eq = equilibriumAt(model, hp, T);
  const grid = pressureGrid(pMin, pMax, T, n);
  const phi = lnPhiOnGrid(gas, grid, T);
  return { eq, des: isothermCurve(eq, gas, grid, phi, false), abs: isothermCurve(eq, gas, grid, phi, true) };
}
