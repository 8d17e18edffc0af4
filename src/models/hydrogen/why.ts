/**
 * Why an isotherm has a plateau or not, as the comparison that decides it: in the lattice-gas
 * (Lacher) model, hydrogen splits into a dilute α and a dense β phase only below the critical
 * temperature T_c, and the two-phase region is the flat plateau of the Maxwell construction;
 * the engineering model has a plateau at every temperature, placed by its van 't Hoff line. Also
 * why a van 't Hoff fit's errors rest on the plateau levels or on all plateau points.
 */

/** The figures of one result the reason is read from (SI). */
export interface PlateauFigures {
  /** Isotherm model: 'lattice' or 'plateau'. */
  model: string;
  /** Temperature of the isotherm, K. */
  T: number;
  /** Critical temperature of the lattice model, K (null for the plateau model). */
  criticalT: number | null;
  /** Number of plateaus found at T. */
  plateauCount: number;
  /** Desorption plateau pressure of the first plateau, Pa (null without one or beyond the pressure range). */
  plateauPressureDes: number | null;
}

/** Which comparison (or model rule) decides the plateau. */
export type PlateauCause = 'belowCritical' | 'aboveCritical' | 'engineering';

/** The cause and its numbers (SI). */
export interface PlateauReason {
  cause: PlateauCause;
  T: number;
  criticalT: number | null;
  plateauPressureDes: number | null;
}

/**
 * The reason for the plateau (or its absence) at T, or null when the figures do not fit one
 * (a lattice result whose plateau count disagrees with T against T_c, e.g. a second sublattice
 * with its own T_c, or non-finite figures).
 */
export function plateauReason(f: PlateauFigures): PlateauReason | null {
  if (!Number.isFinite(f.T)) return null;
  const out = { T: f.T, criticalT: f.criticalT, plateauPressureDes: f.plateauPressureDes };
  if (f.model === 'plateau') return f.plateauCount > 0 ? { cause: 'engineering', ...out } : null;
  const tc = f.criticalT ?? NaN;
  if (f.model !== 'lattice' || !Number.isFinite(tc)) return null;
  if (f.T < tc && f.plateauCount > 0) return { cause: 'belowCritical', ...out };
  if (f.T >= tc && f.plateauCount === 0) return { cause: 'aboveCritical', ...out };
  return null;
}

/** Which scatter set the van 't Hoff errors, and what decided it. */
export type FitErrorCause = 'levelsScatterMore' | 'levelsScatterLess' | 'levelsOnly' | 'pointsOnly';

/** The cause with the figures it was read from. */
export interface FitErrorReason {
  cause: FitErrorCause;
  /** Birge ratio √(lack-of-fit MS / pure-error MS), null when it cannot be formed. */
  birge: number | null;
  /** Degrees of freedom behind the errors. */
  dof: number;
  /** Plateau points in the fit. */
  points: number;
}

/**
 * Why the fit's standard errors rest on the plateau levels or on all plateau points (vantHoff.ts):
 * with a Birge ratio, > 1 (the levels scatter about the line more than the points within each
 * plateau) means the levels, ≤ 1 the points; without one, the levels when the plateaus give no
 * scatter of their own, the points when the lack of fit cannot be judged (fewer than three
 * temperatures, or an exact fit). Null without errors (no degree of freedom) or an unknown source.
 */
export function fitErrorReason(errorSource: string | null, birge: number | null, dof: number, points: number): FitErrorReason | null {
  if (!(dof > 0) || (errorSource !== 'means' && errorSource !== 'points')) return null;
  const b = Number.isFinite(birge) ? birge : null;
  const means = errorSource === 'means';
  const cause: FitErrorCause = b === null ? (means ? 'levelsOnly' : 'pointsOnly') : means ? 'levelsScatterMore' : 'levelsScatterLess';
  return { cause, birge: b, dof, points };
}
