/**
 * Hydrogen lessons: why an isotherm has a plateau (two phases, Maxwell's equal areas, the critical
 * temperature), what the van 't Hoff line says about ΔH and ΔS, and what GPa hydrogen adds
 * (fugacity far above pressure).
 */
import { DISPLAY_UNITS as U } from '../../models/hydrogen';
import type { Lesson } from './types';

const K = { unit: 'K', factor: 1 };
const MASS = { unit: 'mass%', factor: 1 };

/** "Why is there a plateau?" (lattice-gas model). */
export const whyPlateau: Lesson = {
  id: 'why-plateau',
  model: 'hydrogen',
  level: 'intro',
  minutes: 12,
  steps: [
    {
      query: { model: 'lattice' },
      cards: ['hydrogen-isotherms'],
      choices: 3,
      quotes: {
        p: { from: { summary: 'plateauPressureDes' }, unit: U.pressure },
        xa: { from: { summary: 'plateauStart' } },
        xb: { from: { summary: 'plateauEnd' } },
      },
      claims: [{ summary: 'plateauCount', op: 'eq', value: 1 }],
    },
    {
      query: { model: 'lattice', T: '350 K' },
      cards: ['hydrogen-isotherms', 'hydrogen-pct-surface'],
      choices: 3,
      quotes: {
        T: { from: { param: 'T' }, unit: K },
        p: { from: { summary: 'plateauPressureDes' }, unit: U.pressure },
        xa: { from: { summary: 'plateauStart' } },
        xb: { from: { summary: 'plateauEnd' } },
      },
      claims: [
        { summary: 'plateauCount', op: 'eq', value: 1 },
        { summary: 'plateauStart', op: 'gt', value: 0.12 },
        { summary: 'plateauEnd', op: 'lt', value: 0.96 },
      ],
    },
    {
      query: { model: 'lattice', T: '400 K' },
      cards: ['hydrogen-isotherms', 'hydrogen-summary'],
      choices: 2,
      quotes: {
        T: { from: { param: 'T' }, unit: K },
        Tc: { from: { summary: 'criticalT' }, unit: K, digits: 4 },
        n: { from: { summary: 'plateauCount' } },
      },
      claims: [
        { summary: 'plateauCount', op: 'eq', value: 0 },
        { summary: 'criticalT', op: 'lt', value: 400 },
      ],
    },
    {
      query: { preset: 'pdh-lattice', T: '500 K' },
      cards: ['hydrogen-isotherms', 'hydrogen-summary'],
      choices: 2,
      quotes: {
        T: { from: { param: 'T' }, unit: K },
        Tc: { from: { summary: 'criticalT' }, unit: K },
        p: { from: { summary: 'plateauPressureDes' }, unit: U.pressure },
        xa: { from: { summary: 'plateauStart' } },
        xb: { from: { summary: 'plateauEnd' } },
      },
      claims: [
        { summary: 'plateauCount', op: 'eq', value: 1 },
        { summary: 'criticalT', op: 'gt', value: 500 },
      ],
    },
  ],
};

/** "Reading ΔH and ΔS from a van 't Hoff plot" (engineering plateau model). */
export const vantHoff: Lesson = {
  id: 'vant-hoff',
  model: 'hydrogen',
  level: 'intermediate',
  minutes: 15,
  steps: [
    {
      query: {},
      cards: ['hydrogen-isotherms', 'hydrogen-vant-hoff'],
      choices: 3,
      quotes: {
        T: { from: { param: 'T' }, unit: K, digits: 5 },
        p: { from: { summary: 'plateauPressureDes' }, unit: U.pressure },
      },
      claims: [{ summary: 'plateauPressureDes', op: 'gt', value: 1e5 }],
    },
    {
      query: { T: '333.15 K' },
      cards: ['hydrogen-vant-hoff', 'hydrogen-isotherms'],
      choices: 3,
      quotes: {
        T: { from: { param: 'T' }, unit: K, digits: 5 },
        p: { from: { summary: 'plateauPressureDes' }, unit: U.pressure },
      },
      // van 't Hoff with ΔH = −30.8 kJ/mol, ΔS = −108 J/(mol K): p = f/φ ≈ exp(ΔH/RT − ΔS/R) bar
      claims: [{ summary: 'plateauPressureDes', op: 'near', value: 1e5 * Math.exp(-30_800 / (8.314462618 * 333.15) + 108 / 8.314462618), tol: 0.02 }],
    },
    {
      query: { material: 'custom', dH: '-40 kJ/mol' },
      cards: ['hydrogen-vant-hoff', 'hydrogen-isotherms'],
      choices: 2,
      quotes: {
        dH: { from: { param: 'dH' }, unit: U.enthalpy },
        p: { from: { summary: 'plateauPressureDes' }, unit: U.pressure },
      },
      claims: [{ summary: 'plateauPressureDes', op: 'lt', value: 1e4 }],
    },
    {
      query: { preset: 'mg' },
      cards: ['hydrogen-vant-hoff', 'hydrogen-summary'],
      choices: 3,
      quotes: {
        T: { from: { param: 'T' }, unit: K, digits: 4 },
        p: { from: { summary: 'plateauPressureDes' }, unit: U.pressure },
        cap: { from: { summary: 'capacityMass' }, unit: MASS },
      },
      claims: [
        { summary: 'plateauPressureDes', op: 'gt', value: 1e5 },
        { summary: 'capacityMass', op: 'gt', value: 7 },
      ],
    },
  ],
};

/** "What does GPa hydrogen add?" (fugacity against pressure; the GPa plateau of LaNi₅). */
export const gpaHydrogen: Lesson = {
  id: 'gpa-hydrogen',
  model: 'hydrogen',
  level: 'advanced',
  minutes: 12,
  steps: [
    {
      query: { preset: 'lani5-gpa', pMax: '100 bar' },
      cards: ['hydrogen-isotherms', 'hydrogen-summary'],
      choices: 3,
      quotes: {
        pMax: { from: { param: 'pMax' }, unit: U.pressure },
        phi: { from: { summary: 'fugacityCoefficient' } },
        cap: { from: { summary: 'capacityMass' }, unit: MASS },
      },
      claims: [
        { summary: 'fugacityCoefficient', op: 'lt', value: 1.1 },
        { summary: 'capacityMass', op: 'lt', value: 1.5 },
      ],
    },
    {
      query: { preset: 'lani5-gpa' },
      cards: ['hydrogen-isotherms', 'hydrogen-plateaus'],
      choices: 3,
      quotes: {
        pMax: { from: { param: 'pMax' }, unit: U.highPressure },
        phi: { from: { summary: 'fugacityCoefficient' } },
        cap: { from: { summary: 'capacityMass' }, unit: MASS },
        n: { from: { summary: 'plateauCount' } },
      },
      claims: [
        { summary: 'fugacityCoefficient', op: 'gt', value: 1000 },
        { summary: 'capacityMass', op: 'gt', value: 2 },
        { summary: 'plateauCount', op: 'eq', value: 2 },
      ],
    },
    {
      query: { preset: 'lani5-gpa', gas: 'ideal' },
      cards: ['hydrogen-isotherms', 'hydrogen-summary'],
      choices: 2,
      quotes: {
        phi: { from: { summary: 'fugacityCoefficient' } },
        cap: { from: { summary: 'capacityMass' }, unit: MASS },
      },
      claims: [
        { summary: 'fugacityCoefficient', op: 'eq', value: 1 },
        { summary: 'capacityMass', op: 'lt', value: 1.5 },
      ],
    },
    {
      query: { preset: 'lani5-gpa', pCharge: '20000 bar' },
      cards: ['hydrogen-summary'],
      choices: 2,
      quotes: {
        pCharge: { from: { param: 'pCharge' }, unit: U.highPressure },
        pDis: { from: { param: 'pDischarge' }, unit: U.pressure },
        rev: { from: { summary: 'reversibleCapacityMass' }, unit: MASS },
      },
      claims: [{ summary: 'reversibleCapacityMass', op: 'gt', value: 1.5 }],
    },
  ],
};
