/**
 * Pressure–composition–temperature (PCT) isotherms for hydrogen-storage materials (model id
 * `hydrogen`): lattice-gas (Lacher) or engineering plateau isotherms, equilibrium set by the H₂
 * fugacity from an ideal, Abel–Noble or Leachman (2009) gas, capacities in H/M, mass% and
 * kg H₂/m³, and fits of measured data (van 't Hoff and Levenberg–Marquardt). The public index:
 * the model definition (default export) and what the views need.
 */
import { defineModel } from '../../core/model';
import { crossChecks, paramSpecs, type HydrogenParams } from './params';
import { presets } from './presets';
import { run } from './run';

export type { HydrogenParams } from './params';
export { MATERIALS, resolveMaterial, type Material } from './materials';
export { massPercent } from './capacity';
export { DISPLAY_UNITS } from './outputUnits';
export { fitErrorReason, plateauReason, type FitErrorCause, type FitErrorReason, type PlateauCause, type PlateauFigures, type PlateauReason } from './why';

/** The model definition. */
const model = defineModel<HydrogenParams>({
  id: 'hydrogen',
  title: 'PCT isotherms for hydrogen storage',
  params: paramSpecs,
  crossChecks,
  presets,
  run,
});

export default model;
