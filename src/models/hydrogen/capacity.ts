/**
 * Capacity unit conversions for a hydride M_aH_{ax}: composition x = H/M (H atoms per metal
 * atom, a metal atoms per formula unit of molar mass M_fu) to mass% of hydrogen in the hydride,
 * and to volumetric capacity in kg H₂ per m³ of alloy (density ρ of the H-free alloy; lattice
 * expansion on hydriding is neglected, so this is the capacity per volume of metal powder bed solid).
 */
import { MOLAR_MASS_H } from '../../core/constants';

/** Alloy description needed for capacity conversions. */
export interface AlloyMass {
  /** Molar mass per formula unit, kg mol⁻¹. */
  molarMass: number;
  /** Metal atoms per formula unit (LaNi5: 6, FeTi: 2, Mg: 1). */
  atomsPerFormula: number;
  /** Density of the alloy, kg m⁻³. */
  density: number;
}

/** mass% H = 100·a x M_H / (M_fu + a x M_H) for composition x = H/M. */
export function massPercent(x: number, alloy: AlloyMass): number {
  const mH = alloy.atomsPerFormula * x * MOLAR_MASS_H;
  return (100 * mH) / (alloy.molarMass + mH);
}

/** Inverse of {@link massPercent}: H/M from mass% w: x = w M_fu / (a M_H (100 − w)). */
export function hmFromMassPercent(w: number, alloy: AlloyMass): number {
  return (w * alloy.molarMass) / (alloy.atomsPerFormula * MOLAR_MASS_H * (100 - w));
}

/** Volumetric capacity, kg H per m³ of alloy: ρ · a x M_H / M_fu. */
export function volumetricCapacity(x: number, alloy: AlloyMass): number {
  return (alloy.density * alloy.atomsPerFormula * x * MOLAR_MASS_H) / alloy.molarMass;
}

/**
 * Reversible capacity in mass%: hydrogen released between the charged composition xc and the
 * discharged xd, per mass of charged hydride: 100·a(xc − xd)M_H / (M_fu + a xc M_H).
 */
export function reversibleMassPercent(xCharge: number, xDischarge: number, alloy: AlloyMass): number {
  const a = alloy.atomsPerFormula * MOLAR_MASS_H;
  return (100 * a * (xCharge - xDischarge)) / (alloy.molarMass + a * xCharge);
}
