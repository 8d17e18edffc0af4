/**
 * Display units of the ion-hopping model's outputs, as the page, its plots and its tables show
 * them (shown = SI × factor). The one place views read them from; the model works in SI.
 */
import type { DisplayUnit } from '../../core/params';

/** Display units by quantity. */
export const DISPLAY_UNITS = {
  /** Mean squared displacements (SI: m²). */
  area: { unit: 'Å²', factor: 1e20 },
  /** Diffusion coefficients (SI: m²/s). */
  diffusivity: { unit: 'cm²/s', factor: 1e4 },
  /** Conductivity (SI: S/m). */
  conductivity: { unit: 'mS/cm', factor: 10 },
  /** Conductivity in the Arrhenius plot (SI: S/m). */
  conductivityPerCm: { unit: 'S/cm', factor: 0.01 },
  /** Carrier and site densities (SI: m⁻³). */
  density: { unit: 'cm⁻³', factor: 1e-6 },
} as const satisfies Record<string, DisplayUnit>;
