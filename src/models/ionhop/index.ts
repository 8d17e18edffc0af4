/**
 * Ion hopping in solid electrolytes by kinetic Monte Carlo (model id `ionhop`). Li⁺, Na⁺, Mg²⁺ or
 * H⁺ ions hop between nearest-neighbour sites of a periodic lattice with site exclusion, Arrhenius
 * rates Γ = ν₀exp(−E_a/k_BT) per direction, optional site-energy disorder, neighbour repulsion,
 * blocked sites and an electric field. Outputs tracer and charge diffusion coefficients, the Haven
 * ratio, correlation factor and conductivity (Nernst–Einstein and from drift), with error bars from
 * windows pooled over replicas. The public index: the model definition (default export) and what
 * the views need.
 */
import { defineModel } from '../../core/model';
import { crossChecks, paramSpecs, type IonhopParams } from './params';
import { presets } from './presets';
import { run } from './run';

export type { IonhopParams } from './params';
export { arrheniusPrefactor, arrheniusSigmaT, arrheniusSweep, fitArrhenius, sweepSeed, sweepTemperatures, type SweepPoint, type ArrheniusFit } from './sweep';
export { ELECTROLYTES, type Electrolyte } from './electrolytes';
export { DISPLAY_UNITS } from './outputUnits';
export { HAVEN_SIGMAS, havenReason, type HavenCause, type HavenReason } from './why';

const model = defineModel<IonhopParams>({
  id: 'ionhop',
  title: 'Ion hopping in solid electrolytes (kinetic Monte Carlo)',
  params: paramSpecs,
  crossChecks,
  presets,
  run,
});

export default model;
