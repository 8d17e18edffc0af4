/**
 * Capacity conversions (capacity.ts) against hand values: LaNi₅H₆ is 1.38 mass% H, the inverse
 * returns H/M, the volumetric capacity is ρ·a·x·M_H/M, and the reversible capacity is the hydrogen
 * released per mass of charged hydride (full discharge: the charged mass%, none released: 0).
 */
import { describe, expect, it } from 'vitest';
import { hmFromMassPercent, massPercent, reversibleMassPercent, volumetricCapacity } from '../../../../src/models/hydrogen/capacity';
import { expectRel } from './helpers';

/** LaNi₅: 432.37 g/mol, 6 metal atoms per formula unit, 8.3 g/cm³. */
const LANI5 = { molarMass: 0.43237, atomsPerFormula: 6, density: 8300 };
/** Molar mass of H, kg/mol (IUPAC 1.00794 g/mol). */
const M_H = 1.00794e-3;

describe('capacity conversions', () => {
  it('LaNi₅H₆ (H/M = 1): 6·1.00794/(432.37 + 6·1.00794) = 1.379 mass%; H/M 0 is 0 mass%', () => {
    expectRel(massPercent(1, LANI5), (100 * 6 * 1.00794) / (432.37 + 6 * 1.00794), 1e-12, 'mass%');
    expect(massPercent(1, LANI5)).toBeCloseTo(1.379, 3);
    expect(massPercent(0, LANI5)).toBe(0);
  });

  it('mass% back to H/M: the inverse of massPercent (1e-12) at several compositions and for Mg (a = 1)', () => {
    const mg = { molarMass: 0.024305, atomsPerFormula: 1, density: 1738 };
    for (const x of [0.05, 0.5, 1, 1.5]) {
      expectRel(hmFromMassPercent(massPercent(x, LANI5), LANI5), x, 1e-12, `LaNi5 x ${x}`);
      expectRel(hmFromMassPercent(massPercent(x, mg), mg), x, 1e-12, `Mg x ${x}`);
    }
    // MgH₂: 2·1.00794/(24.305 + 2·1.00794) = 7.66 mass%
    expectRel(hmFromMassPercent(7.659, mg), 2, 1e-3, 'MgH2');
  });

  it('volumetric capacity: ρ·a·x·M_H/M_fu, so LaNi₅H₆ holds 8300·6·1.00794e-3/0.43237 ≈ 116 kg H per m³ of alloy', () => {
    expectRel(volumetricCapacity(1, LANI5), (8300 * 6 * M_H) / 0.43237, 1e-12, 'LaNi5H6');
    expectRel(volumetricCapacity(0.5, LANI5), (8300 * 3 * M_H) / 0.43237, 1e-12, 'half loaded');
  });

  it('reversible capacity: full discharge gives the charged mass%, none gives 0, and a partial one the H released over the charged mass', () => {
    expectRel(reversibleMassPercent(1, 0, LANI5), massPercent(1, LANI5), 1e-12, 'full');
    expect(reversibleMassPercent(0.8, 0.8, LANI5)).toBe(0);
    // 0.8 → 0.25 H/M: 0.55·6·M_H released per (M + 0.8·6·M_H) of LaNi₅H₄.₈
    expectRel(reversibleMassPercent(0.8, 0.25, LANI5), (100 * 0.55 * 6 * M_H) / (0.43237 + 0.8 * 6 * M_H), 1e-12, 'partial');
  });
});
