/**
 * The WebGL2 phase-field engine against the CPU solver (headless Chromium: WebGL2 is SwiftShader
 * here): from the same initial state on a 32×48 grid, the fields after some hundreds of steps
 * agree within the float32 tolerance stated in docs/models/solidification.md, with and without
 * anisotropy and across the moving frame's shifts; the GPU's solute ledger closes; a seed gives
 * one noisy run; a lost context is reported; the engine is refused (→ CPU fallback) without
 * WebGL2 or float render targets.
 */
import { describe, expect, it } from 'vitest';
import { PhaseFieldSolver, setupMorphology, type PhaseFieldProblem } from '../../../../src/models/solidification';
import { GpuPhaseField, openFloatGl } from '../../../../src/viz/phasefield/gpuEngine';
import { teaching } from '../../../unit/models/solidification/morphology/fixtures';

function problem(epsilon4: number): PhaseFieldProblem {
  return setupMorphology(teaching(0.25, { nx: 32, nz: 48, epsilon4, amplitude: 1, mode: 1 })).problem;
}

function compare(cpu: PhaseFieldSolver, gpu: GpuPhaseField): { phi: number; c: number } {
  let phi = 0;
  let c = 0;
  for (let j = 0; j < cpu.nz; j++) {
    for (let i = 0; i < cpu.nx; i++) {
      phi = Math.max(phi, Math.abs(cpu.phiAt(i, j) - gpu.phiAt(i, j)));
      const a = cpu.concentrationAt(i, j);
      c = Math.max(c, Math.abs(a - gpu.concentrationAt(i, j)) / a);
    }
  }
  return { phi, c };
}

/** Tolerances after 600 steps (float32 against float64; measured 5.1e-7 and 6.2e-7, see the docs). */
const PHI_TOLERANCE = 1e-5;
const C_TOLERANCE = 1e-5;

describe('GpuPhaseField', () => {
  for (const eps of [0, 0.02]) {
    it(`matches the CPU solver over 600 steps and two shifts (ε₄ = ${eps})`, () => {
      const gl = openFloatGl();
      expect(gl).not.toBeNull();
      if (!gl) return;
      const p = problem(eps);
      const cpu = new PhaseFieldSolver(p);
      const gpu = new GpuPhaseField(gl, p);
      cpu.advance(600);
      gpu.advance(600);
      const d = compare(cpu, gpu);
      expect(cpu.shifts).toBeGreaterThanOrEqual(2);
      expect(gpu.steps).toBe(600);
      expect(gpu.zeta(0)).toBe(cpu.zeta(0));
      expect(d.phi).toBeLessThan(PHI_TOLERANCE);
      expect(d.c).toBeLessThan(C_TOLERANCE);
      // the front moved: the comparison is not one of two resting fields
      expect(Math.abs(cpu.phiAt(0, 20) - new PhaseFieldSolver(p).phiAt(0, 20))).toBeGreaterThan(100 * PHI_TOLERANCE);
      const ledger = gpu.ledger();
      expect(ledger.outBottom).toBeGreaterThan(0);
      expect(ledger.outFlux).toBeGreaterThan(0);
      // measured 7.3e-10 (ε₄ = 0) and 1.8e-10; without the compensated c̃ it is 1.7e-6
      expect(ledger.relativeError).toBeLessThan(1e-7);
      gpu.dispose();
    }, 120_000);
  }

  it('gives the same noisy run from the same seed, another from another seed', () => {
    const gl = openFloatGl();
    if (!gl) throw new Error('no WebGL2 with float render targets');
    const noisy = (seed: number) => ({ ...problem(0.02), noise: 0.05, seed });
    const run = (seed: number) => {
      const gpu = new GpuPhaseField(gl, noisy(seed));
      gpu.advance(100);
      const out = Array.from({ length: 32 }, (_, i) => gpu.phiAt(i, 17));
      gpu.dispose();
      return out;
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  }, 60_000);

  it('says so when its context is lost', () => {
    const gl = openFloatGl();
    if (!gl) throw new Error('no WebGL2 with float render targets');
    const gpu = new GpuPhaseField(gl, problem(0));
    gpu.advance(2);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    expect(() => gpu.advance(1)).toThrow(/context was lost/);
  });

  it('is refused without WebGL2 or without float render targets (the caller falls back to the CPU)', () => {
    expect(openFloatGl(() => null)).toBeNull();
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) throw new Error('no WebGL2');
    const noFloat = new Proxy(gl, { get: (target, key) => (key === 'getExtension' ? () => null : Reflect.get(target, key)) });
    expect(openFloatGl(() => noFloat)).toBeNull();
  });
});
