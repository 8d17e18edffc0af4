/**
 * One interface over the two isotherm models at a fixed temperature: composition H/M as a
 * function of the reduced H₂ fugacity v = ln(f/p°) for absorption and desorption, and the
 * plateau (levels and ends) when there is one. The lattice model's plateau comes from the
 * numerical Maxwell construction; its absorption plateau lies higher by the hysteresis h,
 * ending on the loop's branches (at most at the spinodal). Above T_c the lattice isotherm is
 * single-phase and absorption equals desorption.
 */
import { equalAreaConstruction, lacherIsotherm, lacherLogitAt, logit, sigmoid, type Coexistence } from './lattice';
import { plateauComposition, plateauLadder, type MultiPlateauParams, type PlateauParams } from './plateau';

/** Isotherm model identifiers (parameter `model`). */
export type IsothermModel = 'lattice' | 'plateau';

/** Everything the two models need: plateau-model parameters plus the lattice ones. */
export interface HydrideParams extends PlateauParams {
  criticalT: number;
  latticeSites: number;
}

/** Plateau description at one T: ln(f/p°) levels and H/M ends, desorption and absorption. */
export interface PlateauInfo {
  lnfDes: number;
  lnfAbs: number;
  /** ln(f/p°) at the ends of each plateau (equal to the level when flat). */
  lnfDesStart: number;
  lnfDesEnd: number;
  lnfAbsStart: number;
  lnfAbsEnd: number;
  xDesStart: number;
  xDesEnd: number;
  xAbsStart: number;
  xAbsEnd: number;
}

/** Equilibrium isotherm at one temperature. */
export interface Equilibrium {
  T: number;
  model: IsothermModel;
  /** The first (or only) plateau, null without one. */
  plateau: PlateauInfo | null;
  /** Every plateau in order of rising pressure (the lattice model has at most one). */
  plateaus: PlateauInfo[];
  /** Plateau model: true when two plateaus' van 't Hoff lines cross near this T and one was held above the other. */
  joined: boolean;
  /** H/M at ln(f/p°) = v on the absorption or desorption branch; `near` (H/M of a nearby point) may speed up the solve. */
  composition(v: number, absorption: boolean, near?: number): number;
}

/**
 * Builds the equilibrium isotherm of `model` at T (K); for the lattice model this runs the Maxwell
 * construction (first plateau only: `extraPlateaus` are used by the plateau model alone).
 */
export function equilibriumAt(model: IsothermModel, hp: HydrideParams & MultiPlateauParams, T: number): Equilibrium {
  if (model === 'plateau') {
    const ladder = plateauLadder(hp, T);
    const plateaus = ladder.des.map((d, k): PlateauInfo => {
      const a = ladder.abs[k];
      return {
        lnfDes: d.lnfMid,
        lnfAbs: a.lnfMid,
      lnfDesStart: d.lnfStart,
      lnfDesEnd: d.lnfEnd,
      lnfAbsStart: a.lnfStart,
      lnfAbsEnd: a.lnfEnd,
      xDesStart: d.xStart,
      xDesEnd: d.xEnd,
        xAbsStart: a.xStart,
        xAbsEnd: a.xEnd,
      };
    });
    return {
      T,
      model,
      plateau: plateaus[0],
      plateaus,
      joined: ladder.joined,
      composition: (v, absorption) => plateauComposition(hp, T, v, absorption, ladder),
    };
  }
  const lp = { dH: hp.dH, dS: hp.dS, criticalT: hp.criticalT };
  const iso = lacherIsotherm(lp, T);
  const des = equalAreaConstruction(iso);
  const r = hp.latticeSites;
  if (!des || !iso.spinodal) {
    return { T, model, plateau: null, plateaus: [], joined: false, composition: (v) => r * sigmoid(lacherLogitAt(lp, T, v, null)) };
  }
  const [u1, u2] = iso.spinodal;
  const levelAbs = des.level + hp.hysteresis;
  // absorption plateau ends: roots of g = levelAbs on the outer branches, limited by the spinodal
  const uaAbs = iso.g(u1) <= levelAbs ? u1 : branchRoot(lp, T, levelAbs, u1, Infinity, true);
  const ubAbs = branchRoot(lp, T, levelAbs, -Infinity, u2, false);
  const abs: Coexistence = { uAlpha: uaAbs, uBeta: ubAbs, thetaAlpha: sigmoid(uaAbs), thetaBeta: sigmoid(ubAbs), level: levelAbs };
  const plateau: PlateauInfo = {
    lnfDes: des.level,
    lnfAbs: levelAbs,
    lnfDesStart: des.level,
    lnfDesEnd: des.level,
    lnfAbsStart: levelAbs,
    lnfAbsEnd: levelAbs,
    xDesStart: r * des.thetaAlpha,
    xDesEnd: r * des.thetaBeta,
    xAbsStart: r * abs.thetaAlpha,
    xAbsEnd: r * abs.thetaBeta,
  };
  return {
    T,
    model,
    plateau,
    plateaus: [plateau],
    joined: false,
    composition: (v, absorption, near) => {
      const coex = absorption ? abs : des;
      return r * sigmoid(lacherLogitAt(lp, T, v, coex, coex.level, near === undefined ? NaN : logit(near / r)));
    },
  };
}

/** Root of the Lacher g(u) = level on the α branch (u ≤ uA) or the β branch (u ≥ uB). */
function branchRoot(lp: { dH: number; dS: number; criticalT: number }, T: number, level: number, uA: number, uB: number, alpha: boolean): number {
  const limits: Coexistence = { uAlpha: uA, uBeta: uB, thetaAlpha: sigmoid(uA), thetaBeta: sigmoid(uB), level: alpha ? Infinity : -Infinity };
  return lacherLogitAt(lp, T, level, limits);
}
