/**
 * Presets of the hydrogen-storage model: library materials at typical conditions, each citing the
 * source of its material data.
 */
import type { Preset } from '../../core/model';
import { MATERIALS } from './materials';
import type { HydrogenParams } from './params';

/** Presets in menu order. */
export const presets: readonly Preset<HydrogenParams>[] = [
  { id: 'lani5', label: 'LaNi₅ at 25 °C up to 2 GPa', source: MATERIALS.LaNi5.source, values: { material: 'LaNi5', T: 298.15, pMax: 2e9 } },
  { id: 'lani5al', label: 'LaNi₄.₇Al₀.₃ at 25 °C', source: MATERIALS['LaNi4.7Al0.3'].source, values: { material: 'LaNi4.7Al0.3', T: 298.15, pMax: 1e7 } },
  { id: 'feti', label: 'FeTi at 25 °C, two plateaus (TiFeH, TiFeH₂)', source: MATERIALS.FeTi.source, values: { material: 'FeTi', T: 298.15, pMax: 1e7 } },
  {
    id: 'lani5-gpa',
    label: 'LaNi₅ with a GPa plateau (fitted to Sato et al. 2023), 25 °C up to 2 GPa',
    source: MATERIALS['LaNi5-GPa'].source,
    values: { material: 'LaNi5-GPa', T: 298.15, pMax: 2e9 },
  },
  {
    id: 'mg',
    label: 'Mg/MgH₂ at 300 °C',
    source: MATERIALS.Mg.source,
    values: { material: 'Mg', T: 573.15, pMax: 1e7, pCharge: 2e6, TCharge: 573.15, pDischarge: 1e5, TDischarge: 623.15 },
  },
  { id: 'pdh-lattice', label: 'Pd–H lattice gas at 25 °C (T_c = 566 K)', source: MATERIALS.PdH.source, values: { material: 'PdH', model: 'lattice', T: 298.15, pMin: 1, pMax: 1e7 } },
  {
    id: 'ticrmn',
    label: 'Ti₁.₁CrMn hybrid-tank alloy, 33 → 0.1 MPa at 296 K',
    source: MATERIALS.TiCrMn.source,
    values: { material: 'TiCrMn', T: 296, pMax: 1e8, pCharge: 3.3e7, TCharge: 296, pDischarge: 1e5, TDischarge: 296 },
  },
];
