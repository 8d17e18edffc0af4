/**
 * Parameters of the hydrogen-storage model: the validated parameter type, the specifications in
 * panel order (SI units, display units, ranges, defaults, help) and the cross-field rules.
 */
import type { CrossCheck, ParamValues } from '../../core/model';
import type { ParamSpec } from '../../core/params';
import { MATERIALS, MATERIAL_IDS } from './materials';
import { meltingPressure } from './melting';

/** Validated parameters (SI). */
export interface HydrogenParams extends ParamValues {
  material: string;
  T: number;
  model: string;
  gas: string;
  pMin: number;
  pMax: number;
  dH: number;
  dS: number;
  hysteresis: number;
  maxHM: number;
  molarMass: number;
  atomsPerFormula: number;
  density: number;
  criticalT: number;
  alphaMax: number;
  betaMin: number;
  plateauSlope: number;
  betaExponent: number;
  pCharge: number;
  TCharge: number;
  pDischarge: number;
  TDischarge: number;
  data: string;
}

const custom = (v: ParamValues) => v.material === 'custom';
const bar = { unit: 'bar', factor: 1e-5 };

/** Parameter specifications in panel order. */
export const paramSpecs: readonly ParamSpec[] = [
  {
    key: 'material',
    kind: 'choice',
    label: 'Material',
    help: 'Hydride from the library (each entry cites its source) or your own parameters.',
    choices: MATERIAL_IDS.map((id) => ({ value: id, label: id === 'custom' ? 'custom' : MATERIALS[id].label })),
    default: 'LaNi5',
  },
  { key: 'T', kind: 'number', label: 'Temperature', help: 'Temperature of the isotherm.', unit: 'K', min: 100, max: 1200, default: 298.15 },
  {
    key: 'model',
    kind: 'choice',
    label: 'Isotherm model',
    help: 'Lattice gas: Lacher mean-field model with the plateau from Maxwell’s equal-area rule. Engineering plateau: Sieverts α branch, sloping plateau, β branch.',
    choices: [
      { value: 'plateau', label: 'engineering plateau' },
      { value: 'lattice', label: 'lattice gas (Lacher)' },
    ],
    default: 'plateau',
  },
  {
    key: 'gas',
    kind: 'choice',
    label: 'Gas model',
    help: 'Equation of state that gives the H₂ fugacity: ideal gas, Abel–Noble (to about 200 MPa) or the Leachman 2009 reference equation (to 2 GPa and 1000 K).',
    choices: [
      { value: 'real', label: 'reference EOS (Leachman 2009)' },
      { value: 'abel-noble', label: 'Abel–Noble' },
      { value: 'ideal', label: 'ideal gas' },
    ],
    default: 'real',
  },
  { key: 'pMin', kind: 'number', label: 'Lowest pressure', help: 'Lower end of the logarithmic pressure axis.', unit: 'Pa', display: bar, min: 1e-3, max: 1e9, default: 100, log: true },
  { key: 'pMax', kind: 'number', label: 'Highest pressure', help: 'Upper end of the pressure axis; the capacity is read here. Above 2 GPa the reference equation is extrapolated; above the melting pressure of H₂ the run is refused.', unit: 'Pa', display: bar, min: 1, max: 5e9, default: 2e9, log: true },
  { key: 'dH', kind: 'number', label: 'ΔH (formation)', help: 'Plateau formation enthalpy per mol H₂ (desorption branch), negative.', unit: 'J/mol', display: { unit: 'kJ/mol', factor: 1e-3 }, min: -300000, max: -1000, default: -30800, visibleWhen: custom, group: 'custom material' },
  { key: 'dS', kind: 'number', label: 'ΔS (formation)', help: 'Plateau formation entropy per mol H₂ (desorption branch), negative.', unit: 'J/(mol K)', min: -400, max: -5, default: -108, visibleWhen: custom, group: 'custom material' },
  { key: 'hysteresis', kind: 'number', label: 'Hysteresis ln(p_abs/p_des)', help: 'Natural logarithm of the ratio of absorption to desorption plateau pressure.', unit: '', min: 0, max: 5, default: 0.15, visibleWhen: custom, group: 'custom material' },
  { key: 'maxHM', kind: 'number', label: 'Maximum H/M', help: 'Saturation composition (plateau model: limit of the β branch; lattice model: sites per metal atom).', unit: '', min: 0.05, max: 4, default: 1.2, visibleWhen: custom, group: 'custom material' },
  { key: 'molarMass', kind: 'number', label: 'Molar mass', help: 'Molar mass per formula unit of the hydrogen-free alloy.', unit: 'kg/mol', display: { unit: 'g/mol', factor: 1e3 }, min: 1e-3, max: 5, default: 0.43237, visibleWhen: custom, group: 'custom material' },
  { key: 'atomsPerFormula', kind: 'number', label: 'Metal atoms per formula unit', help: 'Metal atoms in one formula unit (LaNi₅: 6), for the mass% conversion.', unit: '', min: 1, max: 50, default: 6, visibleWhen: custom, group: 'custom material' },
  { key: 'density', kind: 'number', label: 'Alloy density', help: 'Density of the hydrogen-free alloy, for the volumetric capacity.', unit: 'kg/m^3', display: { unit: 'g/cm^3', factor: 1e-3 }, min: 500, max: 25000, default: 8300, visibleWhen: custom, group: 'custom material' },
  { key: 'criticalT', kind: 'number', label: 'Critical temperature', help: 'Lattice model: critical temperature T_c = E/(4R) above which there is no plateau.', unit: 'K', min: 20, max: 5000, default: 450, visibleWhen: (v) => custom(v) && v.model === 'lattice', group: 'custom material' },
  { key: 'alphaMax', kind: 'number', label: 'α-phase limit', help: 'Plateau model: H/M where the plateau starts.', unit: '', min: 1e-4, max: 3.9, default: 0.08, visibleWhen: (v) => custom(v) && v.model === 'plateau', group: 'custom material' },
  { key: 'betaMin', kind: 'number', label: 'β-phase onset', help: 'Plateau model: H/M where the plateau ends.', unit: '', min: 1e-3, max: 3.99, default: 0.9, visibleWhen: (v) => custom(v) && v.model === 'plateau', group: 'custom material' },
  { key: 'plateauSlope', kind: 'number', label: 'Plateau slope', help: 'Plateau model: d ln p / d(H/M) across the plateau.', unit: '', min: 0, max: 10, default: 0.15, visibleWhen: (v) => custom(v) && v.model === 'plateau', group: 'custom material' },
  { key: 'betaExponent', kind: 'number', label: 'β-branch exponent', help: 'Plateau model: n in x = x_max − (x_max − x_β)(f_β/f)^n; sets how much extra hydrogen GPa fugacities push in.', unit: '', min: 0.01, max: 2, default: 0.12, visibleWhen: (v) => custom(v) && v.model === 'plateau', group: 'custom material' },
  { key: 'pCharge', kind: 'number', label: 'Charge pressure', help: 'Pressure at which the store is charged (absorption branch).', unit: 'Pa', display: bar, min: 1e-3, max: 5e9, default: 1e6, log: true, group: 'capacity' },
  { key: 'TCharge', kind: 'number', label: 'Charge temperature', help: 'Temperature during charging.', unit: 'K', min: 100, max: 1200, default: 298.15, group: 'capacity' },
  { key: 'pDischarge', kind: 'number', label: 'Discharge pressure', help: 'Delivery pressure during discharge (desorption branch).', unit: 'Pa', display: bar, min: 1e-3, max: 5e9, default: 1e5, log: true, group: 'capacity' },
  { key: 'TDischarge', kind: 'number', label: 'Discharge temperature', help: 'Temperature during discharge.', unit: 'K', min: 100, max: 1200, default: 298.15, group: 'capacity' },
  {
    key: 'data',
    kind: 'text',
    label: 'Measured data (CSV)',
    help: 'Paste or load columns T, p, H/M (or mass%), abs|des; an optional header gives units, e.g. "T[degC],p[bar],wt%,dir". Temperature: K, °C (degC, C); pressure: Pa, hPa, kPa, MPa, GPa, bar, mbar, atm, torr, psi; composition: H/M, wt%, mass%. Leave empty for no fit.',
    maxLength: 500000,
    file: true,
    default: '',
  },
];

/** Rules spanning several fields. */
export const crossChecks: readonly CrossCheck<HydrogenParams>[] = [
  { field: 'pMax', message: 'pMax must be greater than pMin', holds: (v) => v.pMax > v.pMin },
  { field: 'pMax', message: 'pMax exceeds the melting pressure of H₂ at T (hydrogen would be solid)', holds: (v) => v.pMax <= meltingPressure(v.T) },
  { field: 'pCharge', message: 'pCharge exceeds the melting pressure of H₂ at TCharge', holds: (v) => v.pCharge <= meltingPressure(v.TCharge) },
  { field: 'pDischarge', message: 'pDischarge exceeds the melting pressure of H₂ at TDischarge', holds: (v) => v.pDischarge <= meltingPressure(v.TDischarge) },
  {
    field: 'betaMin',
    message: 'alphaMax < betaMin < maxHM is required (custom material, plateau model)',
    holds: (v) => v.material !== 'custom' || v.model !== 'plateau' || (v.alphaMax < v.betaMin && v.betaMin < v.maxHM),
  },
];
