/**
 * Physical constants pinned to their CODATA 2018 values, written here as literals (this test
 * must not compute or import the values it checks against). Exact constants must match exactly;
 * derived ones within their stated rounding.
 */
import { describe, expect, it } from 'vitest';
import * as c from '../../../src/core/constants';

describe('physical constants (CODATA 2018)', () => {
  it('match the exact SI-defining values', () => {
    expect(c.BOLTZMANN).toBe(1.380649e-23);
    expect(c.ELEMENTARY_CHARGE).toBe(1.602176634e-19);
  });

  it('match the derived values to the digits CODATA prints (R, k_B in eV/K)', () => {
    const cases: Array<[string, number, number]> = [
      // name, CODATA 2018 value as printed, half a unit of its last printed digit
      ['GAS_CONSTANT', 8.314462618, 0.5e-9],
      ['BOLTZMANN_EV', 8.617333262e-5, 0.5e-14],
    ];
    for (const [name, expected, tolerance] of cases) {
      const got = (c as Record<string, number>)[name];
      expect(Math.abs(got - expected), `${name}: expected ${expected}, got ${got}, tolerance ${tolerance}`).toBeLessThanOrEqual(tolerance);
    }
  });

  it('match the conventional values used for p° and the molar mass of hydrogen', () => {
    expect(c.STANDARD_PRESSURE).toBe(1e5);
    // IUPAC conventional atomic weight of H (docs/physics-notes.md): 1.00794 g/mol.
    expect(c.MOLAR_MASS_H).toBe(1.00794e-3);
  });
});
