/**
 * Solidification lessons: why the Si₀.₈Ge₀.₂ crystals of the E-IMR experiments grew unstable, and
 * which furnace lever (gradient G or cooling rate R) restores a planar front. Steps run the
 * analytic steady state (fast) except where the transient start is the point.
 */
import { DISPLAY_UNITS as U } from '../../models/solidification';
import type { Lesson } from './types';

const K = { unit: 'K', factor: 1 };

/**
 * G_crit = ΔT₀·V/D of the teaching set at half the base growth rate (V = 5 K/min / 15.4 K/mm):
 * ΔT₀ = −m·x₀(1 − k)/k = 350 K · 0.2 · 0.7/0.3 = 490/3 K, D = 1e-8 m²/s. K/m.
 */
const GCRIT_HALF_V = ((490 / 3) * (5 / 60 / 15_400)) / 1e-8;

/** "Why did the Si₀.₈Ge₀.₂ crystal turn polycrystalline?" */
export const sigePolycrystal: Lesson = {
  id: 'sige-polycrystal',
  model: 'solidification',
  level: 'intro',
  minutes: 15,
  steps: [
    {
      query: { preset: 'sige-eimr-7.7', mode: 'steady' },
      cards: ['solidification-supercooling', 'solidification-regime'],
      choices: 2,
      quotes: {
        G: { from: { param: 'G' }, unit: U.gradient },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        depth: { from: { summary: 'supercooledDepth' }, unit: U.length },
        dTcs: { from: { summary: 'maxSupercooling' }, unit: K },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'supercooled', op: 'eq', value: true },
        { summary: 'criticalGradient', op: 'gt', value: 7700 },
        { summary: 'regime', op: 'eq', value: 'dendritic' },
      ],
    },
    {
      query: { preset: 'sige-eimr-13.9', mode: 'steady' },
      cards: ['solidification-supercooling', 'solidification-regime'],
      choices: 2,
      quotes: {
        G: { from: { param: 'G' }, unit: U.gradient },
        V: { from: { summary: 'V' }, unit: U.velocity },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        dTcs: { from: { summary: 'maxSupercooling' }, unit: K },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'supercooled', op: 'eq', value: true },
        { summary: 'regime', op: 'eq', value: 'dendritic' },
      ],
    },
    {
      query: { preset: 'sige-eimr-7.7', mode: 'steady', R: '1 K/min' },
      cards: ['solidification-regime', 'solidification-summary'],
      choices: 3,
      quotes: {
        V: { from: { summary: 'V' }, unit: U.velocity },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        dTcs: { from: { summary: 'maxSupercooling' }, unit: K },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'supercooled', op: 'eq', value: true },
        { summary: 'regime', op: 'eq', value: 'dendritic' },
      ],
    },
    {
      query: { preset: 'sige-eimr-7.7', mode: 'steady', R: '0.2 K/min' },
      cards: ['solidification-regime', 'solidification-supercooling'],
      choices: 2,
      quotes: {
        R: { from: { param: 'R' }, unit: U.coolingRate },
        V: { from: { summary: 'V' }, unit: U.velocity },
        G: { from: { param: 'G' }, unit: U.gradient },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'supercooled', op: 'eq', value: false },
        { summary: 'criticalGradient', op: 'lt', value: 7700 },
        { summary: 'regime', op: 'eq', value: 'planar' },
      ],
    },
    {
      query: { preset: 'sige-eimr-13.9', mode: 'steady', R: '0.5 K/min' },
      cards: ['solidification-regime', 'solidification-supercooling'],
      choices: 2,
      quotes: {
        R: { from: { param: 'R' }, unit: U.coolingRate },
        G: { from: { param: 'G' }, unit: U.gradient },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'criticalGradient', op: 'lt', value: 13900 },
        { summary: 'regime', op: 'eq', value: 'planar' },
      ],
    },
    {
      query: { preset: 'sige-eimr-7.7', tEnd: '5 min' },
      cards: ['solidification-velocity', 'solidification-regime'],
      choices: 2,
      quotes: {
        time: { from: { summary: 'time' }, unit: U.time },
        ratio: { from: { summary: 'velocityRatio' }, unit: U.percent, digits: 2 },
        dTcs: { from: { summary: 'maxSupercooling' }, unit: K },
        regime: { from: { summary: 'regime' } },
        steadyRegime: { from: { summary: 'steadyRegime' } },
      },
      claims: [
        { summary: 'reachedSteadyState', op: 'eq', value: false },
        { summary: 'velocityRatio', op: 'lt', value: 0.5 },
        { summary: 'supercooled', op: 'eq', value: true },
        { summary: 'regime', op: 'eq', value: 'cellular' },
        { summary: 'steadyRegime', op: 'eq', value: 'dendritic' },
      ],
    },
  ],
};

/** "Gradient or cooling rate: which lever?" (linearised teaching set, steady state). */
export const gradientOrRate: Lesson = {
  id: 'gradient-or-rate',
  model: 'solidification',
  level: 'intermediate',
  minutes: 12,
  steps: [
    {
      query: { preset: 'teaching-linear', mode: 'steady' },
      cards: ['solidification-regime', 'solidification-summary'],
      choices: 2,
      quotes: {
        G: { from: { param: 'G' }, unit: U.gradient },
        V: { from: { summary: 'V' }, unit: U.velocity },
        dT0: { from: { summary: 'deltaT0' }, unit: K },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'criticalGradient', op: 'gt', value: 7700 },
        { summary: 'regime', op: 'eq', value: 'dendritic' },
      ],
    },
    {
      query: { preset: 'teaching-linear', mode: 'steady', G: '15.4 K/mm' },
      cards: ['solidification-summary', 'solidification-supercooling'],
      choices: 3,
      quotes: {
        G: { from: { param: 'G' }, unit: U.gradient },
        V: { from: { summary: 'V' }, unit: U.velocity },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'criticalGradient', op: 'near', value: GCRIT_HALF_V, tol: 1e-6 },
        { summary: 'regime', op: 'eq', value: 'dendritic' },
      ],
    },
    {
      query: { preset: 'teaching-linear', mode: 'steady', R: '2.5 K/min' },
      cards: ['solidification-summary', 'solidification-supercooling'],
      choices: 3,
      quotes: {
        G: { from: { param: 'G' }, unit: U.gradient },
        V: { from: { summary: 'V' }, unit: U.velocity },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'criticalGradient', op: 'near', value: GCRIT_HALF_V, tol: 1e-6 },
        { summary: 'regime', op: 'eq', value: 'dendritic' },
      ],
    },
    {
      query: { preset: 'teaching-linear', mode: 'steady', G: '20 K/mm', R: '1.8 K/min' },
      cards: ['solidification-map', 'solidification-regime'],
      choices: 2,
      quotes: {
        G: { from: { param: 'G' }, unit: U.gradient },
        R: { from: { param: 'R' }, unit: U.coolingRate },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'criticalGradient', op: 'gt', value: 20000 },
        { summary: 'regime', op: 'eq', value: 'cellular' },
      ],
    },
    {
      query: { preset: 'teaching-linear', mode: 'steady', G: '20 K/mm', R: '1.2 K/min' },
      cards: ['solidification-map', 'solidification-regime'],
      choices: 2,
      quotes: {
        R: { from: { param: 'R' }, unit: U.coolingRate },
        dT0: { from: { summary: 'deltaT0' }, unit: K },
        Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
        regime: { from: { summary: 'regime' } },
      },
      claims: [
        { summary: 'criticalGradient', op: 'lt', value: 20000 },
        { summary: 'regime', op: 'eq', value: 'planar' },
      ],
    },
  ],
};
