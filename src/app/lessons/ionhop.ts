/**
 * Ion-hopping lessons: why a tracer jumps back (the correlation factor and its lattice
 * dependence), and why sulfides with a bcc anion framework conduct so well (geometry against the
 * barrier). Small supercells and short runs keep every step to about a second.
 */
import { DISPLAY_UNITS as U } from '../../models/ionhop';
import type { Lesson, LessonStep } from './types';

/** A short run: small supercell, 2×10⁵ steps per replica, four replicas, seed 1. */
const SHORT = { L: '6', steps: '200000', replicas: '4' };

/** A single-vacancy step on `lattice`: the cos θ correlation factor against its known value `f` (verified within 2.5 %). */
function singleVacancy(lattice: string, f: number): LessonStep {
  return {
    query: { lattice, vacancies: '1', ...SHORT },
    cards: ['ionhop-headline', 'ionhop-summary'],
    choices: 3,
    quotes: {
      f: { from: { summary: 'correlationFactorCosTheta' } },
      fErr: { from: { summary: 'correlationFactorCosThetaErr' }, digits: 1 },
      z: { from: { summary: 'coordination' } },
    },
    claims: [{ summary: 'correlationFactorCosTheta', op: 'near', value: f, tol: 0.025 }],
  };
}

/** "Why does a tracer jump back?" */
export const jumpBack: Lesson = {
  id: 'jump-back',
  model: 'ionhop',
  level: 'intermediate',
  minutes: 15,
  steps: [
    {
      query: { occupancy: '0.02', ...SHORT },
      cards: ['ionhop-headline', 'ionhop-msd'],
      choices: 3,
      quotes: {
        f: { from: { summary: 'correlationFactorCosTheta' } },
        D: { from: { summary: 'tracerD' }, unit: U.diffusivity },
        D0: { from: { summary: 'D0' }, unit: U.diffusivity },
      },
      claims: [{ summary: 'correlationFactorCosTheta', op: 'near', value: 1, tol: 0.02 }],
    },
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
    {
      query: { lattice: 'bcc-tet', Ea: '0.15 eV', L: '4', steps: '200000' },
      cards: ['ionhop-headline', 'ionhop-supercell'],
      choices: 3,
      quotes: {
        sigma: { from: { summary: 'conductivity' }, unit: U.conductivity },
        z: { from: { summary: 'coordination' } },
      },
      claims: [
        { summary: 'coordination', op: 'eq', value: 4 },
        { summary: 'conductivity', op: 'gt', value: 10 },
        { summary: 'conductivity', op: 'lt', value: 150 },
      ],
    },
    {
      query: { lattice: 'fcc-tet', Ea: '0.15 eV', L: '4', steps: '200000' },
      cards: ['ionhop-headline', 'ionhop-summary'],
      choices: 2,
      quotes: {
        sigma: { from: { summary: 'conductivity' }, unit: U.conductivity },
        z: { from: { summary: 'coordination' } },
        D0: { from: { summary: 'D0' }, unit: U.diffusivity },
      },
      claims: [
        { summary: 'coordination', op: 'eq', value: 6 },
        { summary: 'conductivity', op: 'gt', value: 150 },
      ],
    },
    {
      query: { lattice: 'fcc-tet', Ea: '0.4 eV', L: '4', steps: '200000' },
      cards: ['ionhop-headline', 'ionhop-arrhenius'],
      choices: 3,
      quotes: {
        Ea: { from: { param: 'Ea' }, unit: { unit: 'eV', factor: 1 } },
        sigma: { from: { summary: 'conductivity' }, unit: U.conductivity },
      },
      // exp(−0.25 eV/k_BT) at 300 K ≈ 6.3×10⁻⁵: four orders of magnitude below step 2
      claims: [{ summary: 'conductivity', op: 'lt', value: 0.1 }],
    },
    {
      query: { preset: 'lgps', L: '4', steps: '200000' },
      cards: ['ionhop-arrhenius', 'ionhop-headline'],
      choices: 3,
      quotes: {
        sigma: { from: { summary: 'conductivity' }, unit: U.conductivity },
        sigmaErr: { from: { summary: 'conductivityErr' }, unit: U.conductivity, digits: 2 },
        f: { from: { summary: 'correlationFactorCosTheta' } },
      },
      // Kamaya et al. 2011: 1.2 S/m at 27 °C; the preset's ν₀ and c were computed to meet it
      claims: [{ summary: 'conductivity', op: 'near', value: 1.2, tol: 0.2 }],
    },
  ],
};
