/**
 * Presets that place the lattice-gas model near measured electrolytes at room temperature.
 * Each takes the measured activation energy and carrier density (physics.md C.5), picks a lattice
 * and hop distance for the framework, and sets ν₀ so that the non-interacting lattice-gas value
 * σ = n q² D₀(1−c)/(k_BT) lands on the measured σ; the needed ν₀ absorbs everything the model
 * leaves out (correlated and concerted hops, grain boundaries, the real site network).
 */
import type { Preset } from '../../core/model';
import type { IonhopParams } from './params';

/** Presets (SI values; Ea in eV). */
export const PRESETS: readonly Preset<IonhopParams>[] = [
  {
    id: 'lgps',
    label: 'LGPS-like: Li⁺ on the tetrahedral sites of a bcc sulfide framework',
    source:
      'Ea = 0.22 eV bulk (Kuhn et al., Energy Environ. Sci. 6, 3548 (2013)); σ(27 °C) = 1.2 S/m (Kamaya et al., Nat. Mater. 10, 682 (2011)); ' +
      'bcc-tet network with T–T hop 1.523 Å for 40 Å³ per S (Wang et al., Nat. Mater. 14, 1026 (2015), geometry computed); c = 0.139 gives n = 2.08×10²⁸ m⁻³; ν₀ = 3.6 THz fitted to σ.',
    values: { lattice: 'bcc-tet', L: 12, a: 1.523e-10, occupancy: 0.1386, Ea: 0.22, nu0: 3.6e12, T: 298.15, ion: 'Li' },
  },
  {
    id: 'llzo',
    label: 'LLZO-like: Li⁺ in a garnet, approximated by a z = 4 (diamond) network',
    source:
      'σ = 0.03 S/m, Ea ≈ 0.3 eV (Murugan et al., Angew. Chem. Int. Ed. 46, 7778 (2007)); total Li density 2.57×10²⁸ m⁻³ (a ≈ 12.97 Å, Z = 8); ' +
      'assumed hop 2.4 Å on a diamond network (the tet–oct garnet network also has four-fold tet sites), c = 0.547; ν₀ = 1.27 THz fitted to σ.',
    values: { lattice: 'diamond', L: 8, a: 2.4e-10, occupancy: 0.547, Ea: 0.3, nu0: 1.27e12, T: 298.15, ion: 'Li' },
  },
  {
    id: 'na3ps4',
    label: 'Na₃PS₄-like: Na⁺ on the tetrahedral sites of a bcc framework',
    source:
      'σ = 0.02 S/m (Hayashi et al., Nat. Commun. 3, 856 (2012)); n = 1.76×10²⁸ m⁻³ (a ≈ 6.99 Å, Z = 2); Ea = 0.28 eV assumed (reported 0.2–0.3 eV, unconfirmed); ' +
      'bcc-tet hop a_cell√2/4 = 2.47 Å, c = 0.50; ν₀ = 0.48 THz fitted to σ (absorbs grain boundaries of the glass-ceramic).',
    values: { lattice: 'bcc-tet', L: 10, a: 2.471e-10, occupancy: 0.5009, Ea: 0.28, nu0: 4.85e11, T: 298.15, ion: 'Na' },
  },
  {
    id: 'lipon',
    label: 'LiPON-like: slow Li⁺ glass, simple cubic stand-in',
    source:
      'σ = 3.3×10⁻⁴ S/m (Yu et al. 1997, tabulated by A. Hayashi, E-IMR 2025); Ea ≈ 0.55 eV (Bates et al. 1992/93); ' +
      'Li density ≈ 3.8×10²⁸ m⁻³ estimated from Li2.9PO3.3N0.46 at ≈ 2.5 g/cm³; sc net with assumed 2.5 Å hops, c = 0.6; ν₀ = 1.1×10¹⁴ Hz fitted to σ (glass disorder not modelled).',
    values: { lattice: 'sc', L: 16, a: 2.5e-10, occupancy: 0.6, Ea: 0.55, nu0: 1.09e14, T: 298.15, ion: 'Li' },
  },
  {
    id: 'bzy20',
    label: 'BZY20-like: H⁺ in a hydrated perovskite at 500 °C',
    source:
      'σ ≈ 1 S/m at 450–600 °C, Ea ≈ 0.45 eV bulk, n ≤ 2.66×10²⁷ m⁻³ (Yamazaki et al. 2009; values unconfirmed); ' +
      'sc net with assumed 3.0 Å hops (c = 0.072), T = 773 K; ν₀ = 1.6 THz fitted to σ.',
    values: { lattice: 'sc', L: 16, a: 3.0e-10, occupancy: 0.0718, Ea: 0.45, nu0: 1.6e12, T: 773.15, ion: 'H' },
  },
];
