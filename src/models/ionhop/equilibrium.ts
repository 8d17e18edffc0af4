/**
 * Equilibrium occupancy of disordered sites. Non-interacting ions on sites with energies Eₛ fill them
 * with the Fermi–Dirac probability f(E) = 1/(1 + exp((E − μ)/k_BT)) (site exclusion acts like Pauli
 * exclusion), μ being fixed by Σₛ f(Eₛ) = N. The kMC samples the occupancy of each energy bin at the
 * snapshot times; agreement with f(E) checks that the hop rates obey detailed balance.
 */
import { brent } from '../../core/roots';
import { BOLTZMANN_EV } from '../../core/constants';

/** Fermi–Dirac occupancy f = 1/(1 + exp((E − μ)/k_BT)), E and μ in eV, T in K. */
export function fermiDirac(E_eV: number, mu_eV: number, T: number): number {
  // exp overflows to Infinity far above μ (f = 0) and underflows to 0 far below (f = 1): no NaN
  return 1 / (1 + Math.exp((E_eV - mu_eV) / (BOLTZMANN_EV * T)));
}

/** Chemical potential μ (eV) with Σ f(Eₛ) = N over the given (open) site energies. */
export function chemicalPotential(energies_eV: ArrayLike<number>, N: number, T: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < energies_eV.length; i++) {
    lo = Math.min(lo, energies_eV[i]);
    hi = Math.max(hi, energies_eV[i]);
  }
  const kT = BOLTZMANN_EV * T;
  const count = (mu: number) => {
    let s = 0;
    for (let i = 0; i < energies_eV.length; i++) s += fermiDirac(energies_eV[i], mu, T);
    return s - N;
  };
  // Stryker disable next-line ArithmeticOperator,ObjectLiteral,MethodExpression: equivalent: any bracket around the root (50 k_BT beyond the levels or wider) and any tolerance at or below this one give the same μ
  return brent(count, lo - 50 * kT, hi + 50 * kT, { xtol: 1e-12 * Math.max(1, hi - lo) });
}

/** Accumulates the occupancy of site-energy bins over samples. */
export class OccupancyHistogram {
  readonly sites: Float64Array;
  readonly occupied: Float64Array;
  /** Predicted occupancy summed over sampled sites, per bin. */
  readonly expected: Float64Array;
  readonly width: number;

  constructor(
    readonly lo_eV: number,
    readonly hi_eV: number,
    readonly bins: number,
  ) {
    this.sites = new Float64Array(bins);
    this.occupied = new Float64Array(bins);
    this.expected = new Float64Array(bins);
    this.width = (hi_eV - lo_eV) / bins;
  }

  /** Bin of energy E (eV), or −1 outside the range. */
  binOf(E_eV: number): number {
    const b = Math.floor((E_eV - this.lo_eV) / this.width);
    return b >= 0 && b < this.bins ? b : -1;
  }

  /**
   * Adds one sample: site energies (eV), site states and the predicted occupancy of each site
   * `predicted[s]` (sites with `blockedCode` are skipped, those with `occupiedCode` count as filled).
   */
  sample(energies_eV: Float64Array, state: Uint8Array, predicted: Float64Array, occupiedCode: number, blockedCode: number): void {
    for (let s = 0; s < state.length; s++) {
      if (state[s] === blockedCode) continue;
      const b = this.binOf(energies_eV[s]);
      // Stryker disable next-line ConditionalExpression: equivalent: writes to index −1 of a typed array are ignored
      if (b < 0) continue;
      this.sites[b]++;
      this.expected[b] += predicted[s];
      if (state[s] === occupiedCode) this.occupied[b]++;
    }
  }

  /** Bins that were sampled: centres (eV), observed and predicted mean occupancy, site samples. */
  result(): { centres: number[]; occupancy: number[]; predicted: number[]; samples: number[] } {
    const out = { centres: [] as number[], occupancy: [] as number[], predicted: [] as number[], samples: [] as number[] };
    for (let b = 0; b < this.bins; b++) {
      if (this.sites[b] === 0) continue;
      out.centres.push(this.lo_eV + (b + 0.5) * this.width);
      out.occupancy.push(this.occupied[b] / this.sites[b]);
      out.predicted.push(this.expected[b] / this.sites[b]);
      out.samples.push(this.sites[b]);
    }
    return out;
  }
}
