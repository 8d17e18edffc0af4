/**
 * Morphology (2-D phase field, CPU engine, one thread): cell updates per second on 128×256 and
 * 256×512 grids, isotropic and with ε₄ = 0.02 (median of 5 runs of 200 steps after 50 warm-up
 * steps; wall clock, and per CPU second, which is what one worker gets from an unloaded core);
 * the same on strips (`StripEngine`, 256×512 with ε₄ = 0.02 and noise) for 1 thread and for as
 * many threads as cores — wall clock (all threads together) and per CPU second summed over the
 * process's threads (so per thread; on a loaded machine the wall figure understates what idle
 * cores give, the CPU-second one does not);
 * and the convergence table of the linear-stability validation: σ measured / σ predicted (1-D
 * model, non-quasi-static) at 0.5, 0.8, 1 and 1.5 × the fastest wavelength, as W/d₀ and Δx/W
 * shrink. The table is also printed on stderr.
 */
import { cpus, loadavg } from 'node:os';
import { defaultsOf } from '../src/core/model';
import model, { PhaseFieldSolver, setupMorphology, type MorphologyParams } from '../src/models/solidification/morphology';
import { growthAtWavelength } from '../src/models/solidification/morphology/linearStability';
import { median } from './median';
import { StripEngine } from '../src/cli/strips';

/** Teaching alloy (x0 = 0.2, k = 0.3, m = −350 K) pulled at 10 µm/s with G = ratio·G_crit. */
function teaching(ratio: number, overrides: Partial<MorphologyParams>): MorphologyParams {
  const deltaT0 = (350 * 0.2 * 0.7) / 0.3;
  return { ...defaultsOf(model), phaseDiagram: 'dilute', x0: 0.2, k: 0.3, m: -350, Tm: 1687, D: 1e-8, drive: 'pulling', V: 1e-5, G: (ratio * 1e-5 * deltaT0) / 1e-8, ...overrides };
}

/** Median cell updates per wall second and per CPU second (whole process) of 5 × 200 steps after 50 warm-up steps. */
function measure(solver: { advance(n: number): void }, nx: number, nz: number): { wall: number; cpu: number } {
  solver.advance(50);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    solver.advance(200);
    const ms = performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    wall.push((200 * nx * nz) / (ms / 1000));
    cpu.push((200 * nx * nz) / ((c1.user + c1.system) / 1e6));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function throughput(nx: number, nz: number, epsilon4: number): { wall: number; cpu: number } {
  const setup = setupMorphology(teaching(0.25, { nx, nz, epsilon4, noise: 0.01, amplitude: 1 }));
  return measure(new PhaseFieldSolver(setup.problem), nx, nz);
}

/** The strip engine on `threads` threads (256×512, ε₄ = 0.02, noise). */
async function stripThroughput(threads: number): Promise<{ wall: number; cpu: number }> {
  const setup = setupMorphology(teaching(0.25, { nx: 256, nz: 512, epsilon4: 0.02, noise: 0.01, amplitude: 1 }));
  const engine = await StripEngine.start(setup.problem, threads);
  try {
    return measure(engine, 256, 512);
  } finally {
    await engine.close();
  }
}

export async function bench(): Promise<Record<string, number>> {
  const out: Record<string, number> = { loadAverage1min: loadavg()[0], cores: cpus().length };
  for (const [nx, nz] of [
    [128, 256],
    [256, 512],
  ]) {
    for (const eps of [0, 0.02]) {
      const r = throughput(nx, nz, eps);
      const name = `${nx}x${nz}_${eps === 0 ? 'isotropic' : 'anisotropic'}`;
      out[`cellUpdatesPerSecond_${name}`] = r.wall;
      out[`cellUpdatesPerCpuSecond_${name}`] = r.cpu;
    }
  }
  for (const threads of [...new Set([1, cpus().length])]) {
    const r = await stripThroughput(threads);
    out[`stripsCellUpdatesPerSecond_256x512_threads${threads}`] = r.wall;
    out[`stripsCellUpdatesPerCpuSecond_256x512_threads${threads}`] = r.cpu;
  }
  const factors = [0.5, 0.8, 1, 1.5];
  process.stderr.write('W/d0  dx/W  ' + factors.map((f) => `σ/σMS@${f}λf`.padEnd(13)).join('') + '\n');
  for (const [wOverD0, dx] of [
    [4, 0.8],
    [4, 0.4],
    [2, 0.8],
  ]) {
    // l_D/d0 = 80 throughout; height 1.2·l_D + 12 W (35 % of it solid at the start)
    const diffusionLength = 80 / wOverD0;
    const p = teaching(0.25, { wOverD0, dx, nz: Math.round((1.2 * diffusionLength + 12) / dx), amplitude: 0.1, diffusionLength, epsilon4: 0, noise: 0, snapshots: 2 });
    let line = `${String(wOverD0).padEnd(6)}${String(dx).padEnd(6)}`;
    for (const f of factors) {
      const r = await growthAtWavelength(p, f, f < 0.6 ? 0.5 : 1.2);
      const ratio = r.measured / r.predicted;
      out[`ratio_W${wOverD0}_dx${dx}_at${f}`] = ratio;
      line += ratio.toFixed(3).padEnd(13);
    }
    process.stderr.write(line + '\n');
  }
  return out;
}
