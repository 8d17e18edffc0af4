/**
 * Mullins–Sekerka details the regime tests do not pin down: the fastest-growing wavelength is the
 * maximum of σ(q) (checked against a dense scan), the fronts that cannot be unstable (no solute
 * pile-up, no growth), the absolute-stability velocity's closed form and its zero, the regime
 * boundaries taken exactly at their limits, and the steady interface's k and boundary layer.
 */
import { describe, expect, it } from 'vitest';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';
import { RegularSolutionDiagram } from '../../../../src/models/solidification/regularSolution';
import { steadyInterface, steadyPoint } from '../../../../src/models/solidification/steadyState';
import {
  absoluteStabilityVelocity,
  analyseStability,
  classifyRegime,
  growthRate,
  isUnstable,
  type InterfaceState,
} from '../../../../src/models/solidification/stability';
import { expectClose } from './helpers';

// Linearised teaching set (docs/physics-notes.md A.7), as in steadyStability.test.ts
const C0 = 0.2;
const k = 0.3;
const m = -350;
const D = 1e-8;
const gamma = 1.4e-7;
const dT0 = (m * C0 * (k - 1)) / k;
const state = (V: number, G: number): InterfaceState => ({ V, D, G, gamma, k, mGc: (V * dT0) / D });

/** Largest σ on a dense log grid of n wavenumbers in [a, b]. */
function scanMax(s: InterfaceState, a: number, b: number, n: number): number {
  let best = -Infinity;
  for (let i = 0; i < n; i++) best = Math.max(best, growthRate(s, a * (b / a) ** (i / (n - 1))));
  return best;
}

describe('fastest-growing perturbation', () => {
  it.each([
    [1e-5, 7700],
    [1e-4, 7700],
    [3e-6, 100],
  ])('V = %f m/s, G = %f K/m: σ(q_fast) is the maximum of σ over (0, q_marginal] (dense scan, rel 1e-9), q_fast < q_marginal', (V, G) => {
    const s = state(V, G);
    const r = analyseStability(s);
    expect(r.stable).toBe(false);
    const qFast = (2 * Math.PI) / (r.fastestWavelength as number);
    const qMarginal = (2 * Math.PI) / (r.marginalWavelength as number);
    expect(qFast).toBeLessThan(qMarginal);
    const sigmaMax = r.maxGrowthRate as number;
    expect(sigmaMax).toBeGreaterThan(0);
    const scanned = scanMax(s, qMarginal * 1e-4, qMarginal, 20_000);
    expect(sigmaMax).toBeGreaterThanOrEqual(scanned * (1 - 1e-9));
    expect(sigmaMax).toBeLessThanOrEqual(scanned * (1 + 1e-3));
    // a maximum: 0.1 % either side grows more slowly
    expect(growthRate(s, qFast * 1.001)).toBeLessThan(sigmaMax);
    expect(growthRate(s, qFast * 0.999)).toBeLessThan(sigmaMax);
  });
});

describe('fronts that cannot be unstable', () => {
  it('no solute pile-up (mG_c ≤ 0) or no growth (V ≤ 0): stable, with null wavelengths', () => {
    const unstable = state(1e-5, 7700);
    expect(isUnstable(unstable)).toBe(true);
    for (const s of [
      { ...unstable, mGc: 0 },
      { ...unstable, mGc: -100 },
      { ...unstable, mGc: Number.NaN },
      { ...unstable, V: 0 },
      { ...unstable, V: -1e-5 },
    ]) {
      expect(isUnstable(s), JSON.stringify(s)).toBe(false);
      expect(analyseStability(s)).toEqual({ stable: true, marginalWavelength: null, fastestWavelength: null, maxGrowthRate: null });
    }
  });
});

describe('absolute stability and regime limits', () => {
  it('V_abs = DΔT0/(kΓ), and 0 when ΔT0 ≤ 0', () => {
    expectClose(absoluteStabilityVelocity(D, dT0, k, gamma), (D * dT0) / (k * gamma), 1e-18);
    expect(absoluteStabilityVelocity(D, 0, k, gamma)).toBe(0);
    expect(absoluteStabilityVelocity(D, -5, k, gamma)).toBe(0);
  });

  it('V = V_abs exactly is absolute; G = k·G_crit exactly is cellular, just below dendritic (k < 1 and k > 1)', () => {
    const s = state(1e-5, 1000);
    expect(classifyRegime(s, true, s.V)).toBe('absolute');
    expect(classifyRegime(s, true, s.V * 1.000001)).not.toBe('absolute');
    expect(classifyRegime(s, false, 0)).toBe('planar');
    expect(classifyRegime({ ...s, G: k * s.mGc }, true, 0)).toBe('cellular');
    expect(classifyRegime({ ...s, G: k * s.mGc * 0.999999 }, true, 0)).toBe('dendritic');
    const k2 = { ...s, k: 2 };
    expect(classifyRegime({ ...k2, G: s.mGc / 2 }, true, 0)).toBe('cellular');
    expect(classifyRegime({ ...k2, G: (s.mGc / 2) * 0.999999 }, true, 0)).toBe('dendritic');
  });
});

describe('steady interface', () => {
  const sige = new RegularSolutionDiagram();

  it('k is x0/x_L* at the interface (not the dilute k0) on a curved diagram; k0 for pure A', () => {
    const iface = steadyInterface(sige, 0.3);
    expectClose(iface.k, 0.3 / iface.xL, 1e-15);
    expect(Math.abs(iface.k - sige.partition(0))).toBeGreaterThan(0.01);
    expect(steadyInterface(sige, 0).k).toBe(sige.partition(0));
  });

  it('boundary layer D/V', () => {
    const dil = new DiluteDiagram(k, m, 1687);
    const p = steadyPoint(dil, steadyInterface(dil, C0), { V: 2e-5, G: 7700, D, gamma });
    expectClose(p.boundaryLayer, D / 2e-5, 1e-18);
  });
});
