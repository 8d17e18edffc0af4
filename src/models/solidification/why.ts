/**
 * Why a result has its regime: which comparison of the summary's figures decided it, so the page
 * can state it in one sentence with both sides of the comparison. Mirrors `classifyRegime`
 * (stability.ts): V ≥ V_abs decides "absolute"; a stable front is planar either because G ≥ G_crit
 * (no supercooling; then no wavelength can grow) or, with G < G_crit, because capillarity damps
 * every wavelength; an unstable front is dendritic when G < k·G_crit (1/k for k > 1), else cellular.
 */

import { dendriteFactor } from './stability';

/** The figures a regime was decided from (SI). */
export interface RegimeFigures {
  /** The regime label of the result ('planar', 'cellular', 'dendritic', 'absolute'). */
  regime: string;
  /** Temperature gradient G, K/m. */
  G: number;
  /** Growth velocity V, m/s. */
  V: number;
  /** Critical gradient G_crit = m·∂x/∂z at the interface, K/m. */
  criticalGradient: number;
  /** Interface partition coefficient k = x_S/x_L. */
  k: number;
  /** Absolute-stability velocity V_abs, m/s (0 without solute pile-up). */
  absoluteStabilityV: number;
}

/** Which comparison decided the regime. */
export type RegimeCause = 'absolute' | 'planarGradient' | 'planarCapillarity' | 'cellular' | 'dendritic';

/** The deciding comparison and the numbers on both of its sides (SI). */
export interface RegimeReason {
  cause: RegimeCause;
  G: number;
  V: number;
  criticalGradient: number;
  /** The factor of the cell/dendrite rule, min(k, 1/k). */
  dendriteFactor: number;
  /** dendriteFactor·G_crit, K/m: below it an unstable front grows dendrites. */
  dendriteGradient: number;
  absoluteStabilityV: number;
}

/**
 * The comparison that decided `f.regime` (with its numbers, SI), or null for an unknown regime or
 * non-finite figures. A planar front is put down to G ≥ G_crit when that holds, to capillarity
 * otherwise.
 */
export function regimeReason(f: RegimeFigures): RegimeReason | null {
  if (![f.G, f.V, f.criticalGradient, f.k, f.absoluteStabilityV].every(Number.isFinite) || !(f.k > 0)) return null;
  const factor = dendriteFactor(f.k);
  const base = { G: f.G, V: f.V, criticalGradient: f.criticalGradient, dendriteFactor: factor, dendriteGradient: factor * f.criticalGradient, absoluteStabilityV: f.absoluteStabilityV };
  switch (f.regime) {
    case 'absolute':
    case 'cellular':
    case 'dendritic':
      return { cause: f.regime, ...base };
    case 'planar':
      return { cause: f.G >= f.criticalGradient ? 'planarGradient' : 'planarCapillarity', ...base };
    default:
      return null;
  }
}
