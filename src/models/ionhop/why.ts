/**
 * What the Haven ratio H_R = D* / D_σ says about the run, decided by comparing it with 1 within two
 * standard errors: below 1, a tracer's successive jumps are correlated (it tends to jump back into
 * the vacancy it has just left, so D* < D_σ); within the error of 1, tracer and charge diffusion
 * agree; above 1, different ions' displacements are anticorrelated. Without an error estimate
 * the ratio cannot be told from 1.
 */

/** How the Haven ratio compares with 1. */
export type HavenCause = 'correlated' | 'uncorrelated' | 'anticorrelated' | 'noError';

/** The cause with the ratio, its standard error (null without one) and the distance from 1 in standard errors. */
export interface HavenReason {
  cause: HavenCause;
  havenRatio: number;
  havenRatioErr: number | null;
  /** |H_R − 1| / error (null without an error). */
  sigmas: number | null;
}

/** Standard errors H_R must differ from 1 by to count as different. */
export const HAVEN_SIGMAS = 2;

/** Reads H_R against 1 (±2 standard errors); null when H_R is missing or not finite. */
export function havenReason(havenRatio: number | null, havenRatioErr: number | null): HavenReason | null {
  if (havenRatio === null || !Number.isFinite(havenRatio)) return null;
  const err = havenRatioErr !== null && Number.isFinite(havenRatioErr) && havenRatioErr > 0 ? havenRatioErr : null;
  if (err === null) return { cause: 'noError', havenRatio, havenRatioErr: null, sigmas: null };
  const sigmas = Math.abs(havenRatio - 1) / err;
  const cause: HavenCause = sigmas <= HAVEN_SIGMAS ? 'uncorrelated' : havenRatio < 1 ? 'correlated' : 'anticorrelated';
  return { cause, havenRatio, havenRatioErr: err, sigmas };
}
