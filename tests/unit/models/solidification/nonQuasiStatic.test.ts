/**
 * Mullins–Sekerka growth rate without the quasi-static approximation: it solves its implicit
 * equation, vanishes where the quasi-static σ does (the marginal wavenumber), and differs from the
 * quasi-static σ by the first-order correction V(1−F)·(σ/D)/(2√((V/2D)² + q²)) when σ ≪ Dq².
 */
import { describe, expect, it } from 'vitest';
import { analyseStability, growthRate, growthRateNonQuasiStatic, type InterfaceState } from '../../../../src/models/solidification/stability';
import { expectClose } from './helpers';

// teaching alloy at V = 10 µm/s, G = 0.25 G_crit, Γ scaled up (the morphology tests' state)
const s: InterfaceState = { V: 1e-5, D: 1e-8, G: 0.25 * 163333, gamma: 1.4e-7 * 1000, k: 0.3, mGc: 163333 };

describe('growthRateNonQuasiStatic', () => {
  const r = analyseStability(s);
  const qFast = (2 * Math.PI) / (r.fastestWavelength ?? NaN);
  const qMarg = (2 * Math.PI) / (r.marginalWavelength ?? NaN);

  it('solves σ = V·{(ω(σ) − V/D) − (ω(σ) − (1−k)V/D)·(G + Γq²)/(mG_c)}', () => {
    for (const q of [0.3 * qFast, qFast, 2 * qMarg]) {
      const sigma = growthRateNonQuasiStatic(s, q);
      const p = s.V / (2 * s.D);
      const omega = p + Math.sqrt(p * p + q * q + sigma / s.D);
      const rhs = s.V * (omega - s.V / s.D - ((omega - ((1 - s.k) * s.V) / s.D) * (s.G + s.gamma * q * q)) / s.mGc);
      expectClose(sigma, rhs, 1e-9 * Math.abs(r.maxGrowthRate ?? 1));
    }
  });

  it('vanishes at the marginal wavenumber and has the sign of the quasi-static σ', () => {
    expect(Math.abs(growthRateNonQuasiStatic(s, qMarg))).toBeLessThan(1e-9 * (r.maxGrowthRate ?? 1));
    expect(growthRateNonQuasiStatic(s, qFast)).toBeGreaterThan(growthRate(s, qFast));
    expect(growthRateNonQuasiStatic(s, 2 * qMarg)).toBeLessThan(0);
  });

  it('matches the first-order correction when σ ≪ D q²', () => {
    const slow = { ...s, D: 1e-7, mGc: s.mGc / 10, G: s.G / 10 };
    const q = (2 * Math.PI) / (analyseStability(slow).fastestWavelength ?? NaN);
    const qs = growthRate(slow, q);
    const p = slow.V / (2 * slow.D);
    const F = (slow.G + slow.gamma * q * q) / slow.mGc;
    const first = (slow.V * (1 - F) * (qs / slow.D)) / (2 * Math.sqrt(p * p + q * q));
    expect(qs / (slow.D * q * q)).toBeLessThan(0.02);
    expectClose(growthRateNonQuasiStatic(slow, q) - qs, first, 0.05 * Math.abs(first));
  });
});
