/**
 * Parameters of the 2-D morphology run: the alloy and furnace fields of the 1-D solidification
 * model (same keys, units, ranges and cross-checks, so both describe the same alloy) plus the
 * phase-field resolution, domain and run length.
 */
import type { CrossCheck } from '../../../core/model';
import type { ParamSpec } from '../../../core/params';
import { crossChecks as alloyChecks, paramSpecs as alloySpecs, type SolidificationParams } from '../params';

/** The 1-D model's alloy and furnace fields the 2-D run takes. */
type AlloyKey = 'phaseDiagram' | 'x0' | 'k' | 'm' | 'Tm' | 'G' | 'drive' | 'R' | 'V' | 'D' | 'gamma';

/** Validated parameters, SI (resolution numbers dimensionless). */
export interface MorphologyParams extends Pick<SolidificationParams, AlloyKey> {
  [key: string]: number | string | boolean;
  wOverD0: number;
  diffusionLength: number;
  dx: number;
  nx: number;
  nz: number;
  epsilon4: number;
  noise: number;
  amplitude: number;
  mode: number;
  duration: number;
  snapshots: number;
  seed: number;
}

const ALLOY_KEYS: readonly string[] = ['phaseDiagram', 'x0', 'k', 'm', 'Tm', 'G', 'drive', 'R', 'V', 'D', 'gamma'] satisfies readonly AlloyKey[];

/** Parameter specifications: the 1-D model's alloy and furnace, then the phase-field numerics. */
export const morphologyParamSpecs: readonly ParamSpec[] = [
  ...alloySpecs.filter((s) => ALLOY_KEYS.includes(s.key)),
  {
    key: 'wOverD0',
    kind: 'number',
    label: 'Interface width W/d₀',
    help: 'Diffuse-interface width in capillary lengths; results converge as it shrinks (and cost grows).',
    group: 'Phase field',
    unit: '',
    min: 1,
    max: 32,
    default: 4,
  },
  {
    key: 'diffusionLength',
    kind: 'number',
    label: 'Diffusion length l_D/W',
    help: 'Largest diffusion length D/V the grid resolves, in interface widths; above it the capillary length is scaled up (Γ_eff = s·Γ).',
    group: 'Phase field',
    unit: '',
    min: 5,
    max: 400,
    default: 20,
  },
  {
    key: 'dx',
    kind: 'number',
    label: 'Grid spacing Δx/W',
    help: 'Cell size in interface widths.',
    group: 'Phase field',
    unit: '',
    min: 0.3,
    max: 1.2,
    default: 0.8,
  },
  { key: 'nx', kind: 'integer', label: 'Cells across', help: 'Grid cells across the growth direction (mirror side walls).', group: 'Phase field', unit: '', min: 8, max: 1024, default: 96 },
  { key: 'nz', kind: 'integer', label: 'Cells along', help: 'Grid cells along the growth direction.', group: 'Phase field', unit: '', min: 16, max: 1024, default: 128 },
  {
    key: 'epsilon4',
    kind: 'number',
    label: 'Anisotropy ε₄',
    help: 'Strength of the fourfold anisotropy of the interface energy (0 = isotropic).',
    group: 'Phase field',
    unit: '',
    min: 0,
    max: 0.05,
    default: 0.01,
  },
  {
    key: 'noise',
    kind: 'number',
    label: 'Noise',
    help: 'Amplitude of the seeded noise added to φ in the interface, per √τ₀.',
    group: 'Phase field',
    unit: '',
    min: 0,
    max: 0.1,
    default: 0,
  },
  {
    key: 'amplitude',
    kind: 'number',
    label: 'Initial perturbation',
    help: 'Amplitude of the initial sinusoidal interface perturbation, in interface widths W.',
    group: 'Phase field',
    unit: '',
    min: 0,
    max: 10,
    default: 0.2,
  },
  {
    key: 'mode',
    kind: 'integer',
    label: 'Perturbation mode',
    help: 'Mode n of the perturbation cos(nπx/L) (n half-wavelengths across); 0 = the mode nearest the fastest-growing wavelength.',
    group: 'Phase field',
    unit: '',
    min: 0,
    max: 512,
    default: 0,
  },
  {
    key: 'duration',
    kind: 'number',
    label: 'Duration',
    help: 'Simulated time in diffusion times D/V².',
    unit: '',
    min: 0.01,
    max: 1000,
    default: 2,
  },
  { key: 'snapshots', kind: 'integer', label: 'Profile snapshots', help: 'Interface profiles kept over the run.', unit: '', min: 2, max: 200, default: 20 },
  { key: 'seed', kind: 'integer', label: 'Seed', help: 'Seed of the noise.', unit: '', min: 0, max: 4294967295, default: 1 },
];

/** The 1-D model's parameters for this alloy and furnace (steady mode; melt fields at their defaults). */
export function asAlloyParams(p: MorphologyParams): SolidificationParams {
  return { ...p, mode: 'steady', meltLength: 0.02, delta: 0, tEnd: 3000 };
}

/** The 1-D model's alloy rules, plus: the grid must fit in memory and time. */
export const morphologyCrossChecks: readonly CrossCheck<MorphologyParams>[] = [
  ...alloyChecks.filter((c) => ALLOY_KEYS.includes(c.field)).map((c) => ({ field: c.field, message: c.message, holds: (p: MorphologyParams) => c.holds(asAlloyParams(p)) })),
  {
    field: 'nz',
    message: 'nx·nz must not exceed 262144 cells (e.g. 256 × 1024 or 512 × 512).',
    holds: (p) => p.nx * p.nz <= 262144,
  },
];
