/**
 * Colour-blind-safe categorical palette (Okabe & Ito, 2008), used for every line and mark.
 */

/** Okabe–Ito colours in the order lines take them. */
export const okabeIto = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;

/** The i-th palette colour (cycling). */
export function paletteColor(i: number): string {
  return okabeIto[((i % okabeIto.length) + okabeIto.length) % okabeIto.length];
}
