/**
 * Morphology, WebGL2 engine: cell updates per second of `GpuPhaseField` in headless Chromium
 * (system browser through Playwright, modules served by a Vite dev server), beside the CPU solver
 * in the same page, on the live 96×160 grid and on 128×256 and 256×512 (ε₄ = 0.02, noise 0.01;
 * median of 3 runs after 20 warm-up steps; each run ends with the engine's read-back, so it times
 * finished work). The shift check reads a row back every step (`check1`, as the CPU solver) or
 * every 4 steps (`check4`, as the card's worker). Chromium here has no GPU: WebGL2 is SwiftShader
 * (software, on the CPU), so these figures are software-WebGL figures, not GPU speed.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { createServer } from 'vite';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs in the page: cell updates/s of each engine on each grid (median of 3 runs). */
const MEASURE = `async () => {
  const { GpuPhaseField, openFloatGl } = await import('/src/viz/phasefield/gpuEngine.ts');
  const { PhaseFieldSolver, setupMorphology, morphologyModel } = await import('/src/models/solidification/index.ts');
  const { defaultsOf } = await import('/src/core/model.ts');
  const gl = openFloatGl();
  if (!gl) return { webgl2: 0 };
  const out = { webgl2: 1 };
  const deltaT0 = (350 * 0.2 * 0.7) / 0.3;
  const med = (xs) => xs.sort((a, b) => a - b)[1];
  for (const [nx, nz, steps] of [[96, 160, 100], [128, 256, 60], [256, 512, 20]]) {
    const params = { ...defaultsOf(morphologyModel), phaseDiagram: 'dilute', x0: 0.2, k: 0.3, m: -350, Tm: 1687, D: 1e-8, drive: 'pulling', V: 1e-5, G: (0.25 * 1e-5 * deltaT0) / 1e-8, nx, nz, epsilon4: 0.02, noise: 0.01, amplitude: 1 };
    const problem = setupMorphology(params).problem;
    const engines = {
      gpu_check1: () => new GpuPhaseField(gl, problem, { shiftCheckEvery: 1 }),
      gpu_check4: () => new GpuPhaseField(gl, problem, { shiftCheckEvery: 4 }),
      cpuInPage: () => new PhaseFieldSolver(problem),
    };
    for (const [name, make] of Object.entries(engines)) {
      const e = make();
      e.advance(20);
      const rates = [];
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        e.advance(steps);
        rates.push((steps * nx * nz) / ((performance.now() - t0) / 1000));
      }
      if (e.dispose) e.dispose();
      out['cellUpdatesPerSecond_' + name + '_' + nx + 'x' + nz] = med(rates);
    }
  }
  return out;
}`;

export async function bench(): Promise<Record<string, number>> {
  const server = await createServer({ root, logLevel: 'warn', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    if (!url) throw new Error('morphologyGpu bench: the dev server has no URL');
    const page = await browser.newPage();
    await page.goto(url);
    const figures = (await page.evaluate(`(${MEASURE})()`)) as Record<string, number>;
    return { loadAverage1min: loadavg()[0], ...figures };
  } finally {
    await browser.close();
    await server.close();
  }
}
