/**
 * Model "morphology": 2-D quantitative phase-field simulation of directional solidification of
 * the 1-D solidification model's alloy (Echebarria, Folch, Karma & Plapp 2004), scaled to a grid
 * that fits, on the CPU engine. The public index: the model definition and what views need.
 */
import { defineModel } from '../../../core/model';
import { morphologyCrossChecks, morphologyParamSpecs, type MorphologyParams } from './params';
import { morphologyPresets } from './presets';
import { runMorphology, singleThread, type StepDriverFactory } from './run';

export type { MorphologyParams } from './params';
export { PhaseFieldSolver, allocateFields, type PhaseFieldFields, type PhaseFieldProblem, type PhaseFieldEngine, type SoluteLedger, type EngineClock, type BoundaryBooking } from './solver';
export { stripRows, runStripPhase, advanceInStrips, STRIP_PHI, STRIP_FACES, STRIP_SOLUTE } from './strips';
export { setupMorphology, type MorphologySetup } from './setup';

export type { StepDriver, StepDriverFactory } from './run';

/** The morphology model whose runs are stepped by the drivers `makeDriver` makes (e.g. threads on strips). */
export function morphologyModelWith(makeDriver: StepDriverFactory) {
  return defineModel<MorphologyParams>({
    id: 'morphology',
    title: 'Directional solidification in 2D (phase field)',
    params: morphologyParamSpecs,
    crossChecks: morphologyCrossChecks,
    presets: morphologyPresets,
    run: (p, ctx) => runMorphology(p, ctx, makeDriver),
  });
}

const model = morphologyModelWith(singleThread);

export default model;
export { MorphologySession, type MorphologyFrame, type MorphologyInfo } from './session';
export { morphologyPresets } from './presets';
