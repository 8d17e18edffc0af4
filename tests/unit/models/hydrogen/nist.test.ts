import { describe, expect, it } from 'vitest';
import { leachmanPressure } from '../../../../src/models/hydrogen/leachman';
import { brent } from '../../../../src/core/roots';

/**
 * Published data: NIST Chemistry WebBook, "Saturation Properties for Hydrogen" (normal hydrogen,
 * computed there with the Leachman et al. 2009 equation of state), liquid phase at 0.5, 1.0 and
 * 1.5 atm. A liquid density tests the whole residual Helmholtz energy at δ ≈ 2.3, far from the
 * ideal-gas limit. Tolerance 1e-4 relative: the table's temperatures are rounded to 1 mK.
 */
const MOLAR_MASS = 2.01588e-3;
const nistLiquid: Array<[T: number, pAtm: number, rhoKgM3: number]> = [
  [18.232, 0.5, 73.145],
  [20.369, 1.0, 70.85],
  [21.824, 1.5, 69.115],
];

describe('Leachman EOS against NIST WebBook saturated-liquid densities', () => {
  for (const [T, pAtm, expected] of nistLiquid) {
    it(`liquid H₂ at ${T} K, ${pAtm} atm: ${expected} kg/m³ within 1e-4 relative`, () => {
      const p = pAtm * 101325;
      const rho = brent((r) => leachmanPressure(r, T) - p, 30000, 40000) * MOLAR_MASS;
      const rel = Math.abs(rho / expected - 1);
      expect(rel, `expected ${expected}, got ${rho.toFixed(4)}, |rel diff| ${rel.toExponential(2)} > 1e-4`).toBeLessThan(1e-4);
    });
  }
});
