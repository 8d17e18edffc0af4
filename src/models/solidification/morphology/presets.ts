/**
 * Presets of the 2-D morphology run: the two E-IMR Si0.8Ge0.2 furnace runs (as in the 1-D
 * model) and a planar front (pulled slowly under the steeper gradient, G ≈ 2.2·G_crit).
 */
import type { Preset } from '../../../core/model';
import { presets as alloyPresets } from '../presets';
import type { MorphologyParams } from './params';

const eimr = alloyPresets.filter((p) => p.id.startsWith('sige-eimr'));

/** Presets with their sources (values in SI). */
export const morphologyPresets: readonly Preset<MorphologyParams>[] = [
  ...eimr.map((p) => ({ id: p.id, label: p.label, source: p.source, values: { phaseDiagram: 'SiGe', x0: 0.2, G: p.values.G, drive: 'cooling', R: p.values.R } })),
  {
    id: 'planar',
    label: 'Si₀.₈Ge₀.₂, G = 13.9 K/mm, pulled at 0.5 µm/s (planar)',
    source: 'Below the constitutional-supercooling limit: G/G_crit ≈ 2.2 with D = 1e-8 m²/s, so the perturbed front flattens.',
    values: { phaseDiagram: 'SiGe', x0: 0.2, G: 13900, drive: 'pulling', V: 5e-7 },
  },
];
