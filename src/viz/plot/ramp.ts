/**
 * A sequential, colour-blind-safe colour ramp (cividis-like: dark blue → grey → yellow) for
 * continuous values such as a maximum supercooling or a composition, shared by heat maps and
 * 3D views so one quantity looks the same everywhere (its stops are in src/viz/colors.ts).
 */
import { RAMP_STOPS } from '../colors';

/** RGB (0–255) of the ramp at t ∈ [0, 1] (clamped; NaN gives the first stop). */
export function rampRgb(t: number): [number, number, number] {
  const u = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const f = u * (RAMP_STOPS.length - 1);
  const i = Math.min(RAMP_STOPS.length - 2, Math.floor(f));
  const w = f - i;
  const a = RAMP_STOPS[i];
  const b = RAMP_STOPS[i + 1];
  return [0, 1, 2].map((c) => Math.round(a[c] + (b[c] - a[c]) * w)) as [number, number, number];
}

/** CSS hex colour of the ramp at t ∈ [0, 1]. */
export function rampColor(t: number): string {
  return '#' + rampRgb(t).map((c) => c.toString(16).padStart(2, '0')).join('');
}

/** A CSS linear-gradient of the ramp (left to right), for legends. */
export function rampGradient(): string {
  return `linear-gradient(90deg, ${RAMP_STOPS.map((s, i) => `rgb(${s.join(',')}) ${Math.round((100 * i) / (RAMP_STOPS.length - 1))}%`).join(', ')})`;
}
