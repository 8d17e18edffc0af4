/**
 * Model "solidification": 1-D directional solidification of Si(1−x)Ge(x) (or any binary on a
 * linearised diagram) with constitutional supercooling and Mullins–Sekerka interface stability.
 * mode = 'steady' gives the analytic steady state; mode = 'transient' solves the moving-interface
 * solute transport. The G–V / G–R stability maps are a separate pure function,
 * `computeStabilityMap` (re-exported here), so the app can spread rows over workers.
 */
import { defineModel } from '../../core/model';
import { crossChecks, paramSpecs, presets, type SolidificationParams } from './params';
import { runSteady, runTransient } from './simulate';
import { throwIfAborted } from '../../core/cooperative';

export { computeStabilityMap, REGIMES, type StabilityMapRequest, type StabilityMapBlock } from './stabilityMap';
export { seriesInfo, type SeriesPair } from './seriesInfo';
export type { SolidificationParams } from './params';

const model = defineModel<SolidificationParams>({
  id: 'solidification',
  title: 'Directional solidification of SiGe',
  params: paramSpecs,
  crossChecks,
  presets,
  async run(params, ctx = {}) {
    if (params.mode === 'steady') {
      throwIfAborted(ctx.signal);
      return runSteady(params);
    }
    return runTransient(params, ctx);
  },
});

export default model;
