/**
 * Every colour the app draws with, by name — the one place colour values are written. Plots and
 * views take their colours from here, never as hex literals (page themes are CSS variables in
 * src/app/styles.css). Lines use the colour-blind-safe Okabe–Ito palette (Okabe & Ito, 2008).
 */

/** Okabe–Ito colours in the order lines take them. */
export const okabeIto = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;

const [blue, vermilion, bluishGreen, reddishPurple, orange, skyBlue, yellow, black] = okabeIto;

/** Okabe & Ito (2008) colours by name. */
export const OKABE_ITO = { blue, vermilion, bluishGreen, reddishPurple, orange, skyBlue, yellow, black } as const;

/** The i-th palette colour (cycling). */
export function paletteColor(i: number): string {
  return okabeIto[((i % okabeIto.length) + okabeIto.length) % okabeIto.length];
}

/**
 * Colours that are not in the Okabe–Ito palette: Mg²⁺ and H⁺ ions need two more hues than the
 * palette keeps free beside Li⁺ (blue) and Na⁺ (bluish green) — a violet and a neutral grey,
 * distinct from the palette in hue or in lightness.
 */
export const EXTRA_COLORS = { violet: '#7A4FA8', grey: '#8A8F98' } as const;

/** Ink of exported figures (PNG/SVG), always the light palette whatever the page theme: text, muted text, background. */
export const LIGHT_INK = { fg: '#1b1f24', muted: '#5a6370', bg: '#ffffff' } as const;

/** A QR code's modules, in either page theme: dark modules on a light square (scanners expect dark on light). */
export const QR_COLORS = { light: '#ffffff', dark: '#000000' } as const;

/** Fixed marks of the lattice scene (the ions themselves take palette colours). */
export const LATTICE_COLORS = {
  site: '#8a94a3',
  vacancy: skyBlue,
  blocked: '#6b4f3a',
  box: '#8a94a3',
} as const;

/** Fixed colours of the 3D scenes: the PCT surface's backdrop, the text of in-scene labels, ion trails when no colour is given. */
export const SCENE_COLORS = { backdrop: '#1c2330', labelText: '#ffffff', trail: '#ffffff' } as const;

/** Stops (RGB 0–255, evenly spaced) of the sequential cividis-like ramp of heat maps and 3D views: dark blue → grey → yellow. */
export const RAMP_STOPS: readonly (readonly [number, number, number])[] = [
  [0x00, 0x20, 0x4d],
  [0x31, 0x44, 0x6b],
  [0x66, 0x69, 0x70],
  [0x95, 0x8f, 0x78],
  [0xcb, 0xba, 0x69],
  [0xff, 0xea, 0x46],
];
