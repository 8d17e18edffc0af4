/**
 * Ion-hopping lessons: why a tracer jumps back (the correlation factor and its lattice
 * dependence), and why sulfides with a bcc anion framework conduct so well (geometry against the
 * barrier). Small supercells and short runs keep every step to about a second.
 */
import { DISPLAY_UNITS as U } from '../../models/ionhop';
import { step } from './build';
import type { Claim, Lesson, LessonStep, Quote } from './types';

/** Every value an ion-hopping answer quotes, by placeholder name. */
const Q = {
  f: { from: { summary: 'correlationFactorCosTheta' } },
  fErr: { from: { summary: 'correlationFactorCosThetaErr' }, digits: 1 },
  z: { from: { summary: 'coordination' } },
  D: { from: { summary: 'tracerD' }, unit: U.diffusivity },
  DErr: { from: { summary: 'tracerDErr' }, unit: U.diffusivity, digits: 2 },
  D0: { from: { summary: 'D0' }, unit: U.diffusivity },
  Ea: { from: { param: 'Ea' }, unit: { unit: 'eV', factor: 1 } },
  sigma: { from: { summary: 'conductivity' }, unit: U.conductivity },
  sigmaErr: { from: { summary: 'conductivityErr' }, unit: U.conductivity, digits: 2 },
} satisfies Record<string, Quote>;

/** A short run: small supercell, 2×10⁵ steps per replica, four replicas, seed 1. */
const SHORT = { L: '6', steps: '200000', replicas: '4' };
/** A smaller one for the tetrahedral networks (L = 4 cells already hold 192 or 256 sites). */
const TET = { L: '4', steps: '200000' };

const f = (value: number, tol: number): Claim => ({ summary: 'correlationFactorCosTheta', op: 'near', value, tol });
const z = (value: number): Claim => ({ summary: 'coordination', op: 'eq', value });
const sigma = (op: 'lt' | 'gt', value: number): Claim => ({ summary: 'conductivity', op, value });

/** A single-vacancy step on `lattice`: the cos θ correlation factor against its known value (verified within 2.5 %). */
function singleVacancy(lattice: string, exact: number): LessonStep {
  return step(Q, { lattice, vacancies: '1', ...SHORT }, ['ionhop-headline', 'ionhop-summary'], 3, ['f', 'fErr', 'z'], [f(exact, 0.025)]);
}

/** "Why does a tracer jump back?" */
export const jumpBack: Lesson = {
  id: 'jump-back',
  model: 'ionhop',
  level: 'intermediate',
  minutes: 15,
  steps: [
    step(Q, { occupancy: '0.02', ...SHORT }, ['ionhop-headline', 'ionhop-msd'], 3, ['f', 'D', 'DErr', 'D0'], [f(1, 0.02)]),
    // single-vacancy correlation factors: sc 0.6531, bcc 0.7272, diamond 0.5, fcc 0.7815 (Compaan & Haven)
    singleVacancy('sc', 0.6531),
    singleVacancy('bcc', 0.7272),
    singleVacancy('diamond', 0.5),
    singleVacancy('fcc', 0.7815),
  ],
};

/** "Why do sulfides with a bcc anion framework conduct so well?" */
export const bccSulfides: Lesson = {
  id: 'bcc-sulfides',
  model: 'ionhop',
  level: 'advanced',
  minutes: 15,
  steps: [
    step(Q, { lattice: 'bcc-tet', Ea: '0.15 eV', ...TET }, ['ionhop-headline', 'ionhop-supercell'], 3, ['sigma', 'z'], [z(4), sigma('gt', 10), sigma('lt', 150)]),
    step(Q, { lattice: 'fcc-tet', Ea: '0.15 eV', ...TET }, ['ionhop-headline', 'ionhop-summary'], 2, ['sigma', 'z', 'D0'], [z(6), sigma('gt', 150)]),
    // exp(−0.25 eV/k_BT) at 300 K ≈ 6×10⁻⁵: four orders of magnitude below step 2
    step(Q, { lattice: 'fcc-tet', Ea: '0.4 eV', ...TET }, ['ionhop-headline', 'ionhop-arrhenius'], 3, ['Ea', 'sigma'], [sigma('lt', 0.1)]),
    // Kamaya et al. 2011: 1.2 S/m at 27 °C; the preset's ν₀ and c were computed to meet it
    step(Q, { preset: 'lgps', ...TET }, ['ionhop-arrhenius', 'ionhop-headline'], 3, ['sigma', 'sigmaErr', 'f'], [{ summary: 'conductivity', op: 'near', value: 1.2, tol: 0.2 }]),
  ],
};
