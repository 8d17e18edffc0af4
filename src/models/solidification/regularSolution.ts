/**
 * Si–Ge liquidus and solidus from strictly regular liquid and solid solutions (Olesinski &
 * Abbaschian 1984: Ω_S = 6500 J/mol, Ω_L = 3500 J/mol) with constant enthalpies of fusion
 * (ΔG_i = ΔH_i(1 − T/T_m,i)). For a given liquid (or solid) composition the two equal-chemical-
 * potential conditions are solved for (T, other composition) by Newton's method, started from a
 * table built once by continuation in x from pure Si; k(x) and m(x) = dT_L/dx follow from the
 * tie-line and implicit differentiation. x is the Ge mole fraction; T in K. The pure ends are
 * exact (T_m of Si or Ge); inside, x is kept in [1e-10, 1 − 1e-10] so the logarithms stay finite.
 */
import { GAS_CONSTANT } from '../../core/constants';
import type { PhaseDiagram, TieLine } from './phaseDiagram';

/** Regular-solution parameters of a binary A–B (B = solute) lens diagram, SI units. */
export interface RegularSolutionData {
  /** Melting point of the solvent A (Si), K. */
  TmA: number;
  /** Melting point of the solute B (Ge), K. */
  TmB: number;
  /** Enthalpy of fusion of A, J/mol. */
  dHA: number;
  /** Enthalpy of fusion of B, J/mol. */
  dHB: number;
  /** Regular-solution interaction parameter of the solid, J/mol. */
  omegaS: number;
  /** Regular-solution interaction parameter of the liquid, J/mol. */
  omegaL: number;
}

/** Si (A) – Ge (B): melting points from SGTE, ΔH_f 50.21 / 36.94 kJ/mol, Ω from Olesinski & Abbaschian. */
export const SI_GE: RegularSolutionData = {
  TmA: 1687,
  TmB: 1211.4,
  dHA: 50210,
  dHB: 36940,
  omegaS: 6500,
  omegaL: 3500,
};

/** Compositions are clamped into [X_EPS, 1 − X_EPS] so the logarithms stay finite at the pure ends. */
const X_EPS = 1e-10;
const TABLE_N = 200;

interface Residual {
  f1: number;
  f2: number;
  /** ∂f/∂T, ∂f/∂xS, ∂f/∂xL for both equations. */
  f1T: number;
  f1S: number;
  f1L: number;
  f2T: number;
  f2S: number;
  f2L: number;
}

/**
 * Regular-solution lens diagram. Equations (x = solute fraction):
 *   f1 = RT ln(xS/xL) − ΔG_B(T) − Ω_L(1−xL)² + Ω_S(1−xS)² = 0
 *   f2 = RT ln((1−xS)/(1−xL)) − ΔG_A(T) − Ω_L xL² + Ω_S xS² = 0
 */
export class RegularSolutionDiagram implements PhaseDiagram {
  readonly kind = 'SiGe' as const;
  // Stryker disable next-line ArithmeticOperator: the continuation table only feeds guess() (Newton's starting point); see the exclusion at guess()
  private readonly tableK = new Float64Array(TABLE_N + 1);
  // Stryker disable next-line ArithmeticOperator: as above
  private readonly tableT = new Float64Array(TABLE_N + 1);
  // Stryker disable next-line ArithmeticOperator: as above
  private readonly tableXS = new Float64Array(TABLE_N + 1);

  constructor(readonly data: RegularSolutionData = SI_GE) {
    // Continuation from pure A: each node starts Newton from the previous tie-line.
    // Stryker disable all: the table only feeds guess() (Newton's starting point, excluded below for the same reason); a table that gives starting points Newton cannot converge from throws
    let T = data.TmA;
    let k = this.dilutePartition();
    for (let i = 0; i <= TABLE_N; i++) {
      const xL = clampX(i / TABLE_N);
      const tie = this.newton('L', xL, T, clampX(k * xL));
      T = tie.T;
      k = tie.xS / tie.xL;
      this.tableK[i] = k;
      this.tableT[i] = T;
      this.tableXS[i] = tie.xS;
    }
  }
  // Stryker restore all

  /** k₀ = x_S/x_L for x → 0: exp[(ΔG_B(T_mA) + Ω_L − Ω_S)/(R T_mA)]. */
  dilutePartition(): number {
    const d = this.data;
    const dGB = d.dHB * (1 - d.TmA / d.TmB);
    return Math.exp((dGB + d.omegaL - d.omegaS) / (GAS_CONSTANT * d.TmA));
  }

  private residual(T: number, xL: number, xS: number): Residual {
    const d = this.data;
    const RT = GAS_CONSTANT * T;
    const lnB = Math.log(xS / xL);
    const lnA = Math.log((1 - xS) / (1 - xL));
    return {
      f1: RT * lnB - d.dHB * (1 - T / d.TmB) - d.omegaL * (1 - xL) ** 2 + d.omegaS * (1 - xS) ** 2,
      f2: RT * lnA - d.dHA * (1 - T / d.TmA) - d.omegaL * xL * xL + d.omegaS * xS * xS,
      f1T: GAS_CONSTANT * lnB + d.dHB / d.TmB,
      f1S: RT / xS - 2 * d.omegaS * (1 - xS),
      f1L: -RT / xL + 2 * d.omegaL * (1 - xL),
      f2T: GAS_CONSTANT * lnA + d.dHA / d.TmA,
      f2S: -RT / (1 - xS) + 2 * d.omegaS * xS,
      f2L: RT / (1 - xL) - 2 * d.omegaL * xL,
    };
  }

  /**
   * Newton on (T, free composition) with the `fixed` phase's composition held; steps are halved
   * until the free composition stays inside (0, 1). Throws if it does not converge.
   */
  private newton(fixed: 'L' | 'S', x: number, T0: number, y0: number): TieLine {
    let T = T0;
    let y = y0;
    for (let iter = 0; iter < 60; iter++) {
      const xL = fixed === 'L' ? x : y;
      const xS = fixed === 'L' ? y : x;
      const r = this.residual(T, xL, xS);
      const a = r.f1T;
      const b = fixed === 'L' ? r.f1S : r.f1L;
      const c = r.f2T;
      const e = fixed === 'L' ? r.f2S : r.f2L;
      const det = a * e - b * c;
      const dT = -(r.f1 * e - b * r.f2) / det;
      let dy = -(a * r.f2 - c * r.f1) / det;
      let scale = 1;
      while (y + scale * dy <= 0 || y + scale * dy >= 1) scale *= 0.5;
      dy *= scale;
      T += scale * dT;
      y += dy;
      if (Math.abs(scale * dT) < 1e-10 * T && Math.abs(dy) < 1e-13 * Math.max(y, 1e-3) + 1e-300) {
        return fixed === 'L' ? { T, xL: x, xS: y } : { T, xL: y, xS: x };
      }
    }
    throw new Error(`phase diagram: tie-line did not converge at x = ${x}`);
  }

  // Stryker disable all: the guess is only Newton's starting point; from any start it converges from, the tie-line is the same within the round trip's 1e-9 (the 401-point round trip in regularSolutionEnds.test.ts; Newton stops at 1e-10 relative in T), and a start it cannot converge from throws
  /** Initial guess (T, k) from the continuation table, linear in x. */
  private guess(x: number, fromSolid: boolean): { T: number; k: number } {
    if (!fromSolid) {
      const u = x * TABLE_N;
      const i = Math.min(TABLE_N - 1, Math.floor(u));
      const t = u - i;
      return {
        T: this.tableT[i] + t * (this.tableT[i + 1] - this.tableT[i]),
        k: this.tableK[i] + t * (this.tableK[i + 1] - this.tableK[i]),
      };
    }
    // x_S(x_L) is increasing: bisection in the table for the bracketing liquid nodes.
    let lo = 0;
    let hi = TABLE_N;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.tableXS[mid] <= x) lo = mid;
      else hi = mid;
    }
    const span = this.tableXS[hi] - this.tableXS[lo];
    const t = span > 0 ? Math.min(1, Math.max(0, (x - this.tableXS[lo]) / span)) : 0;
    return {
      T: this.tableT[lo] + t * (this.tableT[hi] - this.tableT[lo]),
      k: this.tableK[lo] + t * (this.tableK[hi] - this.tableK[lo]),
    };
  }
  // Stryker restore all

  fromLiquid(xL: number): TieLine {
    if (xL <= 0) return { T: this.data.TmA, xL, xS: 0 };
    if (xL >= 1) return { T: this.data.TmB, xL, xS: 1 };
    const x = clampX(xL);
    // Stryker disable next-line BooleanLiteral: Newton's starting point only (see guess())
    const g = this.guess(x, false);
    // Stryker disable next-line ArithmeticOperator: Newton's starting composition only (see guess())
    const tie = this.newton('L', x, g.T, clampX(g.k * x));
    return { T: tie.T, xL, xS: (tie.xS / tie.xL) * xL };
  }

  fromSolid(xS: number): TieLine {
    if (xS <= 0) return { T: this.data.TmA, xL: 0, xS };
    if (xS >= 1) return { T: this.data.TmB, xL: 1, xS };
    const x = clampX(xS);
    // Stryker disable next-line BooleanLiteral: Newton's starting point only (see guess())
    const g = this.guess(x, true);
    // Stryker disable next-line StringLiteral,ArithmeticOperator: newton() tests only fixed === 'L', so any other string is 'S'; x/g.k is Newton's starting composition only (see guess())
    const tie = this.newton('S', x, g.T, clampX(x / g.k));
    return { T: tie.T, xL: (tie.xL / tie.xS) * xS, xS };
  }

  liquidus(xL: number): number {
    return this.fromLiquid(xL).T;
  }

  solidus(xS: number): number {
    return this.fromSolid(xS).T;
  }

  /** k(x_L); the pure ends give the limits x → 0 (k₀) and x → 1 (1). */
  partition(xL: number): number {
    if (xL <= 0) return this.dilutePartition();
    const tie = this.fromLiquid(clampX(xL));
    return tie.xS / tie.xL;
  }

  /** m = dT_L/dx_L by implicit differentiation of (f1, f2) along the tie-line, K per mole fraction. */
  slope(xL: number): number {
    const x = clampX(xL);
    const tie = this.fromLiquid(x);
    const r = this.residual(tie.T, tie.xL, tie.xS);
    // J·(dT, dxS) = −(f1L, f2L)
    const det = r.f1T * r.f2S - r.f1S * r.f2T;
    return -(r.f1L * r.f2S - r.f1S * r.f2L) / det;
  }
}

function clampX(x: number): number {
  return Math.min(1 - X_EPS, Math.max(X_EPS, x));
}
