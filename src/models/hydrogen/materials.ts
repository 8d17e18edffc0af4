/**
 * Materials library for the PCT model: van 't Hoff plateau data (desorption, per mol H₂,
 * formation sign convention), hysteresis, plateau shape, molar mass, density and a
 * mean-field critical temperature for the lattice model, each with its source and status flag
 * ([C] confirmed, [L] literature quoted, [V] derived here, [U] uncertain) as in physics.md B.1.
 */
import type { PlateauParams } from './plateau';
import type { AlloyMass } from './capacity';

/** One library entry. */
export interface Material extends PlateauParams, AlloyMass {
  id: string;
  label: string;
  /** Lattice (Lacher) model: critical temperature, K. */
  criticalT: number;
  /** Lattice model: saturation H/M of the interstitial sites (θ = x / latticeSites). */
  latticeSites: number;
  /** Citation and status of the numbers. */
  source: string;
}

// Molar masses (IUPAC 2021 standard atomic weights), kg/mol
const La = 138.90547e-3;
const Ni = 58.6934e-3;
const Al = 26.9815385e-3;
const Fe = 55.845e-3;
const Ti = 47.867e-3;
const Cr = 51.9961e-3;
const Mn = 54.938044e-3;
const Mg = 24.305e-3;
const Pd = 106.42e-3;

/**
 * Mean-field T_c that gives a symmetric Lacher plateau of width Δθ = θβ − θα at temperature T:
 * m = Δθ solves m = tanh(m T_c/T), so T_c = T·artanh(m)/m ([V]).
 */
export function criticalTFromWidth(widthTheta: number, T: number): number {
  const m = Math.min(Math.max(widthTheta, 1e-6), 1 - 1e-12);
  return (T * Math.atanh(m)) / m;
}

type Shape = Omit<Material, 'criticalT' | 'latticeSites'> & { widthT: number; criticalT?: number; latticeSites?: number };

function entry(m: Shape): Material {
  const latticeSites = m.latticeSites ?? m.maxHM;
  const criticalT = m.criticalT ?? criticalTFromWidth((m.betaMin - m.alphaMax) / latticeSites, m.widthT);
  const out: Material & { widthT?: number } = { ...m, criticalT, latticeSites };
  delete out.widthT;
  return out;
}

/** The library, keyed by the `material` parameter value. */
export const MATERIALS: Record<string, Material> = {
  LaNi5: entry({
    id: 'LaNi5',
    label: 'LaNi₅',
    dH: -30800,
    dS: -108,
    hysteresis: 0.15,
    alphaMax: 0.08,
    betaMin: 0.92,
    maxHM: 1.53,
    slope: 0.15,
    betaExponent: 0.12,
    molarMass: La + 5 * Ni,
    atomsPerFormula: 6,
    density: 8300,
    widthT: 298.15,
    source:
      'ΔH = −30.8 kJ/mol H₂, ΔS = −108 J/(K mol H₂): Sandrock, J. Alloys Compd. 293–295, 877 (1999) [L]; hysteresis 0.15 (range 0.1–0.2) [U]; ' +
      'plateau limits H/M 0.08–0.92 and β exponent are illustrative [U]; maxHM 1.53 (LaNi₅H₉.₂ ≈ 2.1 mass% above 1 GPa, Sato et al., Molecules 28, 1256 (2023)) [U]; ' +
      'density 8.3 g/cm³ [L]; lattice T_c from the plateau width at 25 °C [V].',
  }),
  'LaNi4.7Al0.3': entry({
    id: 'LaNi4.7Al0.3',
    label: 'LaNi₄.₇Al₀.₃',
    dH: -34000,
    dS: -107,
    hysteresis: 0.1,
    alphaMax: 0.07,
    betaMin: 0.9,
    maxHM: 1.45,
    slope: 0.2,
    betaExponent: 0.12,
    molarMass: La + 4.7 * Ni + 0.3 * Al,
    atomsPerFormula: 6,
    density: 8000,
    widthT: 298.15,
    source:
      'ΔH ≈ −34 kJ/mol H₂, ΔS ≈ −107 J/(K mol H₂), plateau ≈ 0.4 atm at 25 °C: Sandrock (1999) [U, not re-checked]; Al lowers the plateau and raises |ΔH| ' +
      '("Thermodynamic and structural properties of LaNi5−yAly compounds and their related hydrides") [C]; shape, density 8.0 g/cm³ [U]; lattice T_c from width [V].',
  }),
  FeTi: entry({
    id: 'FeTi',
    label: 'FeTi',
    dH: -28100,
    dS: -106,
    hysteresis: 0.6,
    alphaMax: 0.02,
    betaMin: 0.85,
    maxHM: 1.0,
    slope: 0.3,
    betaExponent: 0.3,
    molarMass: Fe + Ti,
    atomsPerFormula: 2,
    density: 6500,
    widthT: 298.15,
    source:
      'ΔH = −28.1 kJ/mol H₂, ΔS ≈ −106 J/(K mol H₂), TiFeH₁.₉₅ (H/M 0.975): Sandrock (1999) [L]; hysteresis ln(p_a/p_d) ≈ 0.6 [U]; ' +
      'the second plateau (TiFeH → TiFeH₂) is merged into one; density 6.5 g/cm³ [L]; lattice T_c from width [V].',
  }),
  Mg: entry({
    id: 'Mg',
    label: 'Mg / MgH₂',
    dH: -74500,
    dS: -135,
    hysteresis: 0.2,
    alphaMax: 0.02,
    betaMin: 1.96,
    maxHM: 2.0,
    slope: 0.05,
    betaExponent: 0.5,
    molarMass: Mg,
    atomsPerFormula: 1,
    density: 1738,
    widthT: 573.15,
    source:
      'ΔH = −74.5 kJ/mol H₂, ΔS ≈ −135 J/(K mol H₂): Sandrock (1999) / Stampfer et al., JACS 82, 3504 (1960) [L]; MgH₂ = 7.66 mass% [V]; ' +
      'hysteresis 0.2 and plateau limits [U]; density 1.738 g/cm³ [L]; lattice T_c from the plateau width at 300 °C [V].',
  }),
  PdH: entry({
    id: 'PdH',
    label: 'Pd–H',
    dH: -39000,
    dS: -92.5,
    hysteresis: Math.log(2),
    alphaMax: 0.017,
    betaMin: 0.6,
    maxHM: 1.0,
    slope: 0.1,
    betaExponent: 0.05,
    molarMass: Pd,
    atomsPerFormula: 1,
    density: 12023,
    widthT: 298.15,
    criticalT: 566,
    latticeSites: 0.59,
    source:
      'ΔH ≈ −39 kJ/mol H₂, ΔS ≈ −92.5 J/(K mol H₂) (desorption): Flanagan & Oates, Annu. Rev. Mater. Sci. 21, 269 (1991) [L/U]; absorption ≈ 2× desorption ' +
      '(hysteresis ln 2) [U]; α_max 0.017, β_min 0.60 at 25 °C and T_c = 566 K (x_c = 0.29): San-Martin & Manchester assessment [C]; ' +
      'lattice sites 0.59 H/Pd after Lacher (1937) [U]; density 12.02 g/cm³ [L].',
  }),
  TiCrMn: entry({
    id: 'TiCrMn',
    label: 'Ti₁.₁CrMn',
    dH: -22000,
    dS: -113,
    hysteresis: 0.3,
    alphaMax: 0.05,
    betaMin: 0.85,
    maxHM: 1.1,
    slope: 0.4,
    betaExponent: 0.3,
    molarMass: 1.1 * Ti + Cr + Mn,
    atomsPerFormula: 3.1,
    density: 6200,
    widthT: 296,
    source:
      'Ti₁.₁CrMn, ΔH = −22 kJ/mol H₂, p_d = 11 MPa at 296 K, 1.8 mass% effective between 33 and 0.1 MPa: Kojima et al., J. Alloys Compd. 419, 256 (2006) [C, abstract]; ' +
      'ΔS = −113 J/(K mol H₂) derived from ΔH and p_d [V]; hysteresis, shape and density 6.2 g/cm³ [U]; lattice T_c from width [V].',
  }),
};

/** Library ids in display order, then 'custom'. */
export const MATERIAL_IDS = ['LaNi5', 'LaNi4.7Al0.3', 'FeTi', 'Mg', 'PdH', 'TiCrMn', 'custom'] as const;
