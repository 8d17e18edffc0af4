/**
 * Colours of the app by name: the Okabe–Ito palette (src/viz/plot/palette.ts, the one source of
 * its values) and the few colours outside it, named for what they show. Views take colours from
 * here, never as hex literals.
 */
import { okabeIto } from '../viz/plot/palette';

const [blue, vermilion, bluishGreen, reddishPurple, orange, skyBlue, yellow, black] = okabeIto;

/** Okabe & Ito (2008) colours by name. */
export const OKABE_ITO = { blue, vermilion, bluishGreen, reddishPurple, orange, skyBlue, yellow, black } as const;

/**
 * Colours that are not in the Okabe–Ito palette: Mg²⁺ and H⁺ ions need two more hues than the
 * palette keeps free beside Li⁺ (blue) and Na⁺ (bluish green) — a violet and a neutral grey,
 * distinct from the palette in hue or in lightness.
 */
export const EXTRA_COLORS = { violet: '#7A4FA8', grey: '#8A8F98' } as const;
