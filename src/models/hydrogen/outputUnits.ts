/**
 * Display units of the hydrogen model's outputs, as the page, its plots and its tables show them
 * (shown = SI × factor). The one place views read them from; the model works in SI.
 */
import type { DisplayUnit } from '../../core/params';

/** Display units by quantity. */
export const DISPLAY_UNITS = {
  /** Plateau and isotherm pressures (SI: Pa). */
  pressure: { unit: 'bar', factor: 1e-5 },
  /** Melting pressure and gas-model limits (SI: Pa). */
  highPressure: { unit: 'GPa', factor: 1e-9 },
  /** Formation enthalpy per mol H₂ (SI: J/mol). */
  enthalpy: { unit: 'kJ/mol H₂', factor: 1e-3 },
} as const satisfies Record<string, DisplayUnit>;
