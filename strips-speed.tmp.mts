import { defaultsOf } from './src/core/model';
import model, { setupMorphology, type MorphologyParams } from './src/models/solidification/morphology';
import { StripEngine } from './src/cli/strips';
import { loadavg } from 'node:os';
const deltaT0 = (350 * 0.2 * 0.7) / 0.3;
const p: MorphologyParams = { ...defaultsOf(model), phaseDiagram: 'dilute', x0: 0.2, k: 0.3, m: -350, Tm: 1687, D: 1e-8, drive: 'pulling', V: 1e-5, G: (0.25 * 1e-5 * deltaT0) / 1e-8, nx: 256, nz: 512, epsilon4: 0.02, noise: 0.01, amplitude: 1 };
for (const threads of [1, 2, 1, 2]) {
  const e = await StripEngine.start(setupMorphology(p).problem, threads);
  e.advance(50);
  const c0 = process.cpuUsage(); const t0 = performance.now();
  e.advance(400);
  const ms = performance.now() - t0; const c = process.cpuUsage(c0);
  console.log(threads, 'load', loadavg()[0].toFixed(2), 'wall', ((400 * 256 * 512) / (ms / 1000)).toExponential(3), 'perCpu', ((400 * 256 * 512) / ((c.user + c.system) / 1e6)).toExponential(3));
  await e.close();
}
