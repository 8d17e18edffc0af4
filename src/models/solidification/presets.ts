/**
 * Presets of the solidification model: the Si0.8Ge0.2 furnace runs of the E-IMR in-situ
 * observation, pure Si, and the linearised teaching set, each with its source.
 */
import type { Preset } from '../../core/model';
import type { SolidificationParams } from './params';

const E_IMR =
  'In-situ observation of Si0.8Ge0.2 melt growth, Tohoku University IMR (Fujiwara group), 2025 E-IMR workshop; ' +
  'related: Yang et al., Appl. Phys. Lett. 100, 141601 (2012); Mokhtari et al., J. Appl. Phys. 124, 085104 (2018). ' +
  'G and R from the experiment; melt length 20 mm, D = 1e-8 m²/s and Γ = 1.4e-7 K·m are sandbox assumptions.';

/** Presets with their sources (values in SI). */
export const presets: readonly Preset<SolidificationParams>[] = [
  {
    id: 'sige-eimr-7.7',
    label: 'Si₀.₈Ge₀.₂, G = 7.7 K/mm, 5 K/min (E-IMR)',
    source: E_IMR,
    values: { phaseDiagram: 'SiGe', x0: 0.2, G: 7700, drive: 'cooling', R: 5 / 60, meltLength: 0.02 },
  },
  {
    id: 'sige-eimr-13.9',
    label: 'Si₀.₈Ge₀.₂, G = 13.9 K/mm, 5 K/min (E-IMR)',
    source: E_IMR,
    values: { phaseDiagram: 'SiGe', x0: 0.2, G: 13900, drive: 'cooling', R: 5 / 60, meltLength: 0.02 },
  },
  {
    id: 'pure-si',
    label: 'Pure Si, G = 7.7 K/mm, 5 K/min',
    source: 'Pure silicon (x0 = 0): no solute, so no constitutional supercooling and a planar front at any speed; same furnace as the E-IMR runs.',
    values: { phaseDiagram: 'SiGe', x0: 0, G: 7700, drive: 'cooling', R: 5 / 60, meltLength: 0.02 },
  },
  {
    id: 'teaching-linear',
    label: 'Linearised teaching set (C₀ = 0.2, k = 0.3)',
    source:
      'Reference linearised set for teaching (docs/references.md): C0 = 0.20, k = 0.30, m = −350 K per mole fraction, ' +
      'D = 1e-8 m²/s, Γ = 1.4e-7 K·m; furnace as in the E-IMR runs. ΔT0 = 163 K against 125 K on the real Si–Ge diagram.',
    values: { phaseDiagram: 'dilute', k: 0.3, m: -350, Tm: 1687, x0: 0.2, D: 1e-8, gamma: 1.4e-7, G: 7700, drive: 'cooling', R: 5 / 60 },
  },
];
