/**
 * Hydrogen lessons: why an isotherm has a plateau (two phases, Maxwell's equal areas, the critical
 * temperature), what the van 't Hoff line says about ΔH and ΔS, and what GPa hydrogen adds
 * (fugacity far above pressure).
 */
import { DISPLAY_UNITS as U } from '../../models/hydrogen';
import { step } from './build';
import type { Claim, Lesson, Quote } from './types';

const K = { unit: 'K', factor: 1 };
const MASS = { unit: 'mass%', factor: 1 };

/** Every value a hydrogen answer quotes, by placeholder name. */
const Q = {
  T: { from: { param: 'T' }, unit: K },
  T5: { from: { param: 'T' }, unit: K, digits: 5 },
  T4: { from: { param: 'T' }, unit: K, digits: 4 },
  dH: { from: { param: 'dH' }, unit: U.enthalpy },
  pMax: { from: { param: 'pMax' }, unit: U.pressure },
  pMaxGPa: { from: { param: 'pMax' }, unit: U.highPressure },
  pCharge: { from: { param: 'pCharge' }, unit: U.highPressure },
  pDis: { from: { param: 'pDischarge' }, unit: U.pressure },
  p: { from: { summary: 'plateauPressureDes' }, unit: U.pressure },
  xa: { from: { summary: 'plateauStart' } },
  xb: { from: { summary: 'plateauEnd' } },
  Tc: { from: { summary: 'criticalT' }, unit: K },
  Tc4: { from: { summary: 'criticalT' }, unit: K, digits: 4 },
  n: { from: { summary: 'plateauCount' } },
  phi: { from: { summary: 'fugacityCoefficient' } },
  cap: { from: { summary: 'capacityMass' }, unit: MASS },
  rev: { from: { summary: 'reversibleCapacityMass' }, unit: MASS },
} satisfies Record<string, Quote>;

const count = (value: number): Claim => ({ summary: 'plateauCount', op: 'eq', value });
const capacity = (op: 'lt' | 'gt', value: number): Claim => ({ summary: 'capacityMass', op, value });
const fugacity = (op: 'lt' | 'gt' | 'eq', value: number): Claim => ({ summary: 'fugacityCoefficient', op, value });
const plateauP = (op: 'lt' | 'gt', value: number): Claim => ({ summary: 'plateauPressureDes', op, value });
const ISOTHERM_SUMMARY = ['hydrogen-isotherms', 'hydrogen-summary'];
const VANT_HOFF = ['hydrogen-vant-hoff', 'hydrogen-isotherms'];

/** The ideal-gas van 't Hoff plateau of LaNi₅ (ΔH = −30.8 kJ/mol, ΔS = −108 J/(mol K)) at T, Pa. */
const lani5Plateau = (T: number) => 1e5 * Math.exp(-30_800 / (8.314462618 * T) + 108 / 8.314462618);

/** "Why is there a plateau?" (lattice-gas model). */
export const whyPlateau: Lesson = {
  id: 'why-plateau',
  model: 'hydrogen',
  level: 'intro',
  minutes: 12,
  steps: [
    step(Q, { model: 'lattice' }, ['hydrogen-isotherms'], 3, ['p', 'xa', 'xb'], [count(1)]),
    step(Q, { model: 'lattice', T: '350 K' }, ['hydrogen-isotherms', 'hydrogen-pct-surface'], 3, ['T', 'p', 'xa', 'xb'], [
      count(1),
      { summary: 'plateauStart', op: 'gt', value: 0.12 },
      { summary: 'plateauEnd', op: 'lt', value: 0.96 },
    ]),
    step(Q, { model: 'lattice', T: '400 K' }, ISOTHERM_SUMMARY, 2, ['T', 'Tc4', 'n'], [count(0), { summary: 'criticalT', op: 'lt', value: 400 }]),
    step(Q, { preset: 'pdh-lattice', T: '500 K' }, ISOTHERM_SUMMARY, 2, ['T', 'Tc', 'p', 'xa', 'xb'], [count(1), { summary: 'criticalT', op: 'gt', value: 500 }]),
  ],
};

/** "Reading ΔH and ΔS from a van 't Hoff plot" (engineering plateau model). */
export const vantHoff: Lesson = {
  id: 'vant-hoff',
  model: 'hydrogen',
  level: 'intermediate',
  minutes: 15,
  steps: [
    step(Q, {}, ['hydrogen-isotherms', 'hydrogen-vant-hoff'], 3, ['T5', 'p'], [plateauP('gt', 1e5)]),
    // the real gas is within 2 % of the ideal-gas van 't Hoff level at a few bar
    step(Q, { T: '333.15 K' }, VANT_HOFF, 3, ['T5', 'p'], [{ summary: 'plateauPressureDes', op: 'near', value: lani5Plateau(333.15), tol: 0.02 }]),
    step(Q, { material: 'custom', dH: '-40 kJ/mol' }, VANT_HOFF, 2, ['dH', 'p'], [plateauP('lt', 1e4)]),
    step(Q, { preset: 'mg' }, ['hydrogen-vant-hoff', 'hydrogen-summary'], 3, ['T4', 'p', 'cap'], [plateauP('gt', 1e5), capacity('gt', 7)]),
  ],
};

/** "What does GPa hydrogen add?" (fugacity against pressure; the GPa plateau of LaNi₅). */
export const gpaHydrogen: Lesson = {
  id: 'gpa-hydrogen',
  model: 'hydrogen',
  level: 'advanced',
  minutes: 12,
  steps: [
    step(Q, { preset: 'lani5-gpa', pMax: '100 bar' }, ISOTHERM_SUMMARY, 3, ['pMax', 'phi', 'cap'], [fugacity('lt', 1.1), capacity('lt', 1.5)]),
    step(Q, { preset: 'lani5-gpa' }, ['hydrogen-isotherms', 'hydrogen-plateaus'], 3, ['pMaxGPa', 'phi', 'cap', 'n'], [fugacity('gt', 1000), capacity('gt', 2), count(2)]),
    step(Q, { preset: 'lani5-gpa', gas: 'ideal' }, ISOTHERM_SUMMARY, 2, ['phi', 'cap'], [fugacity('eq', 1), capacity('lt', 1.5)]),
    step(Q, { preset: 'lani5-gpa', pCharge: '20000 bar' }, ['hydrogen-summary'], 2, ['pCharge', 'pDis', 'rev'], [{ summary: 'reversibleCapacityMass', op: 'gt', value: 1.5 }]),
  ],
};
