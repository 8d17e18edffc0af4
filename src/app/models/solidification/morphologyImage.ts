/**
 * Paints a morphology frame into RGBA pixels (one pixel per cell, the highest row on top): the
 * composition c/x₀ on the shared sequential ramp in log scale between the frame's extremes, and
 * the interface (the φ = 0 line of each column) in Okabe–Ito vermilion.
 */
import type { MorphologyFrame } from '../../../models/solidification';
import { OKABE_ITO } from '../../../viz/colors';
import { rampRgb } from '../../../viz/plot/ramp';

/** RGB (0–255) of a #rrggbb colour. */
function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Smallest and largest c/x₀ of a frame (both 1 for an empty frame). */
export function concentrationRange(c: Float32Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of c) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [1, 1];
}

/**
 * Writes the frame into `pixels` (RGBA, nx × nz): row 0 of the image is the top of the domain.
 * `cellSize` (m) converts the interface heights to rows.
 */
export function paintFrame(frame: MorphologyFrame, nx: number, nz: number, cellSize: number, pixels: Uint8ClampedArray): void {
  const [lo, hi] = concentrationRange(frame.concentration);
  const span = Math.log(Math.max(hi, lo * (1 + 1e-9)) / lo);
  for (let j = 0; j < nz; j++) {
    const out = (nz - 1 - j) * nx;
    for (let i = 0; i < nx; i++) {
      const [r, g, b] = rampRgb(Math.log(frame.concentration[j * nx + i] / lo) / span);
      const p = 4 * (out + i);
      pixels[p] = r;
      pixels[p + 1] = g;
      pixels[p + 2] = b;
      pixels[p + 3] = 255;
    }
  }
  const [r, g, b] = rgbOf(OKABE_ITO.vermilion);
  for (let i = 0; i < nx; i++) {
    const h = frame.profile[i];
    if (!Number.isFinite(h)) continue;
    const j = Math.round((h - frame.bottom) / cellSize);
    if (j < 0 || j >= nz) continue;
    const p = 4 * ((nz - 1 - j) * nx + i);
    pixels[p] = r;
    pixels[p + 1] = g;
    pixels[p + 2] = b;
  }
}
