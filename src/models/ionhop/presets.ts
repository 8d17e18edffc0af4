/**
 * Presets that place the lattice-gas model near measured electrolytes. Each cites the measured
 * conductivity σ, carrier density n and activation energy Eₐ, and picks a lattice and hop distance
 * for the framework; the occupancy c = n / (site density) and the attempt frequency ν₀ are then
 * computed, not typed in: for the non-interacting lattice gas the charge diffusivity is exactly
 * D_σ = D₀(1 − c) with D₀ = zΓa²/(2d), so σ = n q² D_σ/(k_B T) is met when
 * ν₀ = σ k_B T · 2d / (n q² z a² (1 − c) e^{−Eₐ/k_BT}). The needed ν₀ absorbs everything the model
 * leaves out (correlated and concerted hops, grain boundaries, the real site network).
 */
import type { Preset } from '../../core/model';
import { BOLTZMANN, BOLTZMANN_EV, ELEMENTARY_CHARGE } from '../../core/constants';
import type { IonhopParams } from './params';
import { buildLattice, type LatticeId } from './lattice';
import { ION_CHARGE } from './rates';

/** What a preset is placed on: the measured electrolyte and the chosen lattice (SI; Eₐ in eV). */
export interface PresetTarget {
  lattice: LatticeId;
  /** Hop distance, m. */
  a: number;
  /** Measured conductivity, S/m, at temperature T (K). */
  sigma: number;
  T: number;
  /** Mobile-ion density, m⁻³. */
  n: number;
  Ea: number;
  ion: 'Li' | 'Na' | 'Mg' | 'H';
  /** Cells per side of the supercell. */
  L: number;
}

/** Occupancy and ν₀ (Hz) that put the non-interacting lattice gas on the target's σ (formula above). */
export function placeOnTarget(t: PresetTarget): Partial<IonhopParams> {
  const lattice = buildLattice(t.lattice, 3);
  const occupancy = t.n / (lattice.siteDensity / t.a ** lattice.dim);
  const q = ION_CHARGE[t.ion] * ELEMENTARY_CHARGE;
  const chargeD = (t.sigma * BOLTZMANN * t.T) / (t.n * q * q);
  const hopRate = (chargeD * 2 * lattice.dim) / (lattice.z * t.a * t.a * (1 - occupancy));
  const nu0 = hopRate / Math.exp(-t.Ea / (BOLTZMANN_EV * t.T));
  return { lattice: t.lattice, L: t.L, a: t.a, occupancy, Ea: t.Ea, nu0, T: t.T, ion: t.ion };
}

/** The electrolytes the presets are placed on, with their sources. */
export const PRESET_TARGETS: readonly { id: string; label: string; source: string; target: PresetTarget }[] = [
  {
    id: 'lgps',
    label: 'LGPS-like: Li⁺ on the tetrahedral sites of a bcc sulfide framework',
    source:
      'Ea = 0.22 eV bulk (Kuhn et al., Energy Environ. Sci. 6, 3548 (2013)); σ(27 °C) = 1.2 S/m (Kamaya et al., Nat. Mater. 10, 682 (2011)); ' +
      'n = 2.08×10²⁸ m⁻³ (Z = 2, V ≈ 960 Å³); bcc-tet network with T–T hop 1.523 Å for 40 Å³ per S (Wang et al., Nat. Mater. 14, 1026 (2015), geometry computed); c and ν₀ computed to meet σ.',
    target: { lattice: 'bcc-tet', L: 12, a: 1.523e-10, sigma: 1.2, T: 300.15, n: 2.08e28, Ea: 0.22, ion: 'Li' },
  },
  {
    id: 'llzo',
    label: 'LLZO-like: Li⁺ in a garnet, approximated by a z = 4 (diamond) network',
    source:
      'σ = 0.03 S/m, Ea ≈ 0.3 eV (Murugan et al., Angew. Chem. Int. Ed. 46, 7778 (2007)); total Li density 2.57×10²⁸ m⁻³ (a ≈ 12.97 Å, Z = 8); ' +
      'assumed hop 2.4 Å on a diamond network (the tet–oct garnet network also has four-fold tet sites); c and ν₀ computed to meet σ.',
    target: { lattice: 'diamond', L: 8, a: 2.4e-10, sigma: 0.03, T: 298.15, n: 2.57e28, Ea: 0.3, ion: 'Li' },
  },
  {
    id: 'na3ps4',
    label: 'Na₃PS₄-like: Na⁺ on the tetrahedral sites of a bcc framework',
    source:
      'σ = 0.02 S/m (Hayashi et al., Nat. Commun. 3, 856 (2012)); n = 1.76×10²⁸ m⁻³ (a ≈ 6.99 Å, Z = 2); Ea = 0.28 eV assumed (reported 0.2–0.3 eV, unconfirmed); ' +
      'bcc-tet hop a_cell√2/4 = 2.47 Å; c and ν₀ computed to meet σ (ν₀ absorbs grain boundaries of the glass-ceramic).',
    target: { lattice: 'bcc-tet', L: 10, a: 2.471e-10, sigma: 0.02, T: 298.15, n: 1.76e28, Ea: 0.28, ion: 'Na' },
  },
  {
    id: 'lipon',
    label: 'LiPON-like: slow Li⁺ glass, simple cubic stand-in',
    source:
      'σ = 3.3×10⁻⁴ S/m (Yu et al. 1997, tabulated by A. Hayashi, E-IMR 2025); Ea ≈ 0.55 eV (Bates et al. 1992/93); ' +
      'Li density ≈ 3.8×10²⁸ m⁻³ estimated from Li2.9PO3.3N0.46 at ≈ 2.5 g/cm³; sc net with assumed 2.5 Å hops; c and ν₀ computed to meet σ (glass disorder not modelled).',
    target: { lattice: 'sc', L: 16, a: 2.5e-10, sigma: 3.3e-4, T: 298.15, n: 3.8e28, Ea: 0.55, ion: 'Li' },
  },
  {
    id: 'bzy20',
    label: 'BZY20-like: H⁺ in a hydrated perovskite at 500 °C',
    source:
      'σ ≈ 1 S/m at 450–600 °C, Ea ≈ 0.45 eV bulk, n ≤ 2.66×10²⁷ m⁻³ (Yamazaki et al. 2009; values unconfirmed); ' +
      'sc net with assumed 3.0 Å hops, T = 773 K; c and ν₀ computed to meet σ.',
    target: { lattice: 'sc', L: 16, a: 3.0e-10, sigma: 1, T: 773.15, n: 2.66e27, Ea: 0.45, ion: 'H' },
  },
];

/** Presets (SI values; Ea in eV). */
export const presets: readonly Preset<IonhopParams>[] = PRESET_TARGETS.map(({ id, label, source, target }) => ({
  id,
  label,
  source,
  values: placeOnTarget(target),
}));
