/**
 * Materials library for the PCT model: van 't Hoff plateau data (desorption, per mol H₂,
 * formation sign convention), hysteresis, plateau shape, molar mass, density and a
 * mean-field critical temperature for the lattice model, each with its source and status flag
 * ([C] confirmed, [L] literature quoted, [V] derived here, [U] uncertain) as in docs/physics-notes.md B.1.
 */
import type { MultiPlateauParams } from './plateau';
import { GAS_CONSTANT } from '../../core/constants';
import type { AlloyMass } from './capacity';
import type { HydrideParams } from './equilibrium';
import type { HydrogenParams } from './params';
import { InvalidParamsError } from '../../core/model';

/** Where a plateau's numbers come from: measured (quoted from a source) or fitted here to reproduce a published statement. */
export interface PlateauOrigin {
  kind: 'measured' | 'fitted';
  /** What was measured or which statement the numbers were fitted to (English). */
  note: string;
}

/**
 * What the material's source measured, checked by the tests in both isotherm models: a plateau at
 * every temperature from tMin to tMax (K), and the capacity (mass%) on absorption at pCharge (Pa)
 * and T (K) — or, when pDischarge (Pa) is given, the effective capacity charged at pCharge and
 * discharged at pDischarge, both at T.
 */
export interface SourceCheck {
  tMin: number;
  tMax: number;
  T: number;
  pCharge: number;
  pDischarge?: number;
  massPercent: number;
  /** Where these numbers come from. */
  note: string;
}

/** One library entry. */
export interface Material extends MultiPlateauParams, AlloyMass {
  id: string;
  label: string;
  /** Lattice (Lacher) model: critical temperature, K (of the first plateau). */
  criticalT: number;
  /** Lattice model: saturation H/M of the interstitial sites of the first plateau (θ = x / latticeSites). */
  latticeSites: number;
  /** Origin of each plateau's numbers, one per plateau. */
  plateauOrigins: readonly PlateauOrigin[];
  /** The source's temperature range and capacity, which both models must reproduce (tested). */
  check: SourceCheck;
  /** Citation and status of the numbers. */
  source: string;
}

const MEASURED_FIRST: PlateauOrigin = { kind: 'measured', note: 'ΔH, ΔS from the cited source; plateau limits, slope and hysteresis as flagged there' };

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

/**
 * LaNi₅'s second, GPa plateau: FITTED here (not measured) to the statement of Sato et al.,
 * Molecules 28, 1256 (2023), that LaNi₅ holds 1.4 mass% below 1 GPa and ≈ 2.1 mass% above it at
 * room temperature. Absorption plateau at 1 GPa, 298.15 K (Leachman fugacity ln(f/p°) = LNF_1GPA);
 * ΔS₂ = −S°(H₂, 298.15 K) (the gas loses its entropy; the usual estimate) and h₂ = h₁ assumed,
 * ΔH₂ solved from them (≈ −2.5 kJ/mol H₂).
 */
const LNF_1GPA = 14.864098590;
/** −S°(H₂ gas, 298.15 K, 1 bar), J mol⁻¹ K⁻¹ (CODATA key values: 130.680). */
const S_H2 = -130.68;
const LANI5_GPA = {
  plateau: { dH: GAS_CONSTANT * 298.15 * (LNF_1GPA - 0.15) + 298.15 * S_H2, dS: S_H2, hysteresis: 0.15, start: 1.1, end: 1.5, slope: 0, latticeSites: 0.52 },
  maxHM: 1.6,
  betaExponent: 0.12,
};

function entry(m: Shape): Material {
  const latticeSites = m.latticeSites ?? m.maxHM;
  const criticalT = m.criticalT ?? criticalTFromWidth((m.betaMin - m.alphaMax) / latticeSites, m.widthT);
  // further plateaus with lattice sites get their sublattice's T_c from their width too
  const extraPlateaus = m.extraPlateaus?.map((s) =>
    s.latticeSites === undefined || s.criticalT !== undefined ? s : { ...s, criticalT: criticalTFromWidth((s.end - s.start) / s.latticeSites, m.widthT) },
  );
  const out: Material & { widthT?: number } = { ...m, criticalT, latticeSites, ...(extraPlateaus ? { extraPlateaus } : {}) };
  delete out.widthT;
  return out;
}

const LANI5_SOURCE =
  'ΔH = −30.8 kJ/mol H₂, ΔS = −108 J/(K mol H₂): Sandrock, J. Alloys Compd. 293–295, 877 (1999) [L]; hysteresis 0.15 (range 0.1–0.2) [U]; ' +
  'plateau limits H/M 0.08–0.92 and β exponent are illustrative [U]; LaNi₅H₆ = 1.38 mass% (quoted by Sato et al., Molecules 28, 1256 (2023)) [C]; ' +
  'plateaus measured from 0 °C (J. Alloys Compd. 2013, isotherms 273–333 K) to 84 °C (Ono, Nomura, Akiba & Uruno, two plateaux above 80 °C, in-situ XRD at 84 °C) [C, abstracts]; ' +
  'density 8.3 g/cm³ [L]; lattice model: 1.08 sites per metal atom (LaNi₅H₆.₅) and T_c from the plateau width at 25 °C [V].';

/** LaNi₅ plateau 1 and alloy data, shared by the ambient and the GPa entries. */
const LANI5_BASE = {
  dH: -30800,
  dS: -108,
  hysteresis: 0.15,
  alphaMax: 0.08,
  betaMin: 0.92,
  slope: 0.15,
  betaExponent: 0.12,
  molarMass: La + 5 * Ni,
  atomsPerFormula: 6,
  density: 8300,
  widthT: 298.15,
  latticeSites: 1.08,
};

const LANI5_CHECK: SourceCheck = {
  tMin: 273.15,
  tMax: 357.15,
  T: 298.15,
  pCharge: 1e6,
  massPercent: 1.38,
  note: 'plateaus measured 0–84 °C; LaNi₅H₆ (1.38 mass%) at 10 bar, 25 °C',
};

/** The library, keyed by the `material` parameter value. */
export const MATERIALS: Record<string, Material> = {
  LaNi5: entry({
    id: 'LaNi5',
    label: 'LaNi₅',
    ...LANI5_BASE,
    maxHM: 1.53,
    plateauOrigins: [MEASURED_FIRST],
    check: LANI5_CHECK,
    source: LANI5_SOURCE + ' maxHM 1.53 (LaNi₅H₉.₂ ≈ 2.1 mass% above 1 GPa, Sato et al. 2023) lets the β branch rise smoothly at GPa pressures [U].',
  }),
  'LaNi5-GPa': entry({
    id: 'LaNi5-GPa',
    label: 'LaNi₅ with a GPa plateau (fitted)',
    ...LANI5_BASE,
    maxHM: LANI5_GPA.maxHM,
    betaExponent: LANI5_GPA.betaExponent,
    extraPlateaus: [LANI5_GPA.plateau],
    plateauOrigins: [
      MEASURED_FIRST,
      {
        kind: 'fitted',
        note:
          'FITTED here to the statement of Sato et al., Molecules 28, 1256 (2023): 1.4 mass% below 1 GPa rising to ≈ 2.1 mass% above it (absorption, room temperature). ' +
          'Absorption plateau put at 1 GPa at 298.15 K (real gas); ΔS₂ = −130.7 J/(K mol H₂) (−S° of H₂ gas) assumed and ΔH₂ ≈ −2.5 kJ/mol H₂ solved from it; hysteresis assumed as plateau 1; ' +
          'limits 1.10–1.50 H/M, maxHM 1.6 and exponent chosen to give 1.4 mass% at 10 MPa and 2.1 mass% at 1.5 GPa. None of these numbers is measured.',
      },
    ],
    check: { ...LANI5_CHECK, tMax: 298.15, note: LANI5_CHECK.note + '; the GPa plateau is known at room temperature only' },
    source: LANI5_SOURCE + ' Second plateau: fitted to the statement of Sato et al. 2023 (see the plateau list) [fitted, not measured]; lattice model: a second sublattice of 0.52 sites per metal atom for it [fitted].',
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
    latticeSites: 1.05,
    plateauOrigins: [MEASURED_FIRST],
    check: { tMin: 298.15, tMax: 353.15, T: 298.15, pCharge: 1e6, massPercent: 1.41, note: 'LaNi₄.₇Al₀.₃H₆ = 1.41 mass% [V]; temperature range assumed like LaNi₅ (20–80 °C) [U]' },
    source:
      'ΔH ≈ −34 kJ/mol H₂, ΔS ≈ −107 J/(K mol H₂), plateau ≈ 0.4 atm at 25 °C: Sandrock (1999) [U, not re-checked]; Al lowers the plateau and raises |ΔH| ' +
      '("Thermodynamic and structural properties of LaNi5−yAly compounds and their related hydrides") [C]; capacity ≈ LaNi₄.₇Al₀.₃H₆ = 1.41 mass% [V]; ' +
      'shape, density 8.0 g/cm³ [U]; lattice model: 1.05 sites per metal atom, T_c from the width [V].',
  }),
  FeTi: entry({
    id: 'FeTi',
    label: 'FeTi',
    dH: -28100,
    dS: -106,
    hysteresis: 0.6,
    alphaMax: 0.02,
    betaMin: 0.47,
    maxHM: 1.0,
    slope: 0.3,
    betaExponent: 0.3,
    extraPlateaus: [{ dH: -33300, dS: -134.3, hysteresis: 0.6, start: 0.52, end: 0.9, slope: 0.3, latticeSites: 0.48 }],
    molarMass: Fe + Ti,
    atomsPerFormula: 2,
    density: 6500,
    widthT: 298.15,
    latticeSites: 0.52,
    plateauOrigins: [
      { kind: 'measured', note: 'TiFe + H₂ → TiFeH₁.₀₄ (β): ΔH = −28.1 kJ/mol H₂, ΔS ≈ −106 J/(K mol H₂), Sandrock (1999) [L]' },
      {
        kind: 'measured',
        note:
          'TiFeH₁.₀₄ → TiFeH₁.₉₅ (γ), Reilly & Wiswall, Inorg. Chem. 13, 218 (1974) [L]: ΔH₂ − ΔH₁ = −5.2 kJ/mol H₂ and ΔS₂ − ΔS₁ = −28 J/(K mol H₂) from the van \'t Hoff lines of ' +
          'calorimetric isotherms at 274–344 K ("Heats of absorption and desorption of FeTi in equilibrium with hydrogen", abstract) [U]',
      },
    ],
    check: { tMin: 274, tMax: 344, T: 298.15, pCharge: 1e6, massPercent: 1.0, note: 'isotherms 274–344 K; at 10 bar, 25 °C the γ plateau is not reached: β = TiFeH₁.₀₄ (1.0 mass%) [V]' },
    source:
      'Two plateaus: TiFeH₁.₀₄ (β) then TiFeH₁.₉₅ (γ, H/M 0.975), Reilly & Wiswall, Inorg. Chem. 13, 218 (1974) [L]; plateau 1 ΔH = −28.1 kJ/mol H₂, ΔS ≈ −106 J/(K mol H₂): Sandrock (1999) [L]; ' +
      'plateau 2 from the offsets of calorimetric isotherms at 274–344 K [U]; hysteresis ln(p_a/p_d) ≈ 0.6 for both [U]; density 6.5 g/cm³ [L]; ' +
      'lattice model: two Lacher sublattices, 0.52 and 0.48 sites per metal atom, each T_c from its plateau width [V].',
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
    plateauOrigins: [MEASURED_FIRST],
    check: { tMin: 573.15, tMax: 673.15, T: 573.15, pCharge: 1e6, massPercent: 7.66, note: 'MgH₂ = 7.66 mass% [V] at 10 bar, 300 °C; operating range 300–400 °C [U]' },
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
    betaExponent: 0.03,
    molarMass: Pd,
    atomsPerFormula: 1,
    density: 12023,
    widthT: 298.15,
    criticalT: 566,
    latticeSites: 0.59,
    plateauOrigins: [MEASURED_FIRST],
    check: { tMin: 273.15, tMax: 523.15, T: 298.15, pCharge: 1e6, massPercent: 0.6, note: 'H/Pd ≈ 0.6–0.7 near 1–10 bar at 25 °C (0.57–0.66 mass%), checked at the midpoint; two-phase region up to T_c = 566 K [C]' },
    source:
      'ΔH ≈ −39 kJ/mol H₂, ΔS ≈ −92.5 J/(K mol H₂) (desorption): Flanagan & Oates, Annu. Rev. Mater. Sci. 21, 269 (1991) [L/U]; absorption ≈ 2× desorption ' +
      '(hysteresis ln 2) [U]; α_max 0.017, β_min 0.60 at 25 °C and T_c = 566 K (x_c = 0.29): San-Martin & Manchester assessment [C]; ' +
      'lattice sites 0.59 H/Pd after Lacher (1937) [U]; β exponent 0.03 gives H/Pd ≈ 0.67 at 10 bar [U]; density 12.02 g/cm³ [L].',
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
    latticeSites: 1.0,
    plateauOrigins: [MEASURED_FIRST],
    check: {
      tMin: 233,
      tMax: 296,
      T: 296,
      pCharge: 3.3e7,
      pDischarge: 1e5,
      massPercent: 1.8,
      note: 'measured at 233 and 296 K; 1.8 mass% effective between 33 and 0.1 MPa at 296 K (the source gives no 10-bar capacity: 10 bar is below its 11 MPa plateau)',
    },
    source:
      'Ti₁.₁CrMn, ΔH = −22 kJ/mol H₂, p_d = 11 MPa at 296 K, 1.8 mass% effective between 33 and 0.1 MPa, measured at 233 and 296 K: Kojima et al., J. Alloys Compd. 419, 256 (2006) [C, abstract]; ' +
      'ΔS = −113 J/(K mol H₂) derived from ΔH and p_d [V]; hysteresis, shape and density 6.2 g/cm³ [U]; lattice model: 1.0 sites per metal atom, T_c from the width [V].',
  }),
};

/** Library ids in display order, then 'custom'. */
export const MATERIAL_IDS = ['LaNi5', 'LaNi5-GPa', 'LaNi4.7Al0.3', 'FeTi', 'Mg', 'PdH', 'TiCrMn', 'custom'] as const;

/** Resolved material: isotherm parameters and the alloy data for capacities. */
export function resolveMaterial(p: HydrogenParams): HydrideParams & MultiPlateauParams & AlloyMass {
  if (p.material !== 'custom') {
    const m: Material | undefined = MATERIALS[p.material];
    if (!m) throw new InvalidParamsError('material', `material: unknown material "${p.material}"`);
    return { ...m };
  }
  return {
    dH: p.dH,
    dS: p.dS,
    hysteresis: p.hysteresis,
    alphaMax: p.alphaMax,
    betaMin: p.betaMin,
    maxHM: p.maxHM,
    slope: p.plateauSlope,
    betaExponent: p.betaExponent,
    criticalT: p.criticalT,
    latticeSites: p.maxHM,
    molarMass: p.molarMass,
    atomsPerFormula: p.atomsPerFormula,
    density: p.density,
  };
}
