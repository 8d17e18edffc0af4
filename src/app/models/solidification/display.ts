/**
 * Display helpers of the solidification view: unit conversion of series for the screen (K or °C,
 * mm, µm, µm/s, min), array slicing for the growth replay, and the regime colours. Nothing here
 * computes physics; it only rescales and selects what the model returned.
 */
import type { Series } from '../../../core/model';
import { ZERO_CELSIUS } from '../../../core/constants';
import { OKABE_ITO } from '../../../viz/colors';

/** Okabe–Ito colours of the interface regimes (planar, cellular, dendritic, absolute). */
export const REGIME_COLORS: Record<string, string> = {
  planar: OKABE_ITO.bluishGreen,
  cellular: OKABE_ITO.orange,
  dendritic: OKABE_ITO.vermilion,
  absolute: OKABE_ITO.skyBlue,
};

/** Temperature unit for display. */
export type TempUnit = 'K' | 'C';

/** Kelvin → display temperature. */
export function toTemp(kelvin: number, unit: TempUnit): number {
  return kelvin + tempOffset(unit);
}

/** What to add to a temperature in K to show it in `unit`. */
export function tempOffset(unit: TempUnit): number {
  return unit === 'C' ? -ZERO_CELSIUS : 0;
}

/** Unit symbol of a display temperature. */
export function tempSymbol(unit: TempUnit): string {
  return unit === 'C' ? '°C' : 'K';
}

/** A series (or an empty array) from a result. */
export function seriesOf(series: Series, key: string): ArrayLike<number> {
  return series[key] ?? [];
}

/** Every value times `factor` plus `offset` (display units), first `n` values only (default all). */
export function scaled(values: ArrayLike<number>, factor = 1, offset = 0, n = values.length): Float64Array {
  const m = Math.min(n, values.length);
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) out[i] = values[i] * factor + offset;
  return out;
}


/** The supercooled band: [y0, y1] = [actual, liquidus] where the liquidus is above the actual temperature, NaN elsewhere. */
export function supercooledBand(actual: ArrayLike<number>, liquidus: ArrayLike<number>): { y0: Float64Array; y1: Float64Array } {
  const n = Math.min(actual.length, liquidus.length);
  const y0 = new Float64Array(n);
  const y1 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const on = liquidus[i] > actual[i] || (i + 1 < n && liquidus[i + 1] > actual[i + 1]) || (i > 0 && liquidus[i - 1] > actual[i - 1]);
    y0[i] = on ? actual[i] : NaN;
    y1[i] = on ? Math.max(actual[i], liquidus[i]) : NaN;
  }
  return { y0, y1 };
}

/** True when the user asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
