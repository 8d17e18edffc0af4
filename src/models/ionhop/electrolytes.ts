/**
 * Measured room-temperature conductivities of solid electrolytes, for the Arrhenius plot
 * (physics.md C.5 and Table C-seed). Plain data: σ at about 25 °C in S/m, activation energy in eV
 * where one is quoted, total mobile-ion density in m⁻³ where estimated, and the source with the
 * status flag of physics.md ([C] confirmed, [L] literature value, [U] uncertain).
 */

/** One measured electrolyte. */
export interface Electrolyte {
  name: string;
  ion: 'Li' | 'Na' | 'H' | 'Mg';
  /** Conductivity near 25 °C, S/m (null when only a high-temperature value is known). */
  sigma25: number | null;
  /** Activation energy, eV (null if not quoted). */
  Ea_eV: number | null;
  /** Mobile-ion number density, m⁻³ (null if not estimated). */
  carrierDensity: number | null;
  /** Structural class. */
  kind: string;
  source: string;
}

/** The reference electrolytes (S/cm values of the sources × 100; cm⁻³ × 10⁶). */
export const ELECTROLYTES: readonly Electrolyte[] = [
  { name: 'Li10GeP2S12 (LGPS)', ion: 'Li', sigma25: 1.2, Ea_eV: 0.22, carrierDensity: 2.08e28, kind: 'crystal (LGPS)', source: 'Kamaya et al., Nat. Mater. 10, 682 (2011) [L]; Ea bulk: Kuhn et al., Energy Environ. Sci. 6, 3548 (2013) [C]' },
  { name: 'Li9.54Si1.74P1.44S11.7Cl0.3', ion: 'Li', sigma25: 2.5, Ea_eV: null, carrierDensity: 2e28, kind: 'crystal (LGPS)', source: 'Kato et al., Nat. Energy 1, 16030 (2016) [L]; n [U]' },
  { name: 'Li9.54[Si0.6Ge0.4]1.74P1.44S11.1Br0.3O0.6', ion: 'Li', sigma25: 3.2, Ea_eV: null, carrierDensity: null, kind: 'crystal (LGPS)', source: 'Hori, Kanno (2023), tabulated by A. Hayashi, E-IMR 2025 proceedings [C]' },
  { name: 'Li3.25Ge0.25P0.75S4', ion: 'Li', sigma25: 0.22, Ea_eV: null, carrierDensity: null, kind: 'crystal (LGPS)', source: 'Kanno (2001), tabulated by A. Hayashi, E-IMR 2025 [C]' },
  { name: 'Li6PS5Cl (argyrodite)', ion: 'Li', sigma25: 0.13, Ea_eV: null, carrierDensity: 2.51e28, kind: 'crystal (argyrodite)', source: 'Boulineau (2012), tabulated by A. Hayashi, E-IMR 2025 [C]; Ea ~0.3–0.4 eV [U]' },
  { name: 'Li7P3S11', ion: 'Li', sigma25: 1.7, Ea_eV: 0.18, carrierDensity: 2e28, kind: 'glass-ceramic', source: 'Seino et al., Energy Environ. Sci. 7, 627 (2014) [C]; n [U]' },
  { name: '63Li2S·27P2S5·10LiBr', ion: 'Li', sigma25: 0.84, Ea_eV: null, carrierDensity: null, kind: 'glass-ceramic', source: 'Ujiie, Hayashi (2014), tabulated in E-IMR 2025 [C]' },
  { name: 'Li3PS4 (α-LPS)', ion: 'Li', sigma25: 0.13, Ea_eV: null, carrierDensity: null, kind: 'glass-ceramic', source: 'Kimura, Hayashi (2023), tabulated in E-IMR 2025 [C]' },
  { name: 'Li3PS4 glass (75Li2S·25P2S5)', ion: 'Li', sigma25: 0.011, Ea_eV: null, carrierDensity: null, kind: 'glass', source: 'Hayashi (2001), tabulated in E-IMR 2025 [C]; Ea ~0.35–0.4 eV [U]' },
  { name: 'La0.51Li0.34TiO2.94 (LLTO)', ion: 'Li', sigma25: 0.14, Ea_eV: null, carrierDensity: null, kind: 'crystal (perovskite)', source: 'Inaguma, Itoh (1994), tabulated in E-IMR 2025 [C]' },
  { name: 'Li1.3Al0.3Ti1.7(PO4)3 (LATP)', ion: 'Li', sigma25: 0.07, Ea_eV: null, carrierDensity: 6.0e27, kind: 'crystal (NASICON)', source: 'Aono et al., J. Electrochem. Soc. 137, 1023 (1990) [L]; Ea ~0.3–0.4 eV [U]' },
  { name: 'Li7La3Zr2O12 (LLZO, cubic)', ion: 'Li', sigma25: 0.03, Ea_eV: 0.3, carrierDensity: 2.57e28, kind: 'crystal (garnet)', source: 'Murugan et al., Angew. Chem. Int. Ed. 46, 7778 (2007) [L]; mobile n_c = 3.17e27 m⁻³: Ahmad, RSC Adv. 2015 [C]' },
  { name: '90Li3BO3·10Li2SO4', ion: 'Li', sigma25: 1e-3, Ea_eV: null, carrierDensity: null, kind: 'glass-ceramic', source: 'Tatsumisago (2014), tabulated in E-IMR 2025 [C]' },
  { name: 'LiPON (Li2.9PO3.3N0.46)', ion: 'Li', sigma25: 3.3e-4, Ea_eV: 0.55, carrierDensity: null, kind: 'glass (thin film)', source: 'Yu et al. (1997), tabulated in E-IMR 2025 [C]; Ea: Bates et al. (1992/93) [L]' },
  { name: 'Na3PS4 (cubic glass-ceramic)', ion: 'Na', sigma25: 0.02, Ea_eV: null, carrierDensity: 1.76e28, kind: 'glass-ceramic', source: 'Hayashi et al., Nat. Commun. 3, 856 (2012) [C]; Ea ~0.2–0.3 eV [U]' },
  { name: 'Na3SbS4 (tetragonal)', ion: 'Na', sigma25: 0.3, Ea_eV: null, carrierDensity: 1.61e28, kind: 'crystal', source: 'Wang et al., Adv. Sci. 3, 1600089 (2016) [C]; Ea ~0.2 eV [U]' },
  { name: 'Na2.88Sb0.88W0.12S4', ion: 'Na', sigma25: 3.2, Ea_eV: null, carrierDensity: 1.5e28, kind: 'crystal (sintered)', source: 'Hayashi et al., Nat. Commun. 10, 5266 (2019) [C]; n [U]' },
  { name: 'Na11Sn2PS12', ion: 'Na', sigma25: 0.14, Ea_eV: 0.25, carrierDensity: null, kind: 'crystal', source: 'Zhang et al. (Nazar group), Energy Environ. Sci. 2018 [C]' },
  { name: 'Na3Zr2Si2PO12 (NASICON)', ion: 'Na', sigma25: 0.1, Ea_eV: 0.3, carrierDensity: 1.10e28, kind: 'crystal (NASICON)', source: 'Hong; Goodenough et al. (1976) [L]' },
  { name: 'BaZr0.8Y0.2O3 (BZY20), bulk H⁺', ion: 'H', sigma25: null, Ea_eV: 0.45, carrierDensity: 2.66e27, kind: 'proton-conducting perovskite (~1 S/m at 450–600 °C)', source: 'Yamazaki et al. (2009) [U]' },
];
