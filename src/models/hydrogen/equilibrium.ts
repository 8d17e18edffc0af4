/**
 * One interface over the two isotherm models at a fixed temperature: composition H/M as a
 * function of the reduced H₂ fugacity v = ln(f/p°) for absorption and desorption, and the
 * plateau (levels and ends) when there is one. The lattice model's plateau comes from the
 * numerical Maxwell construction; its absorption plateau lies higher by the hysteresis h,
 * ending on the loop's branches (at most at the spinodal). Above T_c the lattice isotherm is
 * single-phase and absorption equals desorption. Further plateaus that carry lattice sites are
 * further Lacher sublattices, filled independently: x = Σ_j r_j θ_j(f), each with its own ΔH, ΔS,
 * T_c and hysteresis, so each has its own Maxwell plateau.
 */
import { equalAreaConstruction, lacherIsotherm, lacherLogitAt, logit, sigmoid, type Coexistence, type LacherParams } from './lattice';
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
  const subs = sublattices(hp);
  if (subs.length > 1) return sublatticeSum(subs, T);
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
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: `near` only seeds the solve's start (NaN: its own start); the bracketed solve reaches the same root
      return r * sigmoid(lacherLogitAt(lp, T, v, coex, coex.level, near === undefined ? NaN : logit(near / r)));
    },
  };
}

/** Root of the Lacher g(u) = level on the α branch (u ≤ uA) or the β branch (u ≥ uB). */
function branchRoot(lp: { dH: number; dS: number; criticalT: number }, T: number, level: number, uA: number, uB: number, alpha: boolean): number {
  const limits: Coexistence = { uAlpha: uA, uBeta: uB, thetaAlpha: sigmoid(uA), thetaBeta: sigmoid(uB), level: alpha ? Infinity : -Infinity };
  return lacherLogitAt(lp, T, level, limits);
}

/** One Lacher sublattice: its parameters, sites per metal atom r and hysteresis h. */
interface Sublattice {
  lp: LacherParams;
  r: number;
  h: number;
}

/** The lattice model's sublattices: the first from the scalar parameters, then every further plateau that has lattice sites and T_c. */
function sublattices(hp: HydrideParams & MultiPlateauParams): Sublattice[] {
  const out: Sublattice[] = [{ lp: { dH: hp.dH, dS: hp.dS, criticalT: hp.criticalT }, r: hp.latticeSites, h: hp.hysteresis }];
  for (const s of hp.extraPlateaus ?? []) {
    if (s.latticeSites !== undefined && s.criticalT !== undefined) out.push({ lp: { dH: s.dH, dS: s.dS, criticalT: s.criticalT }, r: s.latticeSites, h: s.hysteresis });
  }
  return out;
}

/** Saturation H/M of the lattice model: the sites of all its sublattices per metal atom. */
export function latticeCapacity(hp: HydrideParams & MultiPlateauParams): number {
  return sublattices(hp).reduce((sum, s) => sum + s.r, 0);
}

/** Desorption and absorption coexistence of one sublattice at T (K), or null at and above its T_c. */
function sublatticeCoexistence(s: Sublattice, T: number): { des: Coexistence; abs: Coexistence } | null {
  const iso = lacherIsotherm(s.lp, T);
  const des = equalAreaConstruction(iso);
  if (!des || !iso.spinodal) return null;
  const [u1, u2] = iso.spinodal;
  const level = des.level + s.h;
  const ua = iso.g(u1) <= level ? u1 : branchRoot(s.lp, T, level, u1, Infinity, true);
  const ub = branchRoot(s.lp, T, level, -Infinity, u2, false);
  return { des, abs: { uAlpha: ua, uBeta: ub, thetaAlpha: sigmoid(ua), thetaBeta: sigmoid(ub), level } };
}

/**
 * Lattice model with several independent sublattices at T (K): x = Σ_j r_j θ_j(v). Plateau j lies
 * at sublattice j's Maxwell level; its ends add the other sublattices' compositions at that level.
 * `plateau` is sublattice 1's; `plateaus` are ordered by level.
 */
function sublatticeSum(subs: readonly Sublattice[], T: number): Equilibrium {
  const coex = subs.map((s) => sublatticeCoexistence(s, T));
  const others = (skip: number, v: number, absorption: boolean) => {
    let x = 0;
    subs.forEach((s, j) => {
      if (j === skip) return;
      const c = coex[j];
      x += s.r * sigmoid(lacherLogitAt(s.lp, T, v, c ? (absorption ? c.abs : c.des) : null));
    });
    return x;
  };
  const byIndex = coex.map((c, j): PlateauInfo | null => {
    if (!c) return null;
    const r = subs[j].r;
    const xd = others(j, c.des.level, false);
    const xa = others(j, c.abs.level, true);
    return {
      lnfDes: c.des.level,
      lnfAbs: c.abs.level,
      lnfDesStart: c.des.level,
      lnfDesEnd: c.des.level,
      lnfAbsStart: c.abs.level,
      lnfAbsEnd: c.abs.level,
      xDesStart: xd + r * c.des.thetaAlpha,
      xDesEnd: xd + r * c.des.thetaBeta,
      xAbsStart: xa + r * c.abs.thetaAlpha,
      xAbsEnd: xa + r * c.abs.thetaBeta,
    };
  });
  const plateaus = byIndex.filter((q): q is PlateauInfo => q !== null).sort((a, b) => a.lnfDes - b.lnfDes);
  return { T, model: 'lattice', plateau: byIndex[0], plateaus, joined: false, composition: (v, absorption) => others(-1, v, absorption) };
}
