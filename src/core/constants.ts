/**
 * Physical constants (CODATA 2018 exact values where defined), SI units.
 */

/** Molar gas constant R, J mol⁻¹ K⁻¹. */
export const GAS_CONSTANT = 8.314462618;
/** Boltzmann constant k_B, J K⁻¹. */
export const BOLTZMANN = 1.380649e-23;
/** Boltzmann constant in eV K⁻¹. */
export const BOLTZMANN_EV = 8.617333262e-5;
/** Elementary charge e, C. */
export const ELEMENTARY_CHARGE = 1.602176634e-19;
/** 0 °C in kelvin, K. */
export const ZERO_CELSIUS = 273.15;
/** Standard pressure p° = 1 bar, Pa. */
export const STANDARD_PRESSURE = 1e5;
/** Molar mass of atomic H, kg mol⁻¹. */
export const MOLAR_MASS_H = 1.00794e-3;
