/**
 * Parameters of the ion-hopping model: their specifications (SI units, display units, ranges,
 * defaults, help) and the cross-field rules. Run length: `time` (s) takes precedence when > 0;
 * otherwise `steps` kMC steps are run per replica (attempts in the uniform algorithm, events in the
 * general one). Ion count: `vacancies` > 0 fixes the number of empty open sites exactly; 0 uses
 * `occupancy` (fraction of the open, i.e. non-blocked, sites that hold an ion).
 */
import type { ParamSpec } from '../../core/params';
import type { CrossCheck } from '../../core/model';
import { CELLS, LATTICE_IDS, MAX_SITE_DIRECTIONS, latticeSize, maxCellsPerSide, type LatticeId } from './lattice';
import { arrheniusRate } from './rates';

/** Validated parameter values (SI; energies in eV where the key says so in its unit). */
export interface IonhopParams {
  [key: string]: number | string | boolean;
  lattice: LatticeId;
  L: number;
  occupancy: number;
  vacancies: number;
  /** Barrier, eV. */
  Ea: number;
  /** Attempt frequency per direction, Hz. */
  nu0: number;
  T: number;
  /** Hop distance, m. */
  a: number;
  ion: 'Li' | 'Na' | 'Mg' | 'H';
  /** Standard deviation of site energies, eV. */
  disorder: number;
  /** Nearest-neighbour pair energy, eV. */
  repulsion: number;
  blocked: number;
  /** Electric field along x, V/m. */
  field: number;
  steps: number;
  /** Simulated time per replica, s (0 = use steps). */
  time: number;
  seed: number;
  replicas: number;
  /** Fraction of the run length simulated first and discarded when disorder or repulsion is on. */
  warmup: number;
  algorithm: 'auto' | 'uniform' | 'general';
}

const LATTICE_LABELS: Record<LatticeId, string> = {
  sc: 'simple cubic',
  bcc: 'body-centred cubic',
  fcc: 'face-centred cubic',
  diamond: 'diamond',
  'bcc-tet': 'bcc anion framework, tetrahedral sites',
  'fcc-tet': 'fcc anion framework, tetrahedral sites',
  square: 'square (2-D)',
  triangular: 'triangular (2-D)',
  honeycomb: 'honeycomb (2-D)',
};

/** Upper bound on attempts implied by `time` (N·z·Γ·time summed over replicas). */
export const MAX_TIME_ATTEMPTS = 1e10;

/** Parameter specifications in panel order. */
export const paramSpecs: readonly ParamSpec[] = [
  {
    key: 'lattice',
    kind: 'choice',
    label: 'Lattice',
    help: 'Sites the ions hop between; the tetrahedral sites of a bcc anion framework form the face-sharing network of sulfide superionic conductors.',
    group: 'Crystal',
    choices: LATTICE_IDS.map((id) => ({ value: id, label: LATTICE_LABELS[id] })),
    default: 'sc',
  },
  {
    key: 'L',
    kind: 'integer',
    label: 'Cells per side',
    help: 'The periodic supercell has L×L×L conventional cells (L×L in 2-D). Box-size bias of single-vacancy correlation factors (sc): cos θ +0.8 % at L = 6, +0.3 % at L = 8, +0.1 % at L = 10; the MSD-based factor is within 1 % from L = 6 on but scatters by about √(2/(3·ions·replicas)).',
    group: 'Crystal',
    unit: '',
    min: 4,
    max: 1024,
    default: 16,
  },
  {
    key: 'a',
    kind: 'number',
    label: 'Hop distance a',
    help: 'Nearest-neighbour distance between sites (sets the site density; in 2-D also the layer spacing).',
    group: 'Crystal',
    unit: 'm',
    display: { unit: 'Å', factor: 1e10 },
    min: 0.5e-10,
    max: 10e-10,
    default: 2e-10,
  },
  {
    key: 'ion',
    kind: 'choice',
    label: 'Mobile ion',
    help: 'Sets the charge: Li⁺, Na⁺, H⁺ (1) or Mg²⁺ (2).',
    group: 'Ions',
    choices: [
      { value: 'Li', label: 'Li⁺' },
      { value: 'Na', label: 'Na⁺' },
      { value: 'Mg', label: 'Mg²⁺' },
      { value: 'H', label: 'H⁺' },
    ],
    default: 'Li',
  },
  {
    key: 'occupancy',
    kind: 'number',
    label: 'Occupancy c',
    help: 'Fraction of the open sites holding an ion (used when vacancies = 0).',
    group: 'Ions',
    unit: '',
    min: 1e-4,
    max: 0.9999,
    default: 0.5,
  },
  {
    key: 'vacancies',
    kind: 'integer',
    label: 'Vacancies',
    help: 'Exact number of empty open sites; 0 means use the occupancy instead.',
    group: 'Ions',
    unit: '',
    min: 0,
    max: MAX_SITE_DIRECTIONS,
    default: 0,
  },
  {
    key: 'Ea',
    kind: 'number',
    label: 'Activation energy Eₐ',
    help: 'Barrier of a hop between sites of equal energy.',
    group: 'Energetics',
    unit: 'eV',
    min: 0,
    max: 2,
    default: 0.3,
  },
  {
    key: 'nu0',
    kind: 'number',
    label: 'Attempt frequency ν₀',
    help: 'Prefactor of the rate of a hop to one given neighbour, Γ = ν₀ exp(−Eₐ/k_BT).',
    group: 'Energetics',
    unit: 'Hz',
    display: { unit: 'THz', factor: 1e-12 },
    min: 1e9,
    max: 1e15,
    default: 1e13,
    log: true,
  },
  {
    key: 'T',
    kind: 'number',
    label: 'Temperature',
    help: 'Absolute temperature.',
    group: 'Energetics',
    unit: 'K',
    min: 10,
    max: 3000,
    default: 300,
  },
  {
    key: 'disorder',
    kind: 'number',
    label: 'Site-energy disorder',
    help: 'Standard deviation of Gaussian random site energies (0 = ordered).',
    group: 'Energetics',
    unit: 'eV',
    min: 0,
    max: 0.5,
    default: 0,
  },
  {
    key: 'repulsion',
    kind: 'number',
    label: 'Neighbour repulsion',
    help: 'Energy of each pair of ions on neighbouring sites (negative = attraction).',
    group: 'Energetics',
    unit: 'eV',
    min: -0.2,
    max: 0.5,
    default: 0,
  },
  {
    key: 'blocked',
    kind: 'number',
    label: 'Blocked sites',
    help: 'Fraction of sites no ion may enter (percolation obstacles).',
    group: 'Energetics',
    unit: '',
    min: 0,
    max: 0.9,
    default: 0,
  },
  {
    key: 'field',
    kind: 'number',
    label: 'Electric field',
    help: 'Field along x; hop rates are biased by exp(±qE·Δx/2k_BT). Linear response needs qEa ≪ k_BT.',
    group: 'Energetics',
    unit: 'V/m',
    display: { unit: 'MV/m', factor: 1e-6 },
    min: -1e10,
    max: 1e10,
    default: 0,
  },
  {
    key: 'steps',
    kind: 'integer',
    label: 'kMC steps per replica',
    help: 'Attempts (uniform algorithm) or events (general algorithm) per replica; ignored when time > 0.',
    group: 'Run',
    unit: '',
    min: 1000,
    max: 1e10,
    default: 2_000_000,
    log: true,
  },
  {
    key: 'time',
    kind: 'number',
    label: 'Simulated time per replica',
    help: 'When > 0, each replica runs this long (takes precedence over steps).',
    group: 'Run',
    unit: 's',
    min: 0,
    max: 1e9,
    default: 0,
  },
  {
    key: 'replicas',
    kind: 'integer',
    label: 'Replicas',
    help: 'Independent runs (own placement and disorder) for the error bars.',
    group: 'Run',
    unit: '',
    min: 1,
    max: 64,
    default: 4,
  },
  {
    key: 'seed',
    kind: 'integer',
    label: 'Random seed',
    help: 'Same seed and inputs give the same numbers.',
    group: 'Run',
    unit: '',
    min: 0,
    max: 4294967295,
    default: 1,
  },
  {
    key: 'warmup',
    kind: 'number',
    label: 'Equilibration fraction',
    help: 'With disorder or repulsion, this fraction of the run length is simulated first and discarded.',
    group: 'Run',
    unit: '',
    min: 0,
    max: 0.9,
    default: 0.2,
  },
  {
    key: 'algorithm',
    kind: 'choice',
    label: 'Algorithm',
    help: 'Automatic: fast uniform-rate attempts when possible, else rejection-free BKL.',
    group: 'Run',
    choices: [
      { value: 'auto', label: 'automatic' },
      { value: 'uniform', label: 'uniform rates (fast attempts)' },
      { value: 'general', label: 'rejection-free BKL' },
    ],
    default: 'auto',
  },
];

function limitsText(): string {
  return LATTICE_IDS.map((id) => `${id} L ≤ ${maxCellsPerSide(id)}`).join(', ');
}

/** Number of sites × coordination of the supercell the parameters describe. */
function siteDirections(p: IonhopParams): number {
  const { nSites, z } = latticeSize(p.lattice, p.L);
  return nSites * z;
}

/** Rules spanning several fields. */
export const crossChecks: readonly CrossCheck<IonhopParams>[] = [
  {
    field: 'L',
    message: `the supercell is too large for memory (sites × neighbours ≤ ${MAX_SITE_DIRECTIONS}: ${limitsText()})`,
    holds: (p) => siteDirections(p) <= MAX_SITE_DIRECTIONS,
  },
  {
    field: 'vacancies',
    message: 'must be smaller than the number of open sites (one ion at least must remain)',
    holds: (p) => {
      const nSites = CELLS[p.lattice].basis.length * p.L ** CELLS[p.lattice].dim;
      return p.vacancies < nSites - Math.round(p.blocked * nSites);
    },
  },
  {
    field: 'algorithm',
    message: 'the uniform algorithm needs disorder, repulsion and field all zero',
    holds: (p) => p.algorithm !== 'uniform' || (p.disorder === 0 && p.repulsion === 0 && p.field === 0),
  },
  {
    field: 'time',
    message: `too long: more than ${MAX_TIME_ATTEMPTS.toExponential(0)} hop attempts (sites·z·Γ·time·replicas); shorten time or raise Ea`,
    // time 0 (run by steps) gives 0 attempts: the rate is finite for every valid ν₀, Eₐ and T
    holds: (p) => siteDirections(p) * arrheniusRate(p.nu0, p.Ea, p.T) * p.time * p.replicas <= MAX_TIME_ATTEMPTS,
  },
];
