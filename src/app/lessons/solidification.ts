/**
 * Solidification lessons: why the Si₀.₈Ge₀.₂ crystals of the E-IMR experiments grew unstable, and
 * which furnace lever (gradient G or cooling rate R) restores a planar front. Steps run the
 * analytic steady state (fast) except where the transient start is the point; the last step of
 * the first lesson plays the 2-D phase-field run of the 7.7 K/mm experiment.
 */
import { DISPLAY_UNITS as U } from '../../models/solidification';
import { step } from './build';
import type { Claim, Lesson, Quote } from './types';

const K = { unit: 'K', factor: 1 };

/** Every value a solidification answer quotes, by placeholder name. */
const Q = {
  G: { from: { param: 'G' }, unit: U.gradient },
  R: { from: { param: 'R' }, unit: U.coolingRate },
  V: { from: { summary: 'V' }, unit: U.velocity },
  Gcrit: { from: { summary: 'criticalGradient' }, unit: U.gradient },
  dT0: { from: { summary: 'deltaT0' }, unit: K },
  dTcs: { from: { summary: 'maxSupercooling' }, unit: K },
  depth: { from: { summary: 'supercooledDepth' }, unit: U.length },
  time: { from: { summary: 'time' }, unit: U.time },
  ratio: { from: { summary: 'velocityRatio' }, unit: U.percent, digits: 2 },
  regime: { from: { summary: 'regime' } },
  steadyRegime: { from: { summary: 'steadyRegime' } },
} satisfies Record<string, Quote>;

/**
 * G_crit = ΔT₀·V/D of the teaching set at half the base growth rate (V = 5 K/min / 15.4 K/mm):
 * ΔT₀ = −m·x₀(1 − k)/k = 350 K · 0.2 · 0.7/0.3 = 490/3 K, D = 1e-8 m²/s. K/m.
 */
const GCRIT_HALF_V = ((490 / 3) * (5 / 60 / 15_400)) / 1e-8;

const regime = (value: string): Claim => ({ summary: 'regime', op: 'eq', value });
const supercooled = (value: boolean): Claim => ({ summary: 'supercooled', op: 'eq', value });
const gcrit = (op: 'lt' | 'gt', value: number): Claim => ({ summary: 'criticalGradient', op, value });
const REGIME_CARDS = ['solidification-regime', 'solidification-supercooling'];
const SUMMARY_CARDS = ['solidification-summary', 'solidification-supercooling'];
const MAP_CARDS = ['solidification-map', 'solidification-regime'];

/** "Why did the Si₀.₈Ge₀.₂ crystal turn polycrystalline?" */
export const sigePolycrystal: Lesson = {
  id: 'sige-polycrystal',
  model: 'solidification',
  level: 'intro',
  minutes: 18,
  steps: [
    step(Q, { preset: 'sige-eimr-7.7', mode: 'steady' }, ['solidification-supercooling', 'solidification-regime'], 2, ['G', 'Gcrit', 'depth', 'dTcs', 'regime'], [supercooled(true), gcrit('gt', 7700), regime('dendritic')]),
    step(Q, { preset: 'sige-eimr-13.9', mode: 'steady' }, ['solidification-supercooling', 'solidification-regime'], 2, ['G', 'V', 'Gcrit', 'dTcs', 'regime'], [supercooled(true), regime('dendritic')]),
    step(Q, { preset: 'sige-eimr-7.7', mode: 'steady', R: '1 K/min' }, ['solidification-regime', 'solidification-summary'], 3, ['V', 'Gcrit', 'dTcs', 'regime'], [supercooled(true), regime('dendritic')]),
    step(Q, { preset: 'sige-eimr-7.7', mode: 'steady', R: '0.2 K/min' }, REGIME_CARDS, 2, ['R', 'V', 'G', 'Gcrit', 'regime'], [supercooled(false), gcrit('lt', 7700), regime('planar')]),
    step(Q, { preset: 'sige-eimr-13.9', mode: 'steady', R: '0.5 K/min' }, REGIME_CARDS, 2, ['R', 'G', 'Gcrit', 'regime'], [gcrit('lt', 13_900), regime('planar')]),
    step(Q, { preset: 'sige-eimr-7.7', tEnd: '5 min' }, ['solidification-velocity', 'solidification-regime'], 2, ['time', 'ratio', 'dTcs', 'regime', 'steadyRegime'], [
      { summary: 'reachedSteadyState', op: 'eq', value: false },
      { summary: 'velocityRatio', op: 'lt', value: 0.5 },
      supercooled(true),
      regime('cellular'),
      { summary: 'steadyRegime', op: 'eq', value: 'dendritic' },
    ]),
    {
      ...step(Q, { preset: 'sige-eimr-7.7', mode: 'steady' }, ['solidification-morphology', 'solidification-regime'], 3, ['G', 'Gcrit', 'regime'], [gcrit('gt', 7700), regime('dendritic')]),
      play: { card: 'solidification-morphology', preset: 'sige-eimr-7.7' },
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
    step(Q, { preset: 'teaching-linear', mode: 'steady' }, ['solidification-regime', 'solidification-summary'], 2, ['G', 'V', 'dT0', 'Gcrit', 'regime'], [gcrit('gt', 7700), regime('dendritic')]),
    step(Q, { preset: 'teaching-linear', mode: 'steady', G: '15.4 K/mm' }, SUMMARY_CARDS, 3, ['G', 'V', 'Gcrit', 'regime'], [{ summary: 'criticalGradient', op: 'near', value: GCRIT_HALF_V, tol: 1e-6 }, regime('dendritic')]),
    step(Q, { preset: 'teaching-linear', mode: 'steady', R: '2.5 K/min' }, SUMMARY_CARDS, 3, ['G', 'V', 'Gcrit', 'regime'], [{ summary: 'criticalGradient', op: 'near', value: GCRIT_HALF_V, tol: 1e-6 }, regime('dendritic')]),
    { ...step(Q, { preset: 'teaching-linear', mode: 'steady', G: '20 K/mm', R: '1.8 K/min' }, MAP_CARDS, 2, ['G', 'R', 'Gcrit', 'regime'], [gcrit('gt', 20_000), regime('cellular')]), map: 'R' },
    { ...step(Q, { preset: 'teaching-linear', mode: 'steady', G: '20 K/mm', R: '1.2 K/min' }, MAP_CARDS, 2, ['R', 'dT0', 'Gcrit', 'regime'], [gcrit('lt', 20_000), regime('planar')]), map: 'R' },
  ],
};
