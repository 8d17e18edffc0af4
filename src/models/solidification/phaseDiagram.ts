/**
 * The phase-diagram interface the solidification solver works with, and the "ideal dilute"
 * (linearised) diagram: liquidus T_L(C) = T_m + m·C, solidus T_S(C) = T_m + m·C/k, constant
 * partition coefficient k. Compositions are mole fractions of the solute (Ge for Si–Ge);
 * temperatures in K. The dilute diagram is a formal model: it accepts any C ≥ 0, so textbook
 * closed forms can be checked exactly; the Si–Ge regular-solution diagram lives in regularSolution.ts.
 */
import { InvalidParamsError } from '../../core/model';

/** A liquid–solid tie-line: temperature (K), liquid and solid compositions (mole fraction). */
export interface TieLine {
  T: number;
  xL: number;
  xS: number;
}

/** What the solver needs from a binary lens-type phase diagram (solute mole fraction x, SI). */
export interface PhaseDiagram {
  readonly kind: 'SiGe' | 'dilute';
  /** Liquidus temperature T_L(x_L), K. */
  liquidus(xL: number): number;
  /** Solidus temperature T_S(x_S), K. */
  solidus(xS: number): number;
  /** Tie-line at the liquidus of a liquid of composition x_L. */
  fromLiquid(xL: number): TieLine;
  /** Tie-line at the solidus of a solid of composition x_S. */
  fromSolid(xS: number): TieLine;
  /** Partition coefficient k(x_L) = x_S/x_L on the tie-line from x_L (dimensionless). */
  partition(xL: number): number;
  /** Liquidus slope m(x_L) = dT_L/dx_L, K per unit mole fraction (negative when solute lowers T_L). */
  slope(xL: number): number;
}

/**
 * Linearised ("ideal dilute") diagram with constant k > 0, slope m (K per mole fraction) and
 * solvent melting point Tm (K). T_L = Tm + m·x_L, T_S = Tm + m·x_S/k, x_S = k·x_L.
 */
export class DiluteDiagram implements PhaseDiagram {
  readonly kind = 'dilute' as const;
  constructor(
    readonly k: number,
    readonly m: number,
    readonly Tm: number,
  ) {
    if (!(k > 0) || k === 1) throw new InvalidParamsError('k', 'k: the partition coefficient must be positive and different from 1');
  }
  liquidus(xL: number): number {
    return this.Tm + this.m * xL;
  }
  solidus(xS: number): number {
    return this.Tm + (this.m * xS) / this.k;
  }
  fromLiquid(xL: number): TieLine {
    return { T: this.liquidus(xL), xL, xS: this.k * xL };
  }
  fromSolid(xS: number): TieLine {
    return { T: this.solidus(xS), xL: xS / this.k, xS };
  }
  partition(): number {
    return this.k;
  }
  slope(): number {
    return this.m;
  }
}
