/**
 * Up-front size of a transient run. The solver limits each step to half a solute boundary layer
 * D/V of front advance, so following the front over a growth length ℓ takes about 2·V·ℓ/D steps
 * (V = the imposed V, or R/G under cooling, which the front approaches from below), plus a few
 * hundred for the start-up ramp and the final approach. A run whose estimate exceeds MAX_STEPS is
 * refused before it starts, naming the drive field and what would fit.
 */
import { InvalidParamsError } from '../../core/model';
import { paramSpecs, type SolidificationParams } from './params';
import { HARD_STEP_LIMIT } from './transient';

/** Largest estimated number of time steps a transient run may need. */
export const MAX_STEPS = HARD_STEP_LIMIT / 2;

/** Steps that do not scale with V·ℓ/D: the 5 %-per-step ramp from 0.002·D/V² and the last 2 %-per-step approach. */
const FIXED_STEPS = 400;

/** Lower limit of a numeric parameter (meltLength: smallest melt, m; tEnd: shortest run, s). */
function minOf(key: string): number {
  const spec = paramSpecs.find((s) => s.key === key);
  return spec?.kind === 'number' ? spec.min : 0;
}

/** Estimated size of a transient run (SI). */
export interface RunSize {
  /** Estimated time steps. */
  steps: number;
  /** Growth velocity the front approaches, m/s. */
  V: number;
  /** Longest growth length the run can reach, m. */
  growth: number;
  /** Melt available for growth (99.5 %, or up to 2δ from the top when stirred), m. */
  room: number;
}

/** The steady velocity the transient approaches: V (pulling) or R/G (cooling), m/s. */
function driveVelocity(p: SolidificationParams): number {
  return p.drive === 'pulling' ? p.V : p.R / p.G;
}

/** Estimated steps of a transient run with these parameters. */
export function estimateRunSize(p: SolidificationParams): RunSize {
  const V = driveVelocity(p);
  const room = Math.min(0.995 * p.meltLength, p.meltLength - 2 * p.delta);
  const growth = Math.min(room, V * p.tEnd);
  return { steps: FIXED_STEPS + (2 * V * growth) / p.D, V, growth, room };
}

/** Largest drive velocity (m/s) whose run fits in MAX_STEPS with the other inputs unchanged. */
export function largestVelocity(p: SolidificationParams): number {
  const budget = ((MAX_STEPS - FIXED_STEPS) * p.D) / 2;
  const { room } = estimateRunSize(p);
  const limitedByMelt = budget / room;
  // Stryker disable next-line EqualityOperator: at limitedByMelt·tEnd = room both branches give room/tEnd
  return limitedByMelt * p.tEnd >= room ? limitedByMelt : Math.sqrt(budget / p.tEnd);
}

/** x to three significant digits (exponent form below 1e-3 and from 1e5). */
function sig(x: number): string {
  const v = Number(x.toPrecision(3));
  return v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5) ? v.toExponential() : String(v);
}

/** A little below x (three significant digits), so a suggested upper limit is inside it. */
function below(x: number): string {
  return sig(0.99 * x);
}

/** A little above x (three significant digits), so a suggested lower limit is inside it. */
function above(x: number): string {
  return sig(1.01 * x);
}

/**
 * Returns the estimated steps of the run; throws InvalidParamsError (field V under pulling, R
 * under cooling) when they exceed MAX_STEPS.
 */
export function checkRunSize(p: SolidificationParams): number {
  const size = estimateRunSize(p);
  if (size.steps <= MAX_STEPS) return size.steps;
  const vMax = largestVelocity(p);
  const growthMax = ((MAX_STEPS - FIXED_STEPS) * p.D) / (2 * size.V);
  const layer = `the solute layer D/V = ${sig(p.D / size.V)} m must be followed over ${sig(size.growth)} m of growth`;
  const steps = `about ${sig(size.steps)} time steps, more than the ${MAX_STEPS} a run may take`;
  // a shorter growth helps only if the smallest melt (1 mm) or the shortest run (1 s) gets there
  const shorterFits = growthMax >= Math.min(0.995 * minOf('meltLength'), size.V * minOf('tEnd'));
  const shorter = `${shorterFits ? `or limit the growth to ${below(growthMax)} m (meltLength or tEnd), ` : ''}or raise D; steady mode has no such limit`;
  if (p.drive === 'pulling') {
    throw new InvalidParamsError('V', `V: at V = ${p.V} m/s ${layer}: ${steps}. Use V ≤ ${below(vMax)} m/s, ${shorter}.`);
  }
  throw new InvalidParamsError(
    'R',
    `R: at R/G = ${sig(size.V)} m/s ${layer}: ${steps}. Use R ≤ ${below(vMax * p.G)} K/s (or G ≥ ${above(p.R / vMax)} K/m), ${shorter}.`,
  );
}
