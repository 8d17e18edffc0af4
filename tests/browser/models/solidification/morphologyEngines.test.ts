/**
 * The morphology worker's engines: 'auto' skips the software WebGL2 of headless Chromium
 * (SwiftShader) for the CPU and says so, 'gpu' forces the WebGL2 engine, 'cpu' the CPU solver, and
 * GPU and CPU give the same composition field after 300 steps of the same run (no noise) within
 * the float32 tolerance of docs/models/solidification.md.
 */
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../../../src/core/model';
import { morphologyModel, type MorphologyParams } from '../../../../src/models/solidification';
import { spawnMorphologyWorker } from '../../../../src/app/models/solidification/morphologyClient';

describe('morphology worker engines', () => {
  it("picks the CPU over software WebGL2 in 'auto', runs the GPU when forced, with the same field", async () => {
    const params: MorphologyParams = { ...defaultsOf(morphologyModel), nx: 32, nz: 64, noise: 0 };
    const worker = spawnMorphologyWorker();
    try {
      const autoInfo = await worker.api.start(params);
      expect(autoInfo).toMatchObject({ engine: 'cpu', reason: 'software' });
      const gpuInfo = await worker.api.start(params, 'gpu');
      expect(gpuInfo).toMatchObject({ engine: 'gpu', reason: 'asked' });
      const gpu = await worker.api.advance(300);
      const cpuInfo = await worker.api.start(params, 'cpu');
      expect(cpuInfo).toMatchObject({ engine: 'cpu', reason: 'asked' });
      const cpu = await worker.api.advance(300);
      expect(gpu.steps).toBe(300);
      expect(gpu.time).toBe(cpu.time);
      let worst = 0;
      for (let q = 0; q < cpu.concentration.length; q++) worst = Math.max(worst, Math.abs(gpu.concentration[q] - cpu.concentration[q]) / cpu.concentration[q]);
      expect(worst).toBeLessThan(1e-4);
      const fresh = await worker.api.start(params, 'cpu');
      expect(fresh.engine).toBe('cpu');
      const start = await worker.api.advance(0);
      const moved = cpu.concentration.some((v, q) => Math.abs(v - start.concentration[q]) > 1e-3 * v);
      expect(moved).toBe(true);
    } finally {
      worker.terminate();
    }
  }, 120_000);
});
