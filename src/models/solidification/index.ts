/**
 * Model "solidification": 1-D directional solidification of Si(1−x)Ge(x) (or any binary on a
 * linearised diagram) with constitutional supercooling and Mullins–Sekerka interface stability.
 * mode = 'steady' gives the analytic steady state; mode = 'transient' solves the moving-interface
 * solute transport. The G–V / G–R stability maps are a separate pure function,
 * `computeStabilityMap`, so the app can spread rows over workers; the 2-D phase-field morphology
 * run (`morphologyModel`, `MorphologySession`) describes the same alloy. The public index: the
 * model definition (default export) and what the views need.
 */
import { defineModel } from '../../core/model';
import { crossChecks, paramSpecs, type SolidificationParams } from './params';
import { presets } from './presets';
import { run } from './run';

export { computeStabilityMap, type StabilityMapRequest, type StabilityMapBlock } from './stabilityMap';
export { REGIMES } from './stability';
export { regimeReason, type RegimeCause, type RegimeFigures, type RegimeReason } from './why';
export { driveForVelocity, STEADY_TOLERANCE, steadyVelocity } from './simulate';
export { presets } from './presets';
export { DISPLAY_UNITS } from './outputUnits';
export type { SolidificationParams } from './params';

const model = defineModel<SolidificationParams>({
  id: 'solidification',
  title: 'Directional solidification of SiGe',
  params: paramSpecs,
  crossChecks,
  presets,
  run,
});

export default model;
export {
  default as morphologyModel,
  morphologyModelWith,
  MorphologySession,
  PhaseFieldSolver,
  allocateFields,
  runStripPhase,
  STRIP_PHI,
  STRIP_FACES,
  STRIP_SOLUTE,
  setupMorphology,
  morphologyPresets,
  type PhaseFieldProblem,
  type PhaseFieldEngine,
  type PhaseFieldFields,
  type StepDriverFactory,
  type SoluteLedger,
  type BoundaryBooking,
  type MorphologyFrame,
  type MorphologyInfo,
  type MorphologyParams,
} from './morphology';
