/**
 * The morphology model definition: its id, title, parameters, cross-checks and presets, and that a
 * model made with `morphologyModelWith` runs on the step drivers its factory makes (the default
 * model on one thread).
 */
import { describe, expect, it } from 'vitest';
import model, { morphologyModelWith, morphologyPresets, PhaseFieldSolver, type StepDriver } from '../../../../../src/models/solidification/morphology';
import { morphologyCrossChecks, morphologyParamSpecs } from '../../../../../src/models/solidification/morphology/params';
import { teaching } from './fixtures';

const tiny = teaching(0.25, { nx: 8, nz: 16, diffusionLength: 5, duration: 0.01, snapshots: 2 });

describe('morphology model', () => {
  it('is "morphology", a 2-D phase-field model with its own parameters, checks and presets', () => {
    expect(model.id).toBe('morphology');
    expect(model.title).toBe('Directional solidification in 2D (phase field)');
    expect(model.params).toBe(morphologyParamSpecs);
    expect(model.crossChecks).toBe(morphologyCrossChecks);
    expect(model.presets).toBe(morphologyPresets);
  });

  it('morphologyModelWith: runs step with the factory’s drivers', async () => {
    const made: number[] = [];
    const m = morphologyModelWith((problem) => {
      const solver = new PhaseFieldSolver(problem);
      made.push(problem.nx);
      const driver: StepDriver = { solver, advance: (n) => solver.advance(n), close: () => Promise.resolve() };
      return Promise.resolve(driver);
    });
    expect(m.id).toBe('morphology');
    expect(m.title).toBe('Directional solidification in 2D (phase field)');
    const r = await m.run(tiny, {});
    expect(made).toEqual([8]);
    const plain = await model.run(tiny, {});
    expect(r.summary.steps).toBe(plain.summary.steps);
    expect(Array.from(r.series.amplitude_A)).toEqual(Array.from(plain.series.amplitude_A));
  });
});
