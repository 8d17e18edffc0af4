/**
 * Set-up of an ion-hopping run before any hop: the lattice, the number of ions and blocked sites,
 * the hop rate, dilute diffusivity and densities, and which kinetic Monte Carlo algorithm runs.
 * Also the sampling constants shared by the run and its results.
 */
import { InvalidParamsError } from '../../core/model';
import { buildLattice, type Lattice } from './lattice';
import { arrheniusRate, diluteDiffusivity, ION_CHARGE } from './rates';
import type { IonhopParams } from './params';
import { checkHopRate } from './limits';

/** Snapshots per replica after the initial one. */
export const SNAPSHOTS = 100;
/** Non-overlapping windows per replica for D estimates and their errors. */
export const WINDOWS = 10;
/** Most ions whose trajectories are stored for the tracer MSD. */
export const MAX_TAGGED = 2048;
/** Ions whose unwrapped paths are returned as trails. */
export const TRAIL_IONS = 4;

/** Derived quantities of a parameter set, before any simulation. */
export interface IonhopSetup {
  lattice: Lattice;
  /** Ions. */
  N: number;
  blockedSites: number;
  /** Ion charge number. */
  charge: number;
  /** Γ per direction, s⁻¹. */
  gamma: number;
  /** Dilute-limit D₀ = zΓa²/(2d), m²/s. */
  D0: number;
  /** Site density, m⁻³ (2-D: per area divided by the layer spacing a). */
  siteDensity: number;
  /** Ion density N/V, m⁻³. */
  carrierDensity: number;
  /** True when the rejection-free BKL algorithm is used. */
  general: boolean;
}

/** Builds the lattice and derived numbers; throws `InvalidParamsError` naming the field for impossible inputs. */
export function setupOf(p: IonhopParams): IonhopSetup {
  const lattice = buildLattice(p.lattice, p.L);
  const blockedSites = Math.round(p.blocked * lattice.nSites);
  const nOpen = lattice.nSites - blockedSites;
  let N: number;
  if (p.vacancies > 0) {
    if (p.vacancies >= nOpen) throw new InvalidParamsError('vacancies', `vacancies: must be below the ${nOpen} open sites`);
    N = nOpen - p.vacancies;
  } else {
    N = Math.round(p.occupancy * nOpen);
    if (N < 1) throw new InvalidParamsError('occupancy', `occupancy: ${p.occupancy} of ${nOpen} open sites is less than one ion; raise occupancy or L`);
    if (N >= nOpen) throw new InvalidParamsError('occupancy', `occupancy: ${p.occupancy} of ${nOpen} open sites leaves no vacancy; lower occupancy or use vacancies`);
  }
  const charge = ION_CHARGE[p.ion];
  checkHopRate(p);
  const gamma = arrheniusRate(p.nu0, p.Ea, p.T);
  const siteDensity = lattice.siteDensity / p.a ** 3;
  const uniformRates = p.disorder === 0 && p.repulsion === 0 && p.field === 0;
  // The attempt algorithm wastes a fraction c of its attempts; BKL wins once vacancies are scarce.
  const general = p.algorithm === 'general' || (p.algorithm === 'auto' && (!uniformRates || 1 - N / nOpen < 0.05));
  return {
    lattice,
    N,
    blockedSites,
    charge,
    gamma,
    D0: diluteDiffusivity(lattice.z, gamma, p.a, lattice.dim),
    siteDensity,
    carrierDensity: (N / lattice.nSites) * siteDensity,
    general,
  };
}
