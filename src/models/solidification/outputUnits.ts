/**
 * Display units of the solidification model's outputs, as the page, its plots and its tables
 * show them (shown = SI × factor). The one place views read them from; the model works in SI.
 */
import type { DisplayUnit } from '../../core/params';

/** Display units by quantity. */
export const DISPLAY_UNITS = {
  /** Positions in the melt and the ingot, melt length (SI: m). */
  length: { unit: 'mm', factor: 1e3 },
  /** Boundary layer, supercooled depth, perturbation wavelengths (SI: m). */
  microLength: { unit: 'µm', factor: 1e6 },
  /** Growth velocity (SI: m/s). */
  velocity: { unit: 'µm/s', factor: 1e6 },
  /** Simulated time (SI: s). */
  time: { unit: 'min', factor: 1 / 60 },
  /** Temperature gradient (SI: K/m). */
  gradient: { unit: 'K/mm', factor: 1e-3 },
  /** Cooling rate (SI: K/s). */
  coolingRate: { unit: 'K/min', factor: 60 },
  /** Fractions (SI: 1). */
  percent: { unit: '%', factor: 100 },
} as const satisfies Record<string, DisplayUnit>;
