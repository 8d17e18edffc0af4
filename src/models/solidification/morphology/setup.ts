/**
 * Sets up a morphology run from validated parameters: the 1-D model's steady interface (k*, ΔT₀*)
 * at the drive's velocity, its regime, the scaling to the grid, the Mullins–Sekerka analysis at
 * the scaled capillarity, the perturbation mode and the dimensionless solver problem.
 */
import { InvalidParamsError } from '../../../core/model';
import { makeDiagram } from '../diagram';
import { steadyVelocity } from '../simulate';
import { absoluteStabilityVelocity, analyseStability, classifyRegime, type Regime, type StabilityResult } from '../stability';
import { steadyInterface, steadyPoint, steadyRegime } from '../steadyState';
import { asAlloyParams, type MorphologyParams } from './params';
import { scaleAlloy, type MorphologyScaling } from './scaling';
import type { PhaseFieldProblem } from './solver';

/** Fraction of the height below the initial planar front (solid), so cells and grooves fit. */
const SOLID_FRACTION = 0.35;

/** Everything a run needs besides the solver state. */
export interface MorphologySetup {
  /** Steady growth velocity V (pulling) or R/G (cooling), m/s. */
  V: number;
  /** The run's scaling and dimensionless numbers. */
  scaling: MorphologyScaling;
  /** Regime of the 1-D model at the real parameters. */
  regime: Regime;
  /** Regime of the 1-D model at Γ_eff (what the run should show). */
  scaledRegime: Regime;
  /** Mullins–Sekerka analysis at Γ_eff (wavelengths in m). */
  stability: StabilityResult;
  /** Perturbation mode n: cos(nπx/L). */
  mode: number;
  /** Domain width L, m. */
  width: number;
  /** The solver's problem. */
  problem: PhaseFieldProblem;
}

/** Builds the run from validated parameters; refuses an alloy without solute or with k ≥ 1. */
export function setupMorphology(p: MorphologyParams): MorphologySetup {
  if (!(p.x0 > 0)) {
    throw new InvalidParamsError('x0', 'x0: the 2-D morphology needs solute (x0 > 0); with x0 = 0 there is no constitutional supercooling and the front stays planar. Allowed: 0 < x0 ≤ 0.99.');
  }
  const alloy = asAlloyParams(p);
  const diagram = makeDiagram(alloy);
  const iface = steadyInterface(diagram, p.x0);
  // Stryker disable next-line EqualityOperator: k = 1 means x_L* = x₀, so ΔT₀* = 0, which the ΔT₀* test below refuses: k ≤ 1 is equivalent
  const soluteRejected = iface.k < 1;
  if (!soluteRejected || !(iface.deltaT0Interface > 0)) {
    throw new InvalidParamsError('k', `k: the 2-D morphology model needs a solute that is rejected by the solid (k < 1, m < 0); here k = ${iface.k.toPrecision(3)}.`);
  }
  const V = steadyVelocity(alloy);
  const point = steadyPoint(diagram, iface, { V, G: p.G, D: p.D, gamma: p.gamma });
  const scaling = scaleAlloy({ k: iface.k, deltaT0: iface.deltaT0Interface, D: p.D, gamma: p.gamma, G: p.G, V }, { wOverD0: p.wOverD0, diffusionLength: p.diffusionLength });
  const stability = analyseStability(scaling.state);
  const vAbs = absoluteStabilityVelocity(p.D, iface.deltaT0Interface, iface.k, scaling.gammaEff);
  const widthW = p.nx * p.dx;
  const width = widthW * scaling.W;
  const fastest = stability.fastestWavelength;
  const mode = p.mode > 0 ? p.mode : fastest === null ? 1 : Math.max(1, Math.round((2 * width) / fastest));
  const amplitude = p.amplitude;
  return {
    V,
    scaling,
    regime: steadyRegime(point),
    scaledRegime: classifyRegime(scaling.state, !stability.stable, vAbs),
    stability,
    mode,
    width,
    problem: {
      k: iface.k,
      wOverD0: p.wOverD0,
      V: scaling.Vd,
      lT: scaling.lTd,
      dx: p.dx,
      nx: p.nx,
      nz: p.nz,
      epsilon4: p.epsilon4,
      noise: p.noise,
      seed: p.seed,
      interfaceRow: Math.round(SOLID_FRACTION * p.nz),
      perturbation: amplitude > 0 ? (x: number) => amplitude * Math.cos((mode * Math.PI * x) / widthW) : null,
    },
  };
}
