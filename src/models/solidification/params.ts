/**
 * Parameter specifications (SI units, display units, ranges, defaults) and cross-field rules of
 * the solidification model. Growth is driven either by a furnace cooling rate R
 * (`drive` = 'cooling', V computed; steady mode uses V = R/G) or by a pulling velocity V
 * (`drive` = 'pulling'). `delta` = 0 means an unstirred melt.
 */
import type { CrossCheck } from '../../core/model';
import type { ParamSpec } from '../../core/params';

/** Validated parameters, SI. */
export interface SolidificationParams {
  [key: string]: number | string | boolean;
  mode: string;
  phaseDiagram: string;
  x0: number;
  k: number;
  m: number;
  Tm: number;
  G: number;
  drive: string;
  R: number;
  V: number;
  D: number;
  gamma: number;
  meltLength: number;
  delta: number;
  tEnd: number;
}

const isDilute = (v: Record<string, unknown>) => v.phaseDiagram === 'dilute';

/** Thinnest stirred boundary layer δ accepted, m (1 nm; 0 means unstirred). */
export const MIN_STIRRED_LAYER = 1e-9;

/** Parameter specifications in panel order. */
export const paramSpecs: readonly ParamSpec[] = [
  {
    key: 'mode',
    kind: 'choice',
    label: 'Calculation',
    help: 'Steady state: the analytic steady state at the growth velocity V. Transient growth: solute transport at a moving interface, starting from a uniform melt.',
    choices: [
      { value: 'transient', label: 'Transient growth' },
      { value: 'steady', label: 'Steady state' },
    ],
    default: 'transient',
  },
  {
    key: 'phaseDiagram',
    kind: 'choice',
    label: 'Phase diagram',
    help: 'Si–Ge (regular solution): the Si–Ge diagram of Olesinski & Abbaschian. Linearised: a straight liquidus with constant k and m.',
    group: 'Alloy',
    choices: [
      { value: 'SiGe', label: 'Si–Ge (regular solution)' },
      { value: 'dilute', label: 'Linearised (constant k, m)' },
    ],
    default: 'SiGe',
  },
  {
    key: 'x0',
    kind: 'number',
    label: 'Melt composition x₀',
    help: 'Solute (Ge) mole fraction of the initial melt, not wt%.',
    group: 'Alloy',
    unit: '',
    min: 0,
    max: 0.99,
    default: 0.2,
  },
  {
    key: 'k',
    kind: 'number',
    label: 'Partition coefficient k',
    help: 'Constant equilibrium partition coefficient x_S/x_L of the linearised diagram.',
    group: 'Alloy',
    unit: '',
    min: 0.01,
    max: 10,
    default: 0.3,
    log: true,
    visibleWhen: isDilute,
  },
  {
    key: 'm',
    kind: 'number',
    label: 'Liquidus slope m',
    help: 'dT_L/dx in K per unit mole fraction; negative when the solute lowers the melting point (then k < 1).',
    group: 'Alloy',
    unit: 'K',
    min: -5000,
    max: 5000,
    default: -350,
    visibleWhen: isDilute,
  },
  {
    key: 'Tm',
    kind: 'number',
    label: 'Solvent melting point Tm',
    help: 'Melting point of the pure solvent for the linearised diagram.',
    group: 'Alloy',
    unit: 'K',
    min: 200,
    max: 4000,
    default: 1687,
    visibleWhen: isDilute,
  },
  {
    key: 'G',
    kind: 'number',
    label: 'Temperature gradient G',
    help: 'Temperature gradient in the melt at the interface.',
    group: 'Furnace',
    unit: 'K/m',
    display: { unit: 'K/mm', factor: 1e-3 },
    min: 100,
    max: 1e6,
    default: 7700,
    log: true,
  },
  {
    key: 'drive',
    kind: 'choice',
    label: 'Growth drive',
    help: 'Cooling rate R: the furnace cools at R and the growth rate follows. Pulling velocity V: the growth rate V is imposed.',
    group: 'Furnace',
    choices: [
      { value: 'cooling', label: 'Cooling rate R' },
      { value: 'pulling', label: 'Pulling velocity V' },
    ],
    default: 'cooling',
  },
  {
    key: 'R',
    kind: 'number',
    label: 'Cooling rate R',
    help: 'Furnace cooling rate; at steady state the front grows at V = R/G.',
    group: 'Furnace',
    unit: 'K/s',
    display: { unit: 'K/min', factor: 60 },
    min: 1e-5,
    max: 10,
    default: 5 / 60,
    log: true,
    visibleWhen: (v) => v.drive !== 'pulling',
    implies: { drive: 'cooling' },
  },
  {
    key: 'V',
    kind: 'number',
    label: 'Growth velocity V',
    help: 'Imposed growth (pulling) velocity.',
    group: 'Furnace',
    unit: 'm/s',
    display: { unit: 'µm/s', factor: 1e6 },
    min: 1e-8,
    max: 1,
    default: 1e-5,
    log: true,
    visibleWhen: (v) => v.drive === 'pulling',
    implies: { drive: 'pulling' },
  },
  {
    key: 'D',
    kind: 'number',
    label: 'Diffusivity D',
    help: 'Solute diffusion coefficient in the melt (Si–Ge: about 1e-8 m²/s, uncertain).',
    group: 'Melt',
    unit: 'm^2/s',
    min: 1e-10,
    max: 1e-6,
    default: 1e-8,
    log: true,
  },
  {
    key: 'gamma',
    kind: 'number',
    label: 'Gibbs–Thomson coefficient Γ',
    help: 'Γ = γ_sl/ΔS_v; about 1.4e-7 K·m for Si.',
    group: 'Melt',
    unit: 'K m',
    min: 1e-9,
    max: 1e-5,
    default: 1.4e-7,
    log: true,
  },
  {
    key: 'meltLength',
    kind: 'number',
    label: 'Melt length',
    help: 'Initial height of the melt column (transient mode).',
    group: 'Melt',
    unit: 'm',
    display: { unit: 'mm', factor: 1e3 },
    min: 1e-3,
    max: 1,
    default: 0.02,
    log: true,
  },
  {
    key: 'delta',
    kind: 'number',
    label: 'Stirred boundary layer δ',
    help: '0 = unstirred melt (diffusion only); > 0 = stagnant layer of this thickness on a well-mixed melt (Burton–Prim–Slichter).',
    group: 'Melt',
    unit: 'm',
    display: { unit: 'mm', factor: 1e3 },
    min: 0,
    max: 0.05,
    default: 0,
  },
  {
    key: 'tEnd',
    kind: 'number',
    label: 'End time',
    help: 'Simulated time of a transient run (it also stops when 99.5 % of the melt has solidified).',
    unit: 's',
    display: { unit: 'min', factor: 1 / 60 },
    min: 1,
    max: 1e6,
    default: 3000,
    log: true,
  },
];

/** Rules that span several fields. */
export const crossChecks: readonly CrossCheck<SolidificationParams>[] = [
  {
    field: 'k',
    message: 'k must differ from 1 by at least 0.001 (k = 1 means no segregation).',
    holds: (p) => p.phaseDiagram !== 'dilute' || Math.abs(p.k - 1) >= 1e-3,
  },
  {
    field: 'm',
    message: 'the liquidus slope must be negative when k < 1 and positive when k > 1 (otherwise the solidus lies above the liquidus).',
    holds: (p) => p.phaseDiagram !== 'dilute' || Math.abs(p.k - 1) < 1e-3 || p.m * (p.k - 1) > 0,
  },
  {
    field: 'x0',
    message: 'on the linearised diagram the solidus at x0, Tm + m·x0/k, must stay above 1 K.',
    holds: (p) => p.phaseDiagram !== 'dilute' || p.Tm + (p.m * p.x0) / p.k > 1,
  },
  {
    field: 'delta',
    message: 'the stirred boundary layer must be shorter than half the melt length (use 0 for an unstirred melt).',
    holds: (p) => p.delta * 2 < p.meltLength,
  },
  {
    field: 'delta',
    message: `a stirred boundary layer must be 0 (unstirred) or at least ${MIN_STIRRED_LAYER} m = 1 nm: a thinner layer is below atomic size, and values such as 1e-320 m underflow the solver's cell sizes.`,
    holds: (p) => p.delta === 0 || p.delta >= MIN_STIRRED_LAYER,
  },
];
